// Round 39: the scanner with redaction on grew faster than its input where many values are rewritten in one
// container: JSON in a string whose list holds tokens and e-mail addresses (each share of a value split over
// neighbours was looked for among all the shares once per piece) and an object whose keys are all redacted to
// one name (each "[REDACTED:email]#n" counted up from 2). benchmark/detection-linear.mjs scans these too.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set(["ip_address"]) });

/** CPU milliseconds of the fastest of `runs` redacting scans: the machine is shared, its load not ours. */
function cpuMs(value: unknown, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = process.cpuUsage();
    scanner.scan(value, "result", () => true);
    const used = process.cpuUsage(started);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

/** Eight times the input costs about eight times the time when linear, sixty-four when quadratic. */
const LINEAR_BOUND = 20;

/** detection-linear.mjs's "JSON in a string": tokens and e-mail addresses, a \u escape before them. */
function jsonInString(length: number): string {
  const items: object[] = [];
  for (let i = 0; items.length * 40 < length; i++)
    items.push(i % 2 ? { mail: `a${i}@example.org` } : { token: `Zq${(i * 7919).toString(36)}x9K-${i}pL` });
  return JSON.stringify({ escaped: "\\u0041", items });
}

/** An object keyed by e-mail addresses: every key is written [REDACTED:email], numbered apart. */
function emailKeys(count: number): Record<string, number> {
  return Object.fromEntries(Array.from({ length: count }, (_, i) => [`user${i}@example.org`, i]));
}

describe("redacting scan", () => {
  it("of JSON in a string grows linearly with the document", () => {
    const small = cpuMs(jsonInString(24_000), 3);
    const large = cpuMs(jsonInString(8 * 24_000), 2);
    expect(large / small).toBeLessThan(LINEAR_BOUND);
  }, 120_000);

  it("of an object whose keys are all redacted grows linearly with its keys", () => {
    const small = cpuMs(emailKeys(1_500), 3);
    const large = cpuMs(emailKeys(8 * 1_500), 2);
    expect(large / small).toBeLessThan(LINEAR_BOUND);
    const { value } = scanner.scan(emailKeys(3), "result", () => true);
    expect(Object.keys(value as object)).toEqual([
      "[REDACTED:email]",
      "[REDACTED:email]#2",
      "[REDACTED:email]#3",
    ]);
  }, 120_000);
});
