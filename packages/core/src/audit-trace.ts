// How an audit row's trace is stored: one short array per step, `[interceptor, action, ms]`, then the
// reason and the findings where a step gave them. Two rows are written per proxied call, and the trace's
// member names were most of a row's bytes: every step spelled "interceptor", "action" and "ms" again. Readers
// get the steps back as objects from decodeTrace, which also reads rows stored in the older form (an array
// of objects) by earlier versions.
import type { TraceEntry } from "./pipeline.js";

const ACTIONS = new Set<string>(["pass", "modify", "block", "hold"]);

/**
 * The bytes of a step that passed, per interceptor and time. Most steps of most messages pass in a few
 * microseconds, so a handful of texts per interceptor make nearly every stored trace: it is then put
 * together from bytes already made, not a string built piece by piece for every row (whose pieces the
 * collector must sweep). Kept by the whole number of microseconds the pipeline rounds a step's time to, in a
 * list per interceptor: a map of the first 64 times seen missed most steps under bench:daemon-cpu's load,
 * whose texts were then built again. Bounded: times from PASSED_US_MAX microseconds on, and interceptors
 * past INTERCEPTORS_MAX, are written out each time. Only ASCII texts are kept (every interceptor's name is).
 */
const passedSteps = new Map<string, (Uint8Array | undefined)[]>();
const PASSED_US_MAX = 256;
const INTERCEPTORS_MAX = 64;

/**
 * Where a trace is put together as UTF-8 before it becomes one string: no array of step texts, no joined
 * text, no brackets concatenated around it and no copy of that flattened when it is written (two rows per
 * proxied call made each of them). Grows for a longer trace and stays grown: traces are short.
 */
let scratch = Buffer.allocUnsafe(4096);
const OPEN = 0x5b; // [
const COMMA = 0x2c; // ,
const CLOSE = 0x5d; // ]

/** The stored form of a trace (JSON text). */
export function encodeTrace(trace: readonly TraceEntry[]): string {
  if (trace.length === 0) return "[]";
  let length = 0;
  scratch[length++] = OPEN;
  for (let i = 0; i < trace.length; i++) {
    const step = trace[i];
    if (step === undefined) throw new Error(`audit trace: no step at ${i}`);
    const ms = Number.isFinite(step.ms) ? step.ms : 0;
    const passed = passedStep(step, ms);
    if (passed !== undefined) {
      length = room(length, passed.length + 2);
      scratch.set(passed, length);
      length += passed.length;
    } else {
      const text = builtStep(step, ms);
      length = room(length, text.length * 3 + 2);
      const written = scratch.write(text, length, "utf8");
      // A character past ASCII: the text is joined as a string instead, which keeps every code unit as it
      // is (UTF-8 would not keep a lone surrogate). A finding or reason JSON left unescaped, rare.
      if (written !== text.length) return textOf(trace);
      length += written;
    }
    scratch[length++] = i === trace.length - 1 ? CLOSE : COMMA;
  }
  return scratch.toString("latin1", 0, length);
}

/** Makes room for `bytes` more after `length` in the scratch buffer; returns `length`. */
function room(length: number, bytes: number): number {
  if (length + bytes > scratch.length) {
    const grown = Buffer.allocUnsafe(Math.max(length + bytes, scratch.length * 2));
    scratch.copy(grown, 0, 0, length);
    scratch = grown;
  }
  return length;
}

/** The stored form of a trace built as strings: every step written out and joined. */
function textOf(trace: readonly TraceEntry[]): string {
  const steps = trace.map((step) => builtStep(step, Number.isFinite(step.ms) ? step.ms : 0));
  return `[${steps.join(",")}]`;
}

/** The kept bytes of a step that passed with nothing to say, or undefined to write it out. */
function passedStep(step: TraceEntry, ms: number): Uint8Array | undefined {
  if (step.action !== "pass" || step.reason !== undefined || step.findings !== undefined) return undefined;
  const us = Math.round(ms * 1000);
  // Kept per microsecond only for a time rounded to the microsecond, as the pipeline rounds it: any other
  // time would be written as the time that first took its place.
  if (us < 0 || us >= PASSED_US_MAX || us / 1000 !== ms) return undefined;
  let kept = passedSteps.get(step.interceptor);
  if (kept === undefined) {
    if (passedSteps.size >= INTERCEPTORS_MAX) return undefined;
    kept = new Array<Uint8Array | undefined>(PASSED_US_MAX);
    passedSteps.set(step.interceptor, kept);
  }
  let bytes = kept[us];
  if (bytes === undefined) {
    const text = builtStep(step, ms);
    bytes = Buffer.from(text, "utf8");
    if (bytes.length !== text.length) return undefined;
    kept[us] = bytes;
  }
  return bytes;
}

function builtStep(step: TraceEntry, ms: number): string {
  let text = `[${JSON.stringify(step.interceptor)},"${step.action}",${ms}`;
  if (step.reason !== undefined || step.findings !== undefined)
    text += `,${step.reason === undefined ? "null" : JSON.stringify(step.reason)}`;
  if (step.findings !== undefined) text += `,${JSON.stringify(step.findings)}`;
  return `${text}]`;
}

/**
 * The steps of a stored trace, in either form, or undefined for text that is neither (a reader then shows
 * the row without its steps, never hides it).
 */
export function decodeTrace(stored: string): TraceEntry[] | undefined {
  try {
    const parsed: unknown = JSON.parse(stored);
    return Array.isArray(parsed) ? parsed.map(stepOf) : undefined;
  } catch {
    return undefined;
  }
}

function stepOf(value: unknown): TraceEntry {
  if (Array.isArray(value)) {
    const [interceptor, action, ms, reason, findings] = value as unknown[];
    return entry(interceptor, action, ms, reason ?? undefined, findings);
  }
  if (typeof value === "object" && value !== null) {
    const step = value as Record<string, unknown>;
    return entry(step.interceptor, step.action, step.ms, step.reason, step.findings);
  }
  throw new Error("an audit trace step is an array or an object");
}

function entry(
  interceptor: unknown,
  action: unknown,
  ms: unknown,
  reason: unknown,
  findings: unknown,
): TraceEntry {
  if (typeof interceptor !== "string" || typeof action !== "string" || !ACTIONS.has(action))
    throw new Error("an audit trace step names its interceptor and a known action");
  const step: TraceEntry = {
    interceptor,
    action: action as TraceEntry["action"],
    ms: typeof ms === "number" ? ms : 0,
  };
  if (typeof reason === "string") step.reason = reason;
  if (Array.isArray(findings)) step.findings = findings.filter((f): f is string => typeof f === "string");
  return step;
}
