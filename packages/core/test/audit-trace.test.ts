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
