// Round 37 (atk37a): a form field's value is now read with each + as the blank the form encoding writes
// (decode-form.ts), but only for a field name after the text's start, ?, &, a blank or a quote. In HTML, the
// & between a link's query fields is written &amp; (every HTML generator escapes it in an href), so a page a
// fetch tool returns with <a href="…?step=2&amp;cc=4111+1111+1111+1111"> hands the client the card number
// (the same link with a bare & is redacted), and a call quoting that link reaches the server. Real bridge,
// recording server: the card should be redacted in the result and the call refused (sensitive_data).
import { afterAll, describe, expect, it } from "vitest";
import { recorded, recorderWithResults, refusal, toolSession } from "../src/index.js";

const CARD = "4111+1111+1111+1111";
const link = (separator: string) => `https://shop.example/checkout?step=2${separator}cc=${CARD}`;
const page = (separator: string) =>
  `<html><body><p>Your order is ready.</p><a href="${link(separator)}">Pay now</a></body></html>`;

const { home, log } = recorderWithResults({
  fetch_bare: { content: [{ type: "text", text: page("&") }] },
  fetch_html: { content: [{ type: "text", text: page("&amp;") }] },
});
afterAll(async () => {
  await home.cleanup();
});

describe("a form-encoded card after an HTML-escaped &amp;", () => {
  it("in a fetched page is redacted as after a bare & (control: bare &)", async () => {
    const shown: Record<string, boolean> = {};
    await toolSession(home, async (call) => {
      for (const name of ["fetch_bare", "fetch_html"])
        shown[name] = JSON.stringify(await call(name, {})).includes(CARD);
    });
    expect(shown).toEqual({ fetch_bare: false, fetch_html: false });
  });

  it("in a call's argument is refused and never reaches the server", async () => {
    const outcomes: Record<string, unknown> = {};
    await toolSession(home, async (call) => {
      outcomes.bare = refusal(await call("echo", { html: page("&") }));
      outcomes.html = refusal(await call("echo", { html: page("&amp;") }));
    });
    expect(JSON.stringify(recorded(log))).not.toContain(CARD);
    expect(outcomes).toEqual({ bare: "sensitive_data", html: "sensitive_data" });
  });
});
