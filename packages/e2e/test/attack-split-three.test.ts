// Attack: an SSN or an IBAN split over two neighbouring fields is read whole (attack-split-fields), but the
// most natural split of an SSN is into its three groups ({ area: "123", group: "45", serial: "6789" }), and an
// IBAN's groups can go one or two to a field. Each junction alone holds too few digits, so every one of these
// reached the server before the fix: split-fields.ts now also reads a run of short digit-only neighbours
// between two strings (up to four of them), when together they have an SSN's nine digits or follow an IBAN's
// country code. Neighbours that hold no value together still pass.
import { afterAll, describe, expect, it } from "vitest";
import { echoOutcomes, recorderWithResults } from "../src/index.js";

const SPLIT = [
  { area: "123", group: "45", serial: "6789" },
  { label: "SSN 123", group: "45", serial: "6789" },
  { a: "123-", b: "45-", c: "6789" },
  { parts: ["123", "45", "6789"] },
  { iban: "DE89 3704", middle: "0044 0532", end: "0130 00" },
  { iban: "DE89", g1: "3704", g2: "0044", g3: "0532", g4: "0130", g5: "00" },
  // Digit fields before it do not hide it.
  {
    pad1: "0",
    pad2: "0",
    pad3: "0",
    pad4: "0",
    pad5: "0",
    area: "123",
    group: "45",
    serial: "6789",
    tail: "1",
  },
];
const ORDINARY = [
  { hours: "12", minutes: "30", seconds: "45" },
  { a: "123", b: "45", c: "678" },
  { major: "1", minor: "2", patch: "3", build: "4567" },
  { year: "2026", month: "11", day: "22", seq: "0042" },
];

const { home, log } = recorderWithResults({});
afterAll(() => home.cleanup());

describe("values split over three neighbouring fields or more", () => {
  it("never reach the server; neighbours that hold no value together still do", async () => {
    const { outcomes, echoed } = await echoOutcomes(home, log, [...SPLIT, ...ORDINARY]);
    // Before the fix: 7 of 7 split values reached the server.
    expect(outcomes).toEqual([...SPLIT.map(() => "sensitive_data"), ...ORDINARY.map(() => "forwarded")]);
    expect(echoed).toBe(ORDINARY.length);
  });
});
