// Attack: SSNs and IBANs are blocked towards the server and redacted towards the client, and so are secrets
// (docs/detection.md). A card number split over two neighbouring strings is read whole (attack-split-values),
// and so is a token split over two content items of a result; but an SSN or an IBAN split the same way, or
// a token split over two fields of an argument object, was not: each string alone holds no value, while a
// model reads an object's fields and a result's items side by side. Through the real bridge 6 of 6 such
// calls reached the server, and 2 of 2 such results reached the client whole, before the fix
// (detect/split-fields.ts reads each junction between neighbours as one text, with the scanner's own
// detectors). Neighbours that hold no value together still pass.
import { afterAll, describe, expect, it } from "vitest";
import { recorded, recorderWithResults, refusal, toolSession } from "../src/index.js";

const GITHUB = "ghp_R8kZ2mQ9vX4tL7nB3cW6yH1pJ5sD0fG8aE2u";
const AWS = "AKIAZ7Q3X4W2R5T6Y2U4";
const SPLIT = [
  { ssn_start: "SSN 123-45-", ssn_end: "6789" },
  { note: "customer SSN", first: "123-45", rest: "-6789" },
  { iban_start: "DE89 3704 0044", iban_end: "0532 0130 00" },
  { token_start: GITHUB.slice(0, 20), token_end: GITHUB.slice(20) },
  { key_id: AWS.slice(0, 9), key_rest: AWS.slice(9) },
  { lines: ["IBAN DE89 3704", "0044 0532 0130 00"] },
];
const ORDINARY = [
  { first: "John", last: "Smith" },
  { a: "123-45", b: "67" },
  { id: "f6bf1b82-0a15-4960-ae0a-cb47901c8d53", status: "200" },
  { from: "DE89", to: "3704" },
];

const { home, log } = recorderWithResults({
  account: {
    content: [
      { type: "text", text: "Your IBAN is DE89 3704 0044" },
      { type: "text", text: "0532 0130 00, keep it safe." },
    ],
  },
  person: {
    content: [
      { type: "text", text: "SSN: 123-45-" },
      { type: "text", text: "6789 (verified)" },
    ],
  },
});
afterAll(() => home.cleanup());

const flat = (value: unknown) => JSON.stringify(value).replace(/[^0-9A-Za-z]/g, "");

describe("values split over neighbouring fields or items", () => {
  it("never reach the server whole; neighbours that hold no value still do", async () => {
    const outcomes: unknown[] = [];
    const results: Array<Record<string, unknown>> = [];
    await toolSession(home, async (call) => {
      for (const args of [...SPLIT, ...ORDINARY]) outcomes.push(refusal(await call("echo", args)));
      results.push(await call("account", {}), await call("person", {}));
    });
    expect(outcomes).toEqual([...SPLIT.map(() => "sensitive_data"), ...ORDINARY.map(() => "forwarded")]);
    const echoed = recorded(log).filter((m) => typeof m === "object" && JSON.stringify(m).includes('"echo"'));
    expect(echoed).toHaveLength(ORDINARY.length);
    for (const m of echoed)
      for (const value of ["123456789", "DE89370400440532013000", GITHUB, AWS])
        expect(flat(m)).not.toContain(value);
    // Towards the client each value is redacted where its pieces were written; the words around it stay.
    const [account, person] = results.map((r) => JSON.stringify(r.result));
    expect(flat(account)).not.toContain("DE89370400440532013000");
    expect(account).toContain("[REDACTED:iban]");
    expect(account).toContain("keep it safe.");
    expect(flat(person)).not.toContain("123456789");
    expect(person).toContain("[REDACTED:ssn]");
    expect(person).toContain("(verified)");
  });
});
