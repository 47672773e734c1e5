import { describe, expect, it } from "vitest";
import { parseCost } from "../../src/spend/cost.js";

describe("parseCost", () => {
  it.each([
    [12.5, 12.5],
    [0, 0],
    [1e2, 100],
    ["12.50", 12.5],
    ["0", 0],
    ["100", 100],
    ["0.01", 0.01],
  ])("accepts %j as %d", (value, amount) => {
    expect(parseCost(value)).toEqual({ ok: true, amount });
  });

  it.each([
    "100e-2",
    "1E3",
    "0x10",
    "0b11",
    "0o7",
    " 5",
    "5 ",
    "\t5",
    "1,000",
    "1_000",
    "+5",
    "-1",
    "007",
    ".5",
    "5.",
    "Infinity",
    "NaN",
    "",
    "1" + "0".repeat(400),
    "٣",
    -1,
    Number.POSITIVE_INFINITY,
    true,
    null,
    [5],
    { amount: 5 },
    undefined,
  ])("refuses %j", (value) => {
    expect(parseCost(value).ok).toBe(false);
  });
});
