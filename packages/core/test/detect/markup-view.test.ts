// A label and its value in neighbouring HTML elements, read as a page shows them (decode-markup.ts).
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { markupView } from "../../src/detect/decode-markup.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const found = (text: string) => scanner.spans(text).map((s) => [s.type, text.slice(s.start, s.end)]);

describe("markupView", () => {
  it("reads each run of tags, with the blanks about it, as one space, and maps back exactly", () => {
    const text =
      '<div>\n  <span class="label">Phone:</span>\n  <span class="value">4155550132</span>\n</div>';
    const view = markupView(text);
    expect(view?.text).toBe(" Phone: 4155550132 ");
    const at = view?.text.indexOf("4155550132") ?? -1;
    const [start, end] = view?.original(at, at + 10) ?? [0, 0];
    expect(text.slice(start, end)).toBe("4155550132");
  });

  it("of secrets, reads only a password or a recovery phrase by its label", () => {
    expect(markupView("<b>token</b>: <code>abc</code>")?.only).toBe("labels");
    // A token's name before a value in another element is a page's prose around a code sample.
    expect(found("<p>Set the <b>token</b> <code>Xk9mPq2vL7wzR4tYh3Nc</code> in your config</p>")).toEqual([]);
  });

  it("reads a term or a cell as the label of what follows it", () => {
    expect(markupView("<dl><dt>Seed phrase</dt><dd>x</dd></dl>")?.text).toBe(" Seed phrase: x ");
    expect(markupView("<tr><td>Phone:</td><td>x</td></tr>\n<tr><td>y</td></tr>")?.text).toBe(" Phone: x y ");
  });

  it.each([
    // Round 40 (attack-html-labelled-secrets.test.ts).
    ["a bold label", "<p><b>Temporary password:</b> Tr0ub4dor&3x</p>", "Tr0ub4dor&3x"],
    ["a key/value table", "<table><tr><td>Password</td><td>Tr0ub4dor&3x</td></tr></table>", "Tr0ub4dor&3x"],
    ["a definition list", "<dl><dt>Password</dt><dd>Tr0ub4dor&3x</dd></dl>", "Tr0ub4dor&3x"],
    [
      "a wallet's page",
      "<dl><dt>Seed phrase</dt><dd>gravity machine north sort system female filter attitude volume fold club stay</dd></dl>",
      "gravity machine north sort system female filter attitude volume fold club stay",
    ],
  ])("finds a password or a recovery phrase after its label in %s", (_, text, value) => {
    expect(found(text).map(([, v]) => v)).toContain(value);
  });

  it.each([
    // Round 41 (attack-html-escaped-password-tail.test.ts): a character reference is one of the value's.
    ["an ampersand", "<p><b>Temporary password:</b> blue&amp;Horse-Staple42</p>", "blue&amp;Horse-Staple42"],
    [
      "a less-than sign",
      "<dl><dt>Password</dt><dd>red&lt;Crane-Lantern97</dd></dl>",
      "red&lt;Crane-Lantern97",
    ],
    [
      "a quote",
      "<tr><td>Password</td><td>correct&quot;battery-Stapler58</td></tr>",
      "correct&quot;battery-Stapler58",
    ],
    ["a numeric reference", "<p><b>Password:</b> blue&#38;Horse-Staple42</p>", "blue&#38;Horse-Staple42"],
  ])("finds a password written with %s escaped whole", (_, text, value) => {
    expect(found(text).map(([, v]) => v)).toEqual([value]);
  });

  it.each([
    // Round 41 (attack-html-labelled-api-keys.test.ts): a credential's name as a label, with its colon.
    ["a label before code", "<p>Your API key: <code>9fKq2LmP7xRt4Wv8Zb3N</code></p>", "9fKq2LmP7xRt4Wv8Zb3N"],
    ["a definition list", "<dl><dt>API key</dt><dd>9fKq2LmP7xRt4Wv8Zb3N</dd></dl>", "9fKq2LmP7xRt4Wv8Zb3N"],
    ["a bold label", "<p><b>Client secret:</b> Hx5mT9qLc2Vn7Kd4Wq3nB8vL</p>", "Hx5mT9qLc2Vn7Kd4Wq3nB8vL"],
    [
      "a key/value table",
      "<tr><td>Access token</td><td>Pz8rN4kWq6Ld2Ym7Jt6vQ2mX</td></tr>",
      "Pz8rN4kWq6Ld2Ym7Jt6vQ2mX",
    ],
  ])("finds an API key, a client secret or an access token after its label in %s", (_, text, value) => {
    expect(found(text).map(([, v]) => v)).toEqual([value]);
  });

  it("reads a credential's name as a label only with its colon", () => {
    expect(found("<p>Pass the key <code>9fKq2LmP7xRt4Wv8Zb3N</code> as a header</p>")).toEqual([]);
    expect(found("<dl><dt>Key</dt><dd>YOUR_API_KEY</dd></dl>")).toEqual([]);
    // A table's header row names columns: the next head is no value of the one before it.
    expect(found("<table><tr><th>Token</th><th>Description</th></tr></table>")).toEqual([]);
    expect(markupView("<tr><th>Password</th><td>x</td></tr>")?.text).toBe(" Password: x ");
  });

  it("lets text without a closing tag go", () => {
    expect(markupView("if (a < b && c > d) return;")).toBeUndefined();
    expect(markupView("plain text")).toBeUndefined();
  });

  it.each([
    ["labelled spans", '<span class="label">Phone:</span> <span class="value">4155550132</span>', "phone"],
    ["a definition list", "<dl><dt>SSN</dt><dd>078051120</dd></dl>", "ssn"],
    [
      "a label element",
      '<label for="p">Phone number</label><input id="p" value="x"><b>4155550132</b>',
      "phone",
    ],
  ])("finds a value after its label in %s", (_, text, type) => {
    expect(found(text).map(([t]) => t)).toContain(type);
  });

  it("hard negative: numbers a page does not label as personal data stay", () => {
    expect(found("<p>Order <b>4155550132</b> shipped</p><td>Qty</td><td>078051120</td>")).toEqual([]);
  });
});
