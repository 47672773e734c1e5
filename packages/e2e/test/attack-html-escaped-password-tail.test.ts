// Attack (round 41, found from outside, as a server returning an HTML page or e-mail): a password holding `&`,
// `<`, `>` or `"` is written in HTML as a character reference (`&amp;`, `&lt;`, `&quot;`), as every templating
// engine escapes it. The guard finds the labelled password in the page (`<p><b>Temporary password:</b> …</p>`,
// `<dt>Password</dt><dd>…</dd>`) but ends the value at the reference's `;`, so only the part before it is
// redacted and the rest of the password reaches the client whole ("[REDACTED…];Horse-Staple42"), where the
// same password in plain text is redacted whole (control). The README promises a secret is redacted, not its
// first few letters; a correct guard redacts the whole value, its escaped characters and all.
import { afterAll, describe, expect, it } from "vitest";
import { recorderWithResults, resultTexts } from "../src/index.js";

// Each password's tail, after the character the page escapes.
const TAILS = {
  ampersand: "Horse-Staple42",
  less_than: "Crane-Lantern97",
  quote: "battery-Stapler58",
};
const PAGES: Record<string, string> = {
  ampersand: `<p>Welcome aboard, Bob!</p>\n<p><b>Temporary password:</b> blue&amp;${TAILS.ampersand}</p>`,
  less_than: `<dl><dt>Username</dt><dd>bob</dd><dt>Password</dt><dd>red&lt;${TAILS.less_than}</dd></dl>`,
  quote: `<table>\n<tr><td>Username</td><td>bob</td></tr>\n<tr><td>Password</td><td>correct&quot;${TAILS.quote}</td></tr>\n</table>`,
};
const PLAIN = `Temporary password: blue&${TAILS.ampersand}`;

const text = (t: string) => ({ content: [{ type: "text", text: t }] });
const { home } = recorderWithResults({
  plain: text(PLAIN),
  ...Object.fromEntries(Object.entries(PAGES).map(([name, page]) => [name, text(page)])),
});
afterAll(async () => {
  await home.cleanup();
});

describe("a labelled password with an HTML-escaped character in a page", () => {
  it("reaches the client redacted whole", async () => {
    const texts = await resultTexts(home, ["plain", ...Object.keys(PAGES)]);
    // Control: in plain text the password is redacted whole.
    expect(texts.plain).not.toContain(TAILS.ampersand);
    const leaked = Object.entries(TAILS)
      .filter(([name, tail]) => texts[name]?.includes(tail))
      .map(([name]) => name);
    // At the head of round 41 each page's password was redacted up to its `;` and its tail shown.
    expect(leaked, "pages whose password's tail reached the client").toEqual([]);
  });
});
