// Round 36: JSON carried inside a string is read as the value it spells, with its escapes decoded
// (attack-structured-text-twin.test.ts).
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { embeddedJson, jsonValue, unescapedJson } from "../../src/detect/json-text.js";
import { Scanner } from "../../src/detect/scanner.js";
import { CodesBuffer } from "../../src/detect/text-codes.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const redacted = (text: string) => scanner.scan({ text }, "params", () => true).value as { text: string };

describe("a JSON text inside a string", () => {
  it("is told from text cheaply and parsed only when it opens and closes an object or array", () => {
    expect(jsonValue(' [1, {"a": 2}] \n')).toEqual([1, { a: 2 }]);
    expect(jsonValue("[INFO] started")).toBeUndefined();
    expect(jsonValue('{"a": 1]')).toBeUndefined();
    expect(jsonValue('"text"')).toBeUndefined();
    // A string literal holding JSON (serialised twice) gives the text it holds, to be read one level deeper.
    expect(jsonValue(JSON.stringify('{"a": 1}'))).toBe('{"a": 1}');
    expect(jsonValue('"[INFO] started"')).toBeUndefined();
    expect(jsonValue("")).toBeUndefined();
  });

  it("maps each offset of its decoded text back to where it is written", () => {
    const text = '{"a":"x\\ny\\u0041z\\"w"}';
    const view = unescapedJson(text);
    expect(view?.text).toBe('{"a":"x\ny' + 'Az"w"}');
    const at = view?.text.indexOf("y") ?? -1;
    // "y\nA" ends after the \u0041 escape; it starts at the "y".
    expect(view?.original(at, at + 2)).toEqual([text.indexOf("y"), text.indexOf("z")]);
    // The escape's own character maps to the whole escape.
    const quote = view?.text.indexOf('"w') ?? -1;
    expect(view?.original(quote, quote + 1)).toEqual([text.indexOf('\\"w'), text.indexOf('\\"w') + 2]);
    expect(unescapedJson('{"a":1}')).toBeUndefined();
  });

  it("decodes a long text's escapes as a short one's, whatever characters they stand for", () => {
    // A long ASCII text is decoded into bytes (json-text.ts, decodedAsBytes); an escape standing for a character
    // beyond one byte sends it back to the pieces. Both must give what decoding escape by escape gives.
    const SHORT: Record<string, string> = {
      '"': '"',
      "\\": "\\",
      "/": "/",
      b: "\b",
      f: "\f",
      n: "\n",
      r: "\r",
      t: "\t",
    };
    const reference = (text: string) => {
      let decoded = "";
      const at: number[] = [];
      for (let i = 0; i < text.length; i++) {
        at.push(i);
        if (text[i] !== "\\") decoded += text[i];
        else if (text[i + 1] === "u") {
          decoded += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 5;
        } else decoded += SHORT[text[++i] ?? ""] ?? "";
      }
      return { decoded, at };
    };
    let seed = 41;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const pieces = ["log line ", "4111 1111 1111 1111"];
    const kept = new CodesBuffer();
    let lent = false;
    for (const wide of [false, true]) {
      for (const escapes of [
        ["\\n"],
        ["\\n", "\\u00e9", '\\"', "\\\\", "\\t"],
        ["\\n", "\\u00e9", "é"],
        ["\\n", "\\u4e2d"],
      ]) {
        let inner = "";
        while (inner.length < 70_000) {
          const piece =
            next() < 0.3
              ? (escapes[Math.floor(next() * escapes.length)] as string)
              : pieces[Math.floor(next() * pieces.length)];
          inner += piece;
        }
        if (wide) inner += "é";
        const text = `{"content":[{"type":"text","text":"${inner}"}]}`;
        // In bytes kept by a scanner (holding the last text's, or lent already) as in fresh ones.
        if (lent) kept.take(1);
        const view = unescapedJson(text, kept);
        if (lent) kept.giveBack();
        lent = !lent;
        const { decoded, at } = reference(text);
        expect(view?.text === decoded).toBe(true);
        for (let k = 0; k < 200; k++) {
          const start = Math.floor(next() * decoded.length);
          const end = Math.min(decoded.length, start + 1 + Math.floor(next() * 40));
          const [from, to] = view?.original(start, end) ?? [-1, -1];
          expect(from).toBe(at[start]);
          expect(to).toBe(end === decoded.length ? text.length : at[end]);
        }
      }
    }
  });

  it("is read as the value it spells: a password in a list, a card as four numbers, an SSN over fields", () => {
    for (const [value, raw] of [
      [{ users: [{ name: "bob", password: ["Zx7!qLm4vR"] }] }, "Zx7!qLm4vR"],
      [{ card: [4111, 1111, 1111, 1111] }, "4111, 1111"],
      [{ area: "078", group: "05", serial: "1120" }, '"1120"'],
      [{ note: "Card on record: 4111 1111\n1111 1111" }, "1111 1111"],
    ] as const) {
      const text = JSON.stringify(value, null, 1);
      const out = redacted(text).text;
      expect(out).not.toContain(raw);
      // Written back as JSON.
      expect(() => JSON.parse(out) as unknown).not.toThrow();
    }
  });

  it("keeps what its text shows: a copy of a found value elsewhere, a key written twice", () => {
    const token = "CqCDnBBiTHd9tczxdPueH8LHFlcO0Uh348Is";
    const out = redacted(JSON.stringify({ token, echo: token, users: [{ password: ["Zx7!qLm4vR"] }] })).text;
    expect(out).not.toContain(token);
    expect(out).not.toContain("Zx7!qLm4vR");
    expect(redacted(`{"note":"ghp_R8kWq2ZpL5vN3xT7yB1cD4eF6gH8iJ0kL2mN","note":"x"}`).text).not.toContain(
      "ghp_R8kW",
    );
  });

  it("is read three levels deep, each level once", () => {
    let text = JSON.stringify({ card: [4111, 1111, 1111, 1111] });
    for (let level = 1; level < 3; level++) text = JSON.stringify({ inner: text });
    expect(scanner.scan(text, "r").findings.map((f) => f.type)).toContain("credit_card");
  });

  it("is read as a value eight levels deep, serialised twice or more; deeper, it is a finding (round 37)", () => {
    const nested = (levels: number) => {
      let text = JSON.stringify({ card: [4111, 1111, 1111, 1111] });
      for (let level = 1; level < levels; level++) text = JSON.stringify({ inner: text });
      return text;
    };
    const types = (value: unknown) => scanner.scan(value, "r").findings.map((f) => f.type);
    expect(types(nested(8))).toContain("credit_card");
    expect(types(nested(9))).toEqual(["nested_json"]);
    expect(types(JSON.stringify(JSON.stringify({ card: [4111, 1111, 1111, 1111] })))).toContain(
      "credit_card",
    );
    const twice = JSON.stringify(JSON.stringify({ users: [{ password: ["Zx7!qLm4vR"] }] }));
    const out = redacted(twice).text;
    expect(out).not.toContain("Zx7!qLm4vR");
    expect(JSON.parse(JSON.parse(out) as string)).toEqual({
      users: [{ password: ["[REDACTED:secret_assignment]"] }],
    });
  });

  it("hard negative: a document of ordinary values has no finding", () => {
    const text = JSON.stringify({ users: [{ id: 17, name: "bob", roles: ["admin"] }], total: 1 });
    expect(scanner.scan(text, "r").findings).toEqual([]);
  });
});

// Round 38: JSON inside a larger text (attack-json-text-embedded.test.ts).
describe("JSON written inside a larger text", () => {
  const RECORD = JSON.stringify({
    card: [4111, 1111, 1111, 1111],
    ssn: { area: "078", group: "05", serial: "1120" },
  });

  it("is found by its balanced brackets, a string's brackets aside, each with where it stands", () => {
    const text = `see [the docs] then payload=${RECORD} and {"a": "}[", "b": [1, 2]}`;
    expect(embeddedJson(text).map((j) => text.slice(j.start, j.end))).toEqual([
      RECORD,
      '{"a": "}[", "b": [1, 2]}',
    ]);
    // Prose in brackets around a payload: the spans inside it are tried.
    expect(embeddedJson(`(note {x} [got ${RECORD}])`).map((j) => j.value)).toEqual([JSON.parse(RECORD)]);
    // At any depth of brackets that do not open as JSON (round 38's review: three levels hid it).
    expect(embeddedJson(`[a [b [c [d ${RECORD} e] f] g] h]`).map((j) => j.value)).toEqual([
      JSON.parse(RECORD),
    ]);
    // A bracket left open, or a string broken by a line break, does not hide what follows.
    expect(embeddedJson(`{ unclosed ${RECORD}`)).toHaveLength(1);
    expect(embeddedJson(`{"a": "broken\n${RECORD}`)).toHaveLength(1);
    expect(embeddedJson("[INFO] {started} [x, y]")).toEqual([]);
    // Code's brackets are no JSON's opening, and are turned away unparsed; blanks after an opening are JSON's.
    expect(embeddedJson("os.environ['DB_PASSWORD'] ${{ secrets.DEPLOY_KEY }}")).toEqual([]);
    expect(embeddedJson('got [ 1, 2, 3 ] and {\n  "a": "bcdefg" }').map((j) => j.value)).toEqual([
      [1, 2, 3],
      { a: "bcdefg" },
    ]);
  });

  for (const [form, text] of Object.entries({
    "a Markdown block": "Record:\n```json\n" + RECORD + "\n```\n",
    "JSON Lines": `${RECORD}\n${RECORD}\n`,
    "an SSE data line": `event: r\ndata: ${RECORD}\n\n`,
    "a log line": `INFO payload=${RECORD} done`,
  }))
    it(`${form}: is read as the value it spells, and written redacted in its place`, () => {
      const out = redacted(text).text;
      expect(out).not.toMatch(/4111[^0-9]+1111[^0-9]+1111[^0-9]+1111/);
      expect(out).not.toContain('"1120"');
      expect(out.slice(0, 5)).toBe(text.slice(0, 5));
      expect(out.slice(-4)).toBe(text.slice(-4));
    });

  // Benchmark held out: sample payloads in documentation and source files (pino's docs, libphonenumber's
  // metadata module, a service account's placeholders in an env line).
  it("hard negative: its secrets are judged as the text is, not by the key rules' reading of its value", () => {
    for (const text of [
      '```JSON\n{"level":30,"stuff":{"thats":[{"secret":"**GDPR COMPLIANT**","logme":"will be logged"}]}}\n```',
      'export default {"version":4,"countries":{"PW":["680","01[12]"],"PY":["595","00"]}}',
      'SA={"type":"service_account","token_uri":"https://oauth2.googleapis.com/token","client_id":"..."}',
    ])
      expect(scanner.scan({ text }, "p").findings).toEqual([]);
  });

  it("a span of the text redacted inside it stays redacted where the JSON is written again", () => {
    const text = `INFO payload={"mail": "alice@example.org", "card": [4111, 1111, 1111, 1111]} done`;
    const out = redacted(text).text;
    expect(out).not.toContain("alice@example.org");
    expect(out).not.toMatch(/4111[^0-9]+1111/);
    expect(out.startsWith("INFO payload=")).toBe(true);
    expect(out.endsWith(" done")).toBe(true);
  });

  // Round 39: a cell a result set's column names is judged as the field is, secrets too
  // (attack-embedded-result-set-secrets, attack-text-result-set-shapes).
  const PASSWORD = "Tr0ub4dor&3x";
  const SET = JSON.stringify({
    columns: ["name", "ssn", "password"],
    rows: [["bob", "078051120", PASSWORD]],
  });
  for (const [form, text] of Object.entries({
    "a result set in a Markdown block": "Result:\n```json\n" + SET + "\n```\n",
    "a result set after a log line's prefix": `INFO result=${SET}`,
    "a names line over rows lines": '["name","ssn","password"]\n["bob","078051120","Tr0ub4dor&3x"]\n',
    "a result set beside a span the text rules redact": `INFO result=${SET.replace('"bob"', '"bob@example.org"')}`,
  }))
    it(`${form}: its named cells are redacted, secrets too, the rest kept`, () => {
      const out = redacted(text).text;
      expect(out).not.toContain(PASSWORD);
      expect(out).not.toContain("078051120");
      expect(out).not.toContain("bob@example.org");
      expect(out).toContain('"name"');
      expect(out.slice(0, 4)).toBe(text.slice(0, 4));
    });

  it("hard negative: a secret-like cell under a column no name reads, and a names line over no rows, pass", () => {
    for (const text of [
      "```json\n" + JSON.stringify({ columns: ["id", "note"], rows: [[1, PASSWORD]] }) + "\n```",
      `header ["name","password"] then {"password": "see the vault"} and [1, 2]`,
      'INFO {"keys":["token","secret"],"values":[["x","y"]]}',
    ])
      expect(scanner.scan({ text }, "p").findings).toEqual([]);
  });

  it("hard negative: ordinary JSON in a log line has no finding", () => {
    const text = 'INFO request={"id": 4111, "ids": [1111, 2222, 3333], "zip": "07805", "ok": true} took 12ms';
    expect(scanner.scan({ text }, "p").findings).toEqual([]);
  });
});
