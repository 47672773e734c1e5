// The audit row's trace: its findings are the guard's words, but some name a definition a server chose. A
// name or URI holding a secret must not reach the audit (and so `mcp-guard logs` and the dashboard) bare.
import type { TraceEntry } from "@mcp-guard/core";
import { describe, expect, it } from "vitest";
import { AuditScrub } from "../src/audit-scrub.js";

const TOKEN = `ghp_${"R7kq2Lm9Xv4Tz8Wb3Nc6Hd1Yf5Gj0Ps2Qa7E"}`;
const AWS = `AKIA${"QX7Z4K2M9P3R5T8W"}`;
const scrub = new AuditScrub(undefined, "k".repeat(64));
const step = (findings: string[], reason?: string): TraceEntry => ({
  interceptor: "tool_integrity",
  action: "modify",
  ms: 0.5,
  ...(reason === undefined ? {} : { reason }),
  findings,
});

describe("audit trace findings", () => {
  it("redacts a secret a definition's name or URI put in a finding", () => {
    const trace = [
      { interceptor: "protocol", action: "pass", ms: 0.01 } as TraceEntry,
      step([
        `tool ${TOKEN}: new on a pinned server`,
        `resource https://api.example.com/y?token=${TOKEN}: new on a pinned server`,
        `prompt key-${AWS}: changed since it was pinned`,
      ]),
    ];
    const out = scrub.trace(trace);
    const text = JSON.stringify(out);
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(AWS);
    expect(out[1]?.findings?.[0]).toBe("tool [REDACTED:github_token]: new on a pinned server");
    // the pipeline's own step is left as it was
    expect(trace[1]?.findings?.[0]).toContain(TOKEN);
  });

  it("redacts a reason that carries a value", () => {
    const out = scrub.trace([step([], `blocked for ${TOKEN}`)]);
    expect(out[0]?.reason).toBe("blocked for [REDACTED:github_token]");
  });

  it("keeps ordinary findings word for word, and the same array", () => {
    const trace = [
      step(
        [
          "github_token at result.tools[1].name",
          "secret_assignment at params.arguments.password",
          "tool hint: changed since it was pinned",
          "tool fail: poisoned? instruction override, outbound transfer, the user's secrets sent away",
          "resource file:///tmp/readme.txt: new on a pinned server",
          "a server's log message used the guard's logger name",
          "ssn at id; credit_card at params.arguments.card",
          "tool get_user_by_id_2024: new on a pinned server",
        ],
        "sensitive_data",
      ),
    ];
    expect(scrub.trace(trace)).toBe(trace);
  });
});
