// Attack (round 40, atk40a, as a server returning an HTML e-mail or page, or an agent sending one): round 39's
// markup view reads a label and its value in neighbouring elements as the page shows them, but for personal
// data alone. A welcome e-mail's `<p><b>Temporary password:</b> …</p>`, a key/value table's
// `<tr><td>Password</td><td>…</td></tr>`, a `<dt>Password</dt><dd>…</dd>` and a wallet page's
// `<dt>Seed phrase</dt><dd>…twelve words…</dd>` hand the password and the recovery phrase to the client whole,
// and reach the server whole in a send_email call, where the same lines as plain text are redacted and refused
// (controls). A correct guard reads a page's labelled secrets as it reads them in text.
import { afterAll, describe, expect, it } from "vitest";
import { recorded, recorderWithResults, refusal, toolSession } from "../src/index.js";

const PASSWORD = "Tr0ub4dor&3x";
const PHRASE = "gravity machine north sort system female filter attitude volume fold club stay";
const VALUES = { password: PASSWORD, phrase: PHRASE };

const PAGES: Record<string, string> = {
  bold_label: `<p>Welcome aboard, Bob!</p>\n<p><b>Username:</b> bob</p>\n<p><b>Temporary password:</b> ${PASSWORD}</p>`,
  key_value_table: `<table>\n<tr><td>Username</td><td>bob</td></tr>\n<tr><td>Password</td><td>${PASSWORD}</td></tr>\n</table>`,
  definition_list: `<dl><dt>Username</dt><dd>bob</dd><dt>Password</dt><dd>${PASSWORD}</dd></dl>`,
  seed_phrase: `<h2>Your new wallet</h2><dl><dt>Seed phrase</dt><dd>${PHRASE}</dd></dl>`,
};
const PLAIN = `Username: bob\nTemporary password: ${PASSWORD}\nSeed phrase: ${PHRASE}\n`;

const text = (t: string) => ({ content: [{ type: "text", text: t }] });
const { home, log } = recorderWithResults({
  plain: text(PLAIN),
  ...Object.fromEntries(Object.entries(PAGES).map(([name, page]) => [name, text(page)])),
});
afterAll(async () => {
  await home.cleanup();
});

/** Which of the password and the phrase a text still shows. */
const shown = (seen: string) =>
  Object.entries(VALUES)
    .filter(([, v]) => seen.includes(v))
    .map(([k]) => k);

describe("a password or recovery phrase beside its label in neighbouring HTML elements", () => {
  it("(control) as plain text, neither reaches the client", async () => {
    let seen = "";
    await toolSession(home, async (call) => {
      seen = JSON.stringify(await call("plain", {}));
    });
    expect(shown(seen)).toEqual([]);
  });

  it("(control) as plain text, a send_email call holding them is refused", async () => {
    let outcome: unknown;
    await toolSession(home, async (call) => {
      outcome = refusal(await call("echo", { to: "bob@example.com", body: PLAIN }));
    });
    expect(outcome).toBe("sensitive_data");
  });

  it("in an HTML page, neither reaches the client", async () => {
    const left: Record<string, string[]> = {};
    await toolSession(home, async (call) => {
      for (const name of Object.keys(PAGES)) left[name] = shown(JSON.stringify(await call(name, {})));
    });
    expect(left).toEqual(Object.fromEntries(Object.keys(PAGES).map((name) => [name, []])));
  });

  it("in an HTML e-mail an agent sends, neither reaches the server", async () => {
    await toolSession(home, async (call) => {
      for (const [name, page] of Object.entries(PAGES))
        await call("echo", { to: "bob@example.com", subject: name, html: page });
    });
    const seen = JSON.stringify(recorded(log));
    expect(shown(seen)).toEqual([]);
  });
});
