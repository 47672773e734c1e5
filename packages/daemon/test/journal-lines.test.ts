// A journal line is written out by hand (quoted texts kept, no object stringified per row): it must be the
// very text JSON.stringify made of the row's members, whatever the texts hold, and fall back to it for a
// member of another type.
import { describe, expect, it } from "vitest";
import type { AuditEvent } from "@mcp-guard/core";
import { JournalLines } from "../src/audit-journal.js";

const MEMBERS = [
  "ts",
  "session_id",
  "server",
  "direction",
  "kind",
  "method",
  "target",
  "rpc_id",
  "identity",
  "decision",
  "reason",
  "latency_ms",
  "bytes",
] as const;

/** The line as JSON.stringify writes the row's members, the trace last. */
function stringified(seq: number, event: AuditEvent, trace: string): string {
  const members: Record<string, unknown> = {};
  for (const m of MEMBERS) members[m] = event[m];
  return `{"s":${seq},"r":${JSON.stringify(members).slice(0, -1)},"trace":${trace}}}\n`;
}

const event = (i: number, over: Partial<AuditEvent> = {}): AuditEvent => ({
  ts: 1_763_900_000_000 + i,
  session_id: `5f0c2a7e-${i % 7}`,
  server: i % 2 ? "bench" : 'sé"rver\\',
  direction: i % 2 ? "to_server" : "to_client",
  kind: i % 3 ? "request" : "response",
  method: i % 5 ? "tools/call" : null,
  target: i % 4 ? `echo ${i % 3}\t𝔘\u2028` : null,
  rpc_id: i % 6 ? String(i) : null,
  identity: "os:alice",
  decision: i % 9 ? "allow" : "block",
  reason: i % 9 ? null : "rate_limited",
  trace: [],
  latency_ms: (i % 17) / 1000,
  bytes: 100 + i,
  ...over,
});

function linesOf(rows: [AuditEvent, string][]): string {
  const lines = new JournalLines();
  rows.forEach(([e, trace], i) => lines.row(i + 1, e, trace));
  return lines.bytes().toString("utf8");
}

describe("journal lines", () => {
  it("are the text JSON.stringify makes of each row, over many rows and more distinct texts than are kept", () => {
    const rows: [AuditEvent, string][] = [];
    for (let i = 0; i < 5_000; i++)
      rows.push([event(i, i % 1000 === 0 ? {} : { target: `tool-${i}` }), '[["protocol","pass",0.002]]']);
    const expected = rows.map(([e, trace], i) => stringified(i + 1, e, trace)).join("");
    expect(linesOf(rows)).toBe(expected);
    // And they parse back to the row.
    const first = JSON.parse(expected.split("\n")[0]!) as { r: Record<string, unknown> };
    expect(first.r.server).toBe('sé"rver\\');
  });

  it("are that text when runs of members repeat, across more runs than are kept, in any order", () => {
    // A few sessions' requests and responses interleaved: the runs of members from session to id and from
    // identity to latency come back, some kept and reused, some dropped and made again.
    const rows: [AuditEvent, string][] = [];
    for (let i = 0; i < 3_000; i++) {
      const turn = (i * 7) % 13;
      rows.push([
        event(turn, {
          rpc_id: String(i),
          reason: turn % 4 === 0 ? null : `reason ${turn % 3}`,
          target: `echo ${turn % 5}`,
        }),
        '[["protocol","pass",0.002]]',
      ]);
    }
    expect(linesOf(rows)).toBe(rows.map(([e, trace], i) => stringified(i + 1, e, trace)).join(""));
  });

  it("write numbers and ids as JSON does: signs, fractions, exponents, escapes and characters past ASCII", () => {
    const odd = [
      event(1, { ts: 0, latency_ms: -0, bytes: -42 }),
      event(2, { ts: 1e21, latency_ms: 1e-7, bytes: 2 ** 53 }),
      event(3, { ts: -(2 ** 53 - 1), latency_ms: 123456.789, bytes: 0.5 }),
      event(4, { rpc_id: 'a"b\\c' }),
      event(5, { rpc_id: "tab\there\u0001\u007f" }),
      event(6, { rpc_id: "é𝔘\u2028" }),
      event(7, { rpc_id: "lone \ud800 surrogate" }),
      event(8, { rpc_id: "" }),
      event(9, { rpc_id: "mgd1:3q2-_x~ !#$%&'()*+,./:;<=>?@[]^`{|}" }),
    ];
    const rows = odd.map((e): [AuditEvent, string] => [e, '[["protocol","pass",0.002]]']);
    expect(linesOf(rows)).toBe(rows.map(([e, trace], i) => stringified(i + 1, e, trace)).join(""));
  });

  it("fall back to JSON.stringify for members of another type (a time JSON writes as null, a numeric id)", () => {
    const odd = [
      event(1, { latency_ms: Number.NaN }),
      event(2, { ts: Number.POSITIVE_INFINITY }),
      event(3, { rpc_id: 7 as unknown as string }),
      event(4, { target: undefined as unknown as string }),
    ];
    const rows = odd.map((e): [AuditEvent, string] => [e, "[]"]);
    expect(linesOf(rows)).toBe(rows.map(([e, trace], i) => stringified(i + 1, e, trace)).join(""));
    expect(linesOf(rows)).toContain('"latency_ms":null');
  });
});
