import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";
import { threadCpuMs } from "../support/thread-cpu.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set(["ip_address"]) });
const cards = (value: unknown) => scanner.scan(value, "v").findings.filter((f) => f.type === "credit_card");
const CARD = "4111111111111111";

describe("a card split over neighbouring strings", () => {
  it.each([
    ["two fields", { a: "4111 1111", b: "1111 1111" }],
    ["four fields", { a: "4111", b: "1111", c: "1111", d: "1111" }],
    ["one digit per field", Object.fromEntries([...CARD].map((d, i) => [`d${i}`, d]))],
    ["two strings of an array", ["card 4111 1111", "1111 1111 exp 12/29"]],
    [
      "two content items",
      [
        { type: "text", text: "on file: 4111 1111" },
        { type: "text", text: "1111 1111" },
      ],
    ],
    // A model reads numbers as the digits they are written with (attack-json-numbers.test.ts).
    ["number fields", { a: 4111, b: 1111, c: 1111, d: 1111 }],
    ["numbers of an array", [4111, 1111, 1111, 1111]],
    // Runs of whole numbers are read only when their digits could make a card: these are counted right.
    ["two numbers", { a: 41111111, b: 11111111 }],
    ["an American Express card's three groups as numbers", { a: 3782, b: 822463, c: 10005 }],
    ["numbers after a string ending in digits", { note: "card 4111", b: 1111, c: 1111, d: 1111 }],
    ["a number, then a string starting with digits", { a: 4111, b: "1111 1111 1111" }],
  ])("is found across %s, at the container's path", (_what, value) => {
    expect(cards(value)).toEqual([{ type: "credit_card", path: "v" }]);
  });

  it.each([
    ["a date in fields", { year: "2026", month: "11", day: "22", seq: "0042" }],
    ["a number failing Luhn", { a: "4111 1111", b: "1111 1112" }],
    ["numbers that are no card", { a: 4111, b: 1111, c: 1111, d: 1112 }],
    ["a card starting inside a run of digit fields", { a: "12", b: "4111", c: "1111", d: "1111", e: "1111" }],
    ["strings apart (a non-string between)", { a: "4111 1111", n: null, b: "1111 1111" }],
    ["numbers apart (a negative number between)", { a: 4111, b: 1111, n: -1, c: 1111, d: 1111 }],
    ["numbers apart (a fraction between)", [4111, 1111, 0.5, 1111, 1111]],
  ])("is not found in %s", (_what, value) => {
    expect(cards(value)).toEqual([]);
  });

  it("redacts each piece's share and keeps the rest of each string", () => {
    const value = {
      content: [
        { type: "text", text: "on file: 4111 1111" },
        { type: "text", text: "1111 1111, ok" },
      ],
    };
    const out = scanner.scan(value, "result", (t) => t === "credit_card").value;
    expect(out).toEqual({
      content: [
        { type: "text", text: "on file: [REDACTED:credit_card]" },
        { type: "text", text: "[REDACTED:credit_card], ok" },
      ],
    });
    expect(value.content[0]!.text).toBe("on file: 4111 1111"); // the original is not modified
  });

  it("redacts a token cut between two text items, each item's share, and nothing at a blank junction", () => {
    const token = "ghp_R8kWq2ZpL5vN3xT7yB1cD4fG6hJ9mK0sA2eU";
    const item = (text: string) => ({ type: "text", text });
    const cut = [item(`pushes with ${token.slice(0, 17)}`), item(`${token.slice(17)} daily`)];
    const { findings, value } = scanner.scan({ content: cut }, "result", () => true);
    expect(findings).toEqual([{ type: "github_token", path: "result.content" }]);
    expect(value).toEqual({
      content: [item("pushes with [REDACTED:github_token]"), item("[REDACTED:github_token] daily")],
    });
    const apart = [item(`pushes with ${token.slice(0, 17)} `), item(`${token.slice(17)} daily`)];
    expect(scanner.scan({ content: apart }, "result").findings).toEqual([]);
  });

  it("reads an SSN or IBAN over three fields or more, and redacts each piece's share", () => {
    const ssn = scanner.scan(
      { note: "SSN", area: "123", group: "45", serial: "6789", n: "x" },
      "v",
      () => true,
    );
    expect(ssn).toEqual({
      findings: [{ type: "ssn", path: "v" }],
      value: {
        note: "SSN",
        area: "[REDACTED:ssn]",
        group: "[REDACTED:ssn]",
        serial: "[REDACTED:ssn]",
        n: "x",
      },
    });
    const iban = scanner.scan(["IBAN DE89", "3704", "0044", "0532", "0130", "00 thanks"], "v", () => true);
    expect(iban.value).toEqual([
      "IBAN [REDACTED:iban]",
      ...Array.from({ length: 4 }, () => "[REDACTED:iban]"),
      "[REDACTED:iban] thanks",
    ]);
    // Eight digits, or ten: no SSN; the groups of a version or a time stay.
    for (const value of [
      { a: "123", b: "45", c: "678" },
      { a: "123", b: "45", c: "67890" },
      ["12", "30", "45"],
    ])
      expect(scanner.scan(value, "v").findings).toEqual([]);
  });

  it("stays linear: two hundred thousand digit fields, and as many alternating edges", () => {
    const digits = Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`k${i}`, String(i % 10)]));
    const edges = Array.from({ length: 200_000 }, (_, i) => (i % 2 ? "1 x 1" : "x 41"));
    // Not a performance assertion (the benchmark measures speed): a quadratic reading takes many minutes of
    // CPU here, while this linear one takes 3-8 s. Counted as this thread's CPU time (support/thread-cpu.ts):
    // the wall clock read 12-33 s on a loaded machine (round 36) and 70 s at a load average of 15 on two
    // cores (round 39), past its bound each time, though the reading had not changed.
    expect(
      threadCpuMs(() => {
        cards(digits);
        cards(edges);
      }),
    ).toBeLessThan(40_000);
    // Only a hang guard: under load the wall time is many times the CPU time.
  }, 600_000);
});

describe("nine digits over pieces of digits alone (round 8)", () => {
  const found = (value: unknown) => scanner.scan(value, "params", () => true).findings.map((f) => f.type);

  it("are an SSN when grouped as one (3, 2, 4), also after a label", () => {
    expect(found(["123", "45", "6789"])).toContain("ssn");
    expect(found({ label: "SSN 123", group: "45", serial: "6789" })).toContain("ssn");
  });

  it("are none otherwise: an array of short numbers sums to nine digits all the time", () => {
    expect(found(["12", "3", "45", "6789"])).not.toContain("ssn");
    expect(found(["123", "456", "789"])).not.toContain("ssn");
  });
});
