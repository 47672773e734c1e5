import { describe, expect, it } from "vitest";
import { decodeTrace, encodeTrace, type TraceEntry } from "../src/index.js";

const steps: TraceEntry[] = [
  { interceptor: "protocol", action: "pass", ms: 0 },
  { interceptor: "rate_limit", action: "block", ms: 0.004, reason: "rate_limited" },
  { interceptor: "content_scan", action: "modify", ms: 1.5, findings: ['email at params."a\\b"'] },
  { interceptor: "spend", action: "hold", ms: 0.01, reason: "approval_pending", findings: [] },
];

describe("the stored audit trace", () => {
  it("keeps each step as a short array and reads it back as the same steps", () => {
    const stored = encodeTrace(steps);
    expect(JSON.parse(stored)).toEqual([
      ["protocol", "pass", 0],
      ["rate_limit", "block", 0.004, "rate_limited"],
      ["content_scan", "modify", 1.5, null, ['email at params."a\\b"']],
      ["spend", "hold", 0.01, "approval_pending", []],
    ]);
    expect(decodeTrace(stored)).toEqual(steps);
    expect(encodeTrace([])).toBe("[]");
  });

  it("is about half the bytes of the steps written as objects", () => {
    const chain = [
      "protocol",
      "authentication",
      "rate_limit",
      "permissions",
      "tool_integrity",
      "content_scan",
    ];
    const trace = chain.map((interceptor): TraceEntry => ({ interceptor, action: "pass", ms: 0.002 }));
    expect(encodeTrace(trace).length).toBeLessThan(JSON.stringify(trace).length * 0.6);
  });

  it("is the JSON of the steps as arrays, for steps kept, written out, past ASCII and longer than its buffer", () => {
    const asArrays = (trace: TraceEntry[]) =>
      JSON.stringify(
        trace.map((s) =>
          s.reason === undefined && s.findings === undefined
            ? [s.interceptor, s.action, s.ms]
            : [s.interceptor, s.action, s.ms, s.reason ?? null, ...(s.findings ? [s.findings] : [])],
        ),
      );
    const pass = (interceptor: string, ms: number): TraceEntry => ({ interceptor, action: "pass", ms });
    const traces: TraceEntry[][] = [
      [pass("protocol", 0.002), pass("rate_limit", 0.002), pass("protocol", 0.002)],
      [pass("protocol", 0.255), pass("protocol", 0.256), pass("protocol", 12.5), pass("protocol", 0.0025)],
      [
        pass("protocol", 0.001),
        { interceptor: "content_scan", action: "modify", ms: 0.3, findings: ["é at x"] },
      ],
      [{ interceptor: "spend", action: "block", ms: 0.01, reason: 'over 𝔘 \ud800 "cap"' }, pass("x", 0.004)],
      [pass("intercepteur_é", 0.003), pass("intercepteur_é", 0.003)],
      Array.from({ length: 400 }, (_, i) => pass(`step_${i % 50}`, (i % 300) / 1000)),
      Array.from({ length: 300 }, (_, i) => ({
        ...pass("scan", 0.001),
        findings: [`f${i} ${"x".repeat(40)}`],
      })),
    ];
    for (const trace of traces) expect(encodeTrace(trace)).toBe(asArrays(trace));
  });

  it("reads rows stored by earlier versions, steps written as objects", () => {
    expect(decodeTrace(JSON.stringify(steps))).toEqual(steps);
  });

  it("never writes a time that is not a number", () => {
    expect(JSON.parse(encodeTrace([{ interceptor: "x", action: "pass", ms: Number.NaN }]))).toEqual([
      ["x", "pass", 0],
    ]);
  });

  it("refuses what is not a trace rather than inventing steps", () => {
    for (const text of ["{}", "[1]", '[["x","explode",0]]', '[{"action":"pass"}]', "not json"])
      expect(decodeTrace(text), text).toBeUndefined();
  });
});
