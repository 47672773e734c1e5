// What the audit may keep of the values a peer chose: the method, the target (tool, prompt or URI) and the
// JSON-RPC id. A method the specification defines and a short integer id carry nothing and are kept; any
// other method or id is kept only as a keyed digest (rows about the same value still match, and a value
// detection would miss, such as "answer-536-22-8471", still never reaches the disk; a filter finds them by
// the same digest, core/audit-filter.ts). A target is kept as it
// is only when detection ran on it and found nothing; otherwise it is digested too. That detection is every
// built-in detector and the config's own (its custom types): the config's disabled types and threshold say
// what may flow between the peers, not what the guard writes to its own disk (as for the trace, below).
// The trace's findings and reasons are the guard's words, but some name what a peer chose ("tool <name>: new
// on a pinned server"): they keep their words with every detected value redacted (shown-text.ts).
import {
  auditDigest,
  decodeTrace,
  encodeTrace,
  isAuditDigest,
  isSpecMethod,
  type Scanner,
  type TraceEntry,
} from "@mcp-guard/core";
import type { AuditValues } from "@mcp-guard/store";
import { redactShown, shownScanner } from "./shown-text.js";

const CACHE_MAX = 2048;
/** An id kept as it is: an integer shorter than a card number (see id). */
const SHORT_INTEGER = /^-?\d{1,11}$/;
/**
 * Whether a stored trace may hold a step's reason or findings: the older form names them, today's puts them
 * after the step's time (`"block",0.2,"sensitive_data"`) where a step without them ends (`"pass",0.01]`).
 * Most rows hold neither, and a million of them are read at an upgrade: those are not parsed.
 */
const MAY_HOLD_WORDS = /"(?:reason|findings)"|",[-+.\de]+,/;

export class AuditScrub {
  /** Recent verdicts, so the names a session uses over and over are scanned once. */
  private readonly cache = new Map<string, string>();
  /** Recent trace texts and their redacted form (most are a handful of findings said again and again). */
  private readonly shownCache = new Map<string, string>();

  /** `configured`: the config's detection (undefined: none, and every target is digested). */
  constructor(
    private readonly configured: Scanner | undefined,
    private readonly key: string,
  ) {}

  method(method: string | null): string | null {
    if (method === null || isSpecMethod(method)) return method;
    return this.digest(method);
  }

  /** A target was cut at its bound ("…"): a value cut in two may hide from detection, so it is digested. */
  target(target: string | null): string | null {
    if (target === null) return null;
    return target.endsWith("…") ? this.digest(target) : this.text(target);
  }

  /** Integers shorter than a card number carry nothing detection looks for; everything else is digested. */
  id(id: string | number | null): string | null {
    if (id === null) return null;
    if (typeof id === "number" && Number.isSafeInteger(id) && Math.abs(id) < 1e11) return String(id);
    return this.digest(String(id));
  }

  /** The trace with every detected value in its findings and reasons redacted; the same array when none has one. */
  trace(trace: readonly TraceEntry[]): readonly TraceEntry[] {
    let out: TraceEntry[] | undefined;
    for (let i = 0; i < trace.length; i++) {
      const step = trace[i];
      if (step === undefined || (step.findings === undefined && step.reason === undefined)) continue;
      const reason = step.reason === undefined ? undefined : this.shown(step.reason);
      const findings = step.findings?.map((f) => this.shown(f));
      const same = reason === step.reason && (findings ?? []).every((f, j) => f === step.findings?.[j]);
      if (same) continue;
      // Never the pipeline's own step: a copy, so what the session still reads is left as it was.
      out ??= trace.slice();
      out[i] = {
        ...step,
        ...(reason === undefined ? {} : { reason }),
        ...(findings === undefined ? {} : { findings }),
      };
    }
    return out ?? trace;
  }

  /**
   * A row as an earlier version stored it (keepOlderRowsAtRest) in today's form. A value already kept (a
   * digest, a method the specification defines, a short integer id, a clean target, a redacted finding) is
   * left as it is, so a row today's audit wrote comes back the same. A stored id no longer says whether the
   * peer sent a number: digits short enough to be kept as a number are kept, as they carry nothing either way.
   */
  olderRow(row: AuditValues): AuditValues {
    const { method, target, rpc_id: id } = row;
    return {
      method: method === null || isAuditDigest(method) ? method : this.method(method),
      target: target === null || isAuditDigest(target) ? target : this.target(target),
      rpc_id: id === null || isAuditDigest(id) || SHORT_INTEGER.test(id) ? id : this.digest(id),
      trace: this.storedTrace(row.trace),
    };
  }

  private storedTrace(stored: string): string {
    if (!MAY_HOLD_WORDS.test(stored)) return stored;
    const steps = decodeTrace(stored);
    // Text no version wrote as a trace: kept with what detection finds in it redacted, never bare.
    if (steps === undefined) return this.shown(stored);
    const kept = this.trace(steps);
    return kept === steps ? stored : encodeTrace(kept);
  }

  private shown(text: string): string {
    return remembered(this.shownCache, text, redactShown);
  }

  private text(value: string): string {
    return remembered(this.cache, value, (v) => (this.clean(v) ? v : this.digest(v)));
  }

  /** Whether neither the config's detection nor every built-in detector finds anything in `value`. */
  private clean(value: string): boolean {
    const scanners = new Set([this.configured, shownScanner()]);
    for (const scanner of scanners)
      if (scanner === undefined || scanner.scan(value, "audit").findings.length > 0) return false;
    return true;
  }

  private digest(value: string): string {
    return auditDigest(value, this.key);
  }
}

/** `make(value)`, kept in `cache` (at most CACHE_MAX entries, the oldest dropped first). */
function remembered(cache: Map<string, string>, value: string, make: (value: string) => string): string {
  const known = cache.get(value);
  if (known !== undefined) return known;
  const made = make(value);
  if (cache.size >= CACHE_MAX) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  cache.set(value, made);
  return made;
}
