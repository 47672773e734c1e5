// Loaded into the daemon by benchmark/latency-stages.mjs (node --import): stamps each stage of one call's
// way through the daemon, from the wrapped prototypes of the daemon's own modules, so that the daemon's code
// carries no instrumentation. Meaningful with one call in flight only: a stage runs from the previous stamp
// of the same message to its own. On SIGUSR2 it writes the median of each stage, in µs, to the file named
// by MCP_GUARD_STAGES_OUT, and starts over.
import { renameSync, writeFileSync } from "node:fs";
import { LineReader } from "../packages/daemon/dist/session/endpoint.js";
import { Session } from "../packages/daemon/dist/session/router.js";
import { AuditWriter } from "../packages/daemon/dist/audit-writer.js";
import { AuditRows } from "../packages/daemon/dist/session/audit-rows.js";
import { WriteBatcher } from "../packages/daemon/dist/write-batcher.js";

const out = process.env.MCP_GUARD_STAGES_OUT;
if (out) {
  const now = () => Number(process.hrtime.bigint()) / 1000;
  /** The message under way: "request" (read from the client) or "response" (read from the server). */
  let leg = "request";
  let last = 0;
  /** The time the request was written to the server, to measure the server's own turn. */
  let sentAt = 0;
  let samples = new Map();
  const record = (key, us) => {
    if (!samples.has(key)) samples.set(key, []);
    samples.get(key).push(us);
  };
  const stage = (name) => {
    const t = now();
    record(`${leg}: ${name}`, t - last);
    last = t;
  };
  const wrap = (proto, method, before, after) => {
    const original = proto[method];
    proto[method] = function (...args) {
      before?.call(this);
      const result = original.apply(this, args);
      after?.call(this);
      return result;
    };
  };

  wrap(LineReader.prototype, "push", function () {
    // The upstream's reader belongs to an endpoint of kind "stdio"; every other one is the client's.
    leg = this.endpoint.kind === "stdio" ? "response" : "request";
    last = now();
    if (leg === "response") record("server: from our write to our read", last - sentAt);
  });
  wrap(Session.prototype, "fromClient", () => stage("read and parse"));
  wrap(Session.prototype, "fromServer", () => stage("read and parse"));
  wrap(Session.prototype, "check", () => stage("correlate"));
  wrap(
    Session.prototype,
    "decide",
    () => stage("pipeline"),
    () => stage("routing, after the audit row"),
  );
  wrap(
    AuditRows.prototype,
    "message",
    () => stage("routing, before the audit row"),
    () => stage("audit row"),
  );
  wrap(AuditWriter.prototype, "endTurn", () => stage("to the end of the turn"));
  wrap(AuditWriter.prototype, "writeJournal", undefined, () => stage("journal write"));
  const flush = WriteBatcher.prototype.flush;
  WriteBatcher.prototype.flush = function () {
    if (this.parts.length === 0) return flush.call(this);
    stage("released to the write");
    flush.call(this);
    stage(leg === "request" ? "write to the server" : "write to the client");
    if (leg === "request") sentAt = last;
  };

  process.on("SIGUSR2", () => {
    const median = (v) => [...v].sort((a, b) => a - b)[v.length >> 1];
    const report = {};
    for (const [key, values] of samples) report[key] = { median: median(values), count: values.length };
    // Written aside and renamed, so the benchmark never reads half a file.
    writeFileSync(`${out}.tmp`, JSON.stringify(report));
    renameSync(`${out}.tmp`, out);
    samples = new Map();
  });
}
