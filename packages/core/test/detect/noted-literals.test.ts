// The detectors after the secret rules and the decoded views that first look for a literal in the whole text
// (an openssl key dump's private names, chpasswd, a cookie header's word, a pppd secrets file's header, the
// markers of a folded calendar, an encoded-word and an HL7 message) ask the rules' keyword pass, which noted it,
// instead of searching the text again: on a megabyte of source code or log lines that holds none, each search
// was a further read of the megabyte.
// What they find is unchanged: the pass notes a superset, and a noted literal is still searched for as written.
import { afterEach, describe, expect, it, vi } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";
import { NOTED_LITERALS } from "../../src/detect/secrets/noted-literals.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const types = (text: string) => new Set(scanner.scan(text, "").findings.map((f) => f.type));

/** What the text `long` was searched for (includes, indexOf, a regex's test) while `run` ran. */
function searchedFor(long: string, run: () => void): Set<string> {
  const searched = new Set<string>();
  const includes = String.prototype.includes;
  const indexOf = String.prototype.indexOf;
  const test = RegExp.prototype.test;
  vi.spyOn(String.prototype, "includes").mockImplementation(function (this: string, literal, from) {
    if (this === long) searched.add(String(literal));
    return includes.call(this, literal, from);
  });
  vi.spyOn(String.prototype, "indexOf").mockImplementation(function (this: string, literal, from) {
    if (this === long) searched.add(String(literal));
    return indexOf.call(this, literal, from);
  });
  vi.spyOn(RegExp.prototype, "test").mockImplementation(function (this: RegExp, text) {
    if (text === long) searched.add(String(this));
    return test.call(this, text);
  });
  try {
    run();
    return searched;
  } finally {
    vi.restoreAllMocks();
  }
}

/** The searches each noted literal stood for: each reader's own, as it wrote it. */
const SEARCHES = [
  "priv",
  "prime",
  "exponent",
  "coefficient",
  "chpasswd",
  "/cookie/i",
  "secret",
  ":V",
  ":v",
  "=?",
  "MSH|^~\\&",
];

afterEach(() => vi.restoreAllMocks());

describe("literals the keyword pass notes", () => {
  const code = "const total = values.reduce((a, b) => a + b, 0);\nreturn total * 2;\n".repeat(400);

  it("a text that holds none of them is not searched for them", () => {
    // A quote makes the pppd reader look at the text (pgbouncer's and pppd's files quote their names).
    const quoted = `${code}const name = "total";\n`;
    expect(NOTED_LITERALS.length).toBe(9);
    const searched = searchedFor(quoted, () => scanner.scan(quoted, "result"));
    expect(searched.size).toBeGreaterThan(0);
    for (const search of SEARCHES) expect(searched.has(search), search).toBe(false);
  });

  it("a text that holds one is searched, and what it holds is still found", () => {
    const dump = `${code}privateExponent:\n    7f:de:fb:45:0e:a9:03:fb:d0:3e:f0:27:c2:0f:5a:\n    74:4b:5f:3a:c7:cc:44:43:e2:f7:95:1a:01:45:21:\n`;
    expect(searchedFor(dump, () => scanner.scan(dump, "result")).has("priv")).toBe(true);
    expect(types(dump)).toContain("private_key");
    const hereDoc = `${code}chpasswd <<EOF\ndeploy:Kq8vM3tR6xLp\nEOF\n`;
    expect(types(hereDoc)).toContain("secret_assignment");
  });

  it("a cookie header, a folded card, an encoded-word, an HL7 message and a pppd file are still read", () => {
    const session = "Zx9Qm2Lp7Rt4Vb8Nc3Kd6Hs1Jf5Gw0Ya";
    expect(types(`${code}Cookie: sid=${session}\n`)).toContain("session_cookie");
    const card = `${code}BEGIN:VCARD\nVERSION:4.0\nNOTE:card 4111 1111 11\n 11 1111\nEND:VCARD\n`;
    expect(types(card)).toContain("credit_card");
    const word = Buffer.from("card 4111 1111 1111 1111").toString("base64");
    expect(types(`${code}Subject: =?utf-8?B?${word}?=\n`)).toContain("credit_card");
    const hl7 = `MSH|^~\\&|APP|FAC|||202401011200||ADT^A01|1|P|2.5\rPID|1||123||Doe^John||19800101|M|||||^PRN^PH^^1^212^5550123\r`;
    expect(types(`${code}${hl7}`)).toContain("phone");
    const ppp = `${code}# client\tserver\tsecret\tIP addresses\nalice\t*\tTr0ub4dor3xQ\t*\n`;
    expect(types(ppp)).toContain("secret_assignment");
  });

  it("written in capitals the pass notes it, and the search as written decides, as before", () => {
    const upper = `${code}PRIVATEEXPONENT:\n    7f:de:fb:45:0e:a9:03:fb:d0:3e:f0:27:c2:0f:5a:\n`;
    expect(types(upper)).not.toContain("private_key");
  });
});
