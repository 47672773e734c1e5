// Attack: card numbers and SSNs are blocked towards the server and redacted towards the client (README,
// detection), written as they are printed: groups joined by one space, dash or dot. Anyone reads the same
// number with its groups joined otherwise: " / " or " - " (three characters), a slash, a bar, an underscore,
// a tab or a line break, a bullet, or the replacement character that invalid UTF-8 bytes on the wire decode
// to. Through the real bridge 10 of 10 such cards and SSNs reached the server, and the result's reached the
// client whole, before the fix (detect/odd-separators.ts reads such a chain with its gaps as single spaces,
// by the card and SSN detectors' own rules). Ordinary numbers written the same way still pass.
import { afterAll, describe, expect, it } from "vitest";
import { recorded, recorderWithResults, refusal, toolSession } from "../src/index.js";

const CARD = "4111111111111111";
const SEPARATED = [
  "4111 / 1111 / 1111 / 1111",
  "4111 - 1111 - 1111 - 1111",
  "4111/1111/1111/1111",
  "4111|1111|1111|1111",
  "4111_1111_1111_1111",
  "4111\t1111\t1111\t1111",
  "card:\n4111\n1111\n1111\n1111",
  "4111\u20221111\u20221111\u20221111",
  "4111\uFFFD1111\uFFFD1111\uFFFD1111",
];
const SSN = "SSN 123 / 45 / 6789";
const ORDINARY = [
  "pages 10 - 20 / 30 - 40",
  "2026-11-22 10:05:33.123456",
  "ids 1234|5678|9012|3456",
  "version 4.1.1 / build 1111_1111",
];

const { home, log } = recorderWithResults({
  statement: { content: [{ type: "text", text: "Paid with 5555 / 5555 / 5555 / 4444 today." }] },
});
afterAll(() => home.cleanup());

const digitsOf = (value: unknown) => JSON.stringify(value).replace(/[^0-9]/g, "");

describe("card numbers and SSNs whose groups are joined unusually", () => {
  it("never reach the server; ordinary numbers written alike still do", async () => {
    const outcomes: unknown[] = [];
    let statement: Record<string, unknown> = {};
    await toolSession(home, async (call) => {
      for (const note of [...SEPARATED, SSN, ...ORDINARY])
        outcomes.push(refusal(await call("echo", { note })));
      statement = await call("statement", {});
    });
    expect(outcomes).toEqual([
      ...SEPARATED.map(() => "sensitive_data"),
      "sensitive_data",
      ...ORDINARY.map(() => "forwarded"),
    ]);
    const echoed = recorded(log).filter((m) => typeof m === "object" && JSON.stringify(m).includes('"echo"'));
    const written = (value: string) => JSON.stringify(value).slice(1, -1);
    for (const m of echoed) {
      expect(digitsOf(m)).not.toContain(CARD);
      for (const value of [...SEPARATED, SSN]) expect(JSON.stringify(m)).not.toContain(written(value));
    }
    expect(echoed).toHaveLength(ORDINARY.length);
    // Towards the client the card is redacted where it was written.
    const text = JSON.stringify(statement.result);
    expect(digitsOf(statement.result)).not.toContain("5555555555554444");
    expect(text).toContain("[REDACTED:credit_card]");
    expect(text).toContain("today.");
  });
});
