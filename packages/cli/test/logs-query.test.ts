import { auditDigest, bound } from "@mcp-guard/core";
import { describe, expect, it } from "vitest";
import { CliError } from "../src/cli-error.js";
import { buildQuery, formatRow, parseDuration } from "../src/commands/logs.js";

describe("logs options", () => {
  it.each([
    ["30s", 30_000],
    ["15m", 900_000],
    ["1h", 3_600_000],
    ["7d", 604_800_000],
    ["1.5h", 5_400_000],
  ])("parses --last %s", (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(["1", "h", "1w", "-1h", ""])("rejects --last %j with a usage error", (text) => {
    expect(() => parseDuration(text)).toThrow(CliError);
  });

  it("maps every filter onto the query", () => {
    const now = 10_000_000;
    expect(
      buildQuery(
        {
          server: "fs",
          method: "tools/call",
          tool: "read_file",
          user: "alice",
          decision: "block",
          last: "1h",
          limit: "5",
        },
        now,
      ),
    ).toEqual({
      server: "fs",
      method: ["tools/call"],
      target: ["read_file"],
      identity: "os:alice",
      decision: "block",
      sessionId: undefined,
      sinceMs: now - 3_600_000,
      limit: 5,
    });
    expect(buildQuery({ user: "api_key:ci", since: "2026-01-01T00:00:00Z" }, now)).toMatchObject({
      identity: "api_key:ci",
      sinceMs: Date.parse("2026-01-01T00:00:00Z"),
      limit: 100,
    });
  });

  it("matches a method or tool kept as the audit's keyed digest too, a long tool name cut as the audit cuts it", () => {
    const key = "ab".repeat(32);
    const longTool = `transfer_funds_${"x".repeat(320)}`;
    expect(buildQuery({ method: "admin/exec", tool: longTool }, 0, key)).toMatchObject({
      method: ["admin/exec", auditDigest("admin/exec", key)],
      target: [bound(longTool), auditDigest(bound(longTool), key)],
    });
    // Without a key (no daemon ever ran in this home) the value as typed only.
    expect(buildQuery({ method: "admin/exec" }, 0).method).toEqual(["admin/exec"]);
  });

  it.each([{ decision: "maybe" }, { limit: "0" }, { limit: "ten" }, { since: "yesterday-ish" }])(
    "rejects %j",
    (options) => {
      expect(() => buildQuery(options)).toThrow(CliError);
    },
  );

  it("prints one readable line per row", () => {
    const line = formatRow({
      ts: Date.parse("2026-11-21T10:00:00.123Z"),
      session_id: "s",
      server: "fs",
      direction: "to_server",
      kind: "request",
      method: "tools/call",
      target: "read_file",
      rpc_id: "3",
      identity: "os:alice",
      decision: "block",
      reason: "invalid_request",
      trace: "[]",
      latency_ms: 0.21,
      bytes: 80,
    });
    expect(line).toBe(
      "2026-11-21 10:00:00.123  block  fs             → request tools/call read_file  os:alice  0.21ms  [invalid_request]",
    );
  });
});
