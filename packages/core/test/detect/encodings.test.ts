// Values hidden by an encoding: base64, hex, percent and other escapes, full-width and other-script digits,
// non-breaking and invisible separators. Each is found, named by the value's type, and redacted where it is
// written (the encoded span), not where the decoding put it; ordinary encoded data is left alone.
import { Buffer } from "node:buffer";
import { describe, expect, it } from "vitest";
import { decodedViews } from "../../src/detect/decode.js";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set(["ip_address"]) });
const redactAll = (text: string) => scanner.scan(text, "", () => true).value;
const types = (text: string) => scanner.scan(text, "").findings.map((f) => f.type);

const TOKEN = "ghp_Q7mZ2rT9vL4xK8nB1cW6yH3jD5sF0pA2eR4u";
const CARD = "4929 1473 0062 5471";
const b64 = (s: string) => Buffer.from(s).toString("base64");
const hex = (s: string) => Buffer.from(s).toString("hex");
const fullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe("encoded values are found and redacted where they are written", () => {
  it.each([
    ["base64 secret", `token ${b64(TOKEN)} end`, "github_token", `token [REDACTED:github_token] end`],
    [
      "base64url secret",
      `t=${b64(TOKEN).replace(/\+/g, "-").replace(/\//g, "_")}`,
      "github_token",
      "t=[REDACTED:github_token]",
    ],
    [
      "base64 of a sentence with a card",
      `x ${b64(`card ${CARD} exp 04/29`)}`,
      "credit_card",
      "x [REDACTED:credit_card]",
    ],
    ["hex secret", `blob ${hex(TOKEN)}`, "github_token", "blob [REDACTED:github_token]"],
    ["HEX card", `blob ${hex(CARD).toUpperCase()}.`, "credit_card", "blob [REDACTED:credit_card]."],
    ["percent-encoded e-mail", "q=ana.lima%40example.org&x=1", "email", "q=[REDACTED:email]&x=1"],
    [
      "fully percent-encoded card",
      `c=${[...CARD].map((ch) => "%" + hex(ch)).join("")}`,
      "credit_card",
      "c=[REDACTED:credit_card]",
    ],
    ["\\u escapes", `k=\\u0067hp_${TOKEN.slice(4)}`, "github_token", "k=[REDACTED:github_token]"],
    ["HTML entities", "ssn 219&#45;09&#x2D;9999.", "ssn", "ssn [REDACTED:ssn]."],
    ["full-width phone", `call ${fullWidth("020 7946 0958")} now`, "phone", "call [REDACTED:phone] now"],
    ["full-width secret", fullWidth(TOKEN), "github_token", "[REDACTED:github_token]"],
    ["Arabic-Indic digits", "card ٤٩٢٩١٤٧٣٠٠٦٢٥٤٧١", "credit_card", "card [REDACTED:credit_card]"],
    [
      "non-breaking spaces",
      `card ${CARD.replace(/ /g, "\u00a0")}`,
      "credit_card",
      "card [REDACTED:credit_card]",
    ],
    ["narrow and thin spaces", `tel +44\u202f20\u20097946\u20090958`, "phone", "tel [REDACTED:phone]"],
    [
      "zero-width characters",
      `iban DE89\u200b3704\u200b0044\u200b0532\u200b0130\u200b00`,
      "iban",
      "iban [REDACTED:iban]",
    ],
    ["non-ASCII dashes", "ssn 219\u201109\u20139999", "ssn", "ssn [REDACTED:ssn]"],
    [
      "percent-encoded base64",
      `v=${encodeURIComponent(b64(`phone: +44 20 7946 0958`))}`,
      "phone",
      "v=[REDACTED:phone]",
    ],
  ])("%s", (_label, text, type, redacted) => {
    expect(types(text)).toEqual([type]);
    expect(redactAll(text)).toBe(redacted);
  });

  it("finds an encoded value in an object key and in a nested structure", () => {
    const { findings } = scanner.scan({ notes: [{ [b64(TOKEN)]: "x" }] }, "params");
    expect(findings.map((f) => f.type)).toEqual(["github_token"]);
  });
});

describe("no amount of encoded filler exhausts the decoding", () => {
  it("finds an encoded secret after more encoded text than any fixed budget", () => {
    const filler = b64("minutes of the weekly meeting, nothing to see here. ".repeat(40_000)); // ~2.7 MB
    expect(types(`${filler} then ${b64(TOKEN)}`)).toContain("github_token");
    expect(types(`${hex("plain words ".repeat(120_000))} then ${hex(TOKEN)}`)).toContain("github_token");
  });
});

describe("any number of encoded runs is decoded", () => {
  it("reads a text of two hundred thousand wrapped base64 lines, a secret on the last one", () => {
    // Each line decodes on its own, a view each: once, spreading them into one push threw (too many arguments).
    const line = b64("hello world!");
    const text = `${`${line}\n`.repeat(200_000)}${b64(TOKEN)}`;
    expect(types(text)).toContain("github_token");
  });
});

describe("any run of look-alike characters is folded", () => {
  it.each([
    ["dashes", "\u2014"],
    ["full-width letters", "\uFF21"],
  ])(
    "eight million %s, then a secret in full-width letters",
    (_label, ch) => {
      // Matched as one run, four million of them (in node; more in a worker) overflowed the regex engine's backtracking stack (it threw).
      const wide = [...TOKEN].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join("");
      expect(types(`${ch.repeat(8_000_000)} ${wide}`)).toContain("github_token");
      // 3-6 s in a clean CI run; 70 s at a load average of 15 on two cores (round 39), past the default 60 s.
    },
    180_000,
  );
});

describe("ordinary encoded data is left alone", () => {
  it.each([
    [
      "a PNG in base64",
      `data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==`,
    ],
    ["a SHA-256 in hex", "sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"],
    ["base64 of an ordinary sentence", b64("The quarterly report is attached, see page four.")],
    ["a percent-encoded path", "/search?q=caf%C3%A9%20au%20lait&page=2"],
    ["Japanese text with ideographic spaces", "会議は\u3000明日\u3000午後三時です"],
    ["a long identifier", "AbstractSingletonProxyFactoryBeanConfigurationManager"],
  ])("%s", (_label, text) => {
    expect(types(text)).toEqual([]);
  });

  it("decodes no more text than the string holds, and every run of it", () => {
    const text = `${b64("a".repeat(60))} ${b64(TOKEN)}`;
    const views = decodedViews(text);
    expect(views[0]!.text).toBe("a".repeat(60));
    expect(views.reduce((n, v) => n + v.text.length, 0)).toBeLessThanOrEqual(text.length);
    expect(views.some((v) => v.text.includes(TOKEN))).toBe(true);
  });
});
