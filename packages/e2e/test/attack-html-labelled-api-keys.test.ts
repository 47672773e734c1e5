// Attack (round 41, found from outside, as a server returning an HTML page or e-mail, or an agent sending one):
// round 40 read a page's labelled secrets in neighbouring elements (a `<dt>Password</dt><dd>…</dd>`, a key/value
// table's row, `<p><b>Temporary password:</b> …</p>`) and a table's "API Key" column head, but only passwords
// and recovery phrases by their label. A developer portal's or a welcome e-mail's API key, written as pages
// write it (`<p>Your API key: <code>…</code></p>`, `<dl><dt>API key</dt><dd>…</dd></dl>`, `<p><b>Client
// secret:</b> …</p>`, `<tr><td>Access token</td><td>…</td></tr>`), reaches the client whole, and the server
// whole in a send_email call, where the same lines as plain text ("Your API key: …") are redacted and refused
// (controls). A correct guard reads a page's labelled keys as it reads them in text.
import { afterAll, describe, expect, it } from "vitest";
import { recorded, recorderWithResults, refusal, toolSession } from "../src/index.js";

// Keys without a vendor's prefix: only their labels say what they are.
const KEYS = {
  api_key: "9fKq2LmP7xRt4Wv8Zb3N",
  client_secret: "Hx5mT9qLc2Vn7Kd4Wq3nB8vL",
  access_token: "Pz8rN4kWq6Ld2Ym7Jt6vQ2mX",
};
const PAGES: Record<string, string> = {
  code_after_label: `<p>Welcome to the Acme developer portal, Bob!</p>\n<p>Your API key: <code>${KEYS.api_key}</code></p>`,
  definition_list: `<dl><dt>App name</dt><dd>billing-bot</dd><dt>API key</dt><dd>${KEYS.api_key}</dd></dl>`,
  bold_label: `<p><b>Client ID:</b> billing-bot</p>\n<p><b>Client secret:</b> ${KEYS.client_secret}</p>`,
  key_value_table: `<table>\n<tr><td>Name</td><td>ci-deploy</td></tr>\n<tr><td>Access token</td><td>${KEYS.access_token}</td></tr>\n</table>`,
};
const PLAIN = `Your API key: ${KEYS.api_key}\nClient secret: ${KEYS.client_secret}\nAccess token: ${KEYS.access_token}\n`;

const text = (t: string) => ({ content: [{ type: "text", text: t }] });
const { home, log } = recorderWithResults({
  plain: text(PLAIN),
  ...Object.fromEntries(Object.entries(PAGES).map(([name, page]) => [name, text(page)])),
});
afterAll(async () => {
  await home.cleanup();
});

/** Which keys a text still shows. */
const shown = (seen: string) =>
  Object.entries(KEYS)
    .filter(([, v]) => seen.includes(v))
    .map(([k]) => k);

describe("an API key, client secret or access token beside its label in neighbouring HTML elements", () => {
  it("(control) as plain text, none reaches the client", async () => {
    let seen = "";
    await toolSession(home, async (call) => {
      seen = JSON.stringify(await call("plain", {}));
    });
    expect(shown(seen)).toEqual([]);
  });

  it("reaches the client from no page", async () => {
    const seen: Record<string, string[]> = {};
    await toolSession(home, async (call) => {
      for (const name of Object.keys(PAGES)) seen[name] = shown(JSON.stringify(await call(name, {})));
    });
    // At the head of round 41 every page handed its key to the client whole.
    expect(seen, "keys each page handed to the client").toEqual(
      Object.fromEntries(Object.keys(PAGES).map((name) => [name, []])),
    );
  });

  it("is refused towards the server in a send_email call", async () => {
    const outcomes: Record<string, unknown> = {};
    await toolSession(home, async (call) => {
      for (const [name, page] of Object.entries(PAGES))
        outcomes[name] = refusal(await call("echo", { to: "bob@example.com", html: page }));
    });
    const reached = Object.values(KEYS).filter((key) => JSON.stringify(recorded(log)).includes(key));
    // At the head of round 41 every call was forwarded with its key.
    expect({ outcomes, reached }, "the guard's answers, and the keys the server saw").toEqual({
      outcomes: Object.fromEntries(Object.keys(PAGES).map((name) => [name, "sensitive_data"])),
      reached: [],
    });
  });
});
