// How an audit row's trace is stored: one short array per step, `[interceptor, action, ms]`, then the
// reason and the findings where a step gave them. Two rows are written per proxied call, and the trace's
// member names were most of a row's bytes: every step spelled "interceptor", "action" and "ms" again. Readers
// get the steps back as objects from decodeTrace, which also reads rows stored in the older form (an array
// of objects) by earlier versions.
import type { TraceEntry } from "./pipeline.js";

const ACTIONS = new Set<string>(["pass", "modify", "block", "hold"]);

/**
 * The text of a step that passed, per interceptor and time. Most steps of most messages pass in a few
 * microseconds, so a handful of texts per interceptor make nearly every stored trace: it is then one join of
 * texts already made, not a string built piece by piece for every row (whose pieces the collector must
 * sweep). Kept by the whole number of microseconds the pipeline rounds a step's time to, in a list per
 * interceptor: a map of the first 64 times seen missed most steps under bench:daemon-cpu's load, whose texts
 * were then built again. Bounded: times from PASSED_US_MAX microseconds on, and interceptors past
 * INTERCEPTORS_MAX, are written out each time.
 */
const passedSteps = new Map<string, (string | undefined)[]>();
const PASSED_US_MAX = 256;
const INTERCEPTORS_MAX = 64;

/** The stored form of a trace (JSON text). */
export function encodeTrace(trace: readonly TraceEntry[]): string {
  if (trace.length === 0) return "[]";
  const steps = new Array<string>(trace.length);
  for (let i = 0; i < trace.length; i++) {
    const step = trace[i];
    if (step === undefined) throw new Error(`audit trace: no step at ${i}`);
    steps[i] = stepText(step);
  }
  return `[${steps.join(",")}]`;
}

function stepText(step: TraceEntry): string {
  const ms = Number.isFinite(step.ms) ? step.ms : 0;
  if (step.action !== "pass" || step.reason !== undefined || step.findings !== undefined)
    return builtStep(step, ms);
  const us = Math.round(ms * 1000);
  // One text per microsecond only for a time rounded to the microsecond, as the pipeline rounds it: any
  // other time would be written as the time that first took its place.
  if (us < 0 || us >= PASSED_US_MAX || us / 1000 !== ms) return builtStep(step, ms);
  let texts = passedSteps.get(step.interceptor);
  if (texts === undefined) {
    if (passedSteps.size >= INTERCEPTORS_MAX) return builtStep(step, ms);
    texts = new Array<string | undefined>(PASSED_US_MAX);
    passedSteps.set(step.interceptor, texts);
  }
  return (texts[us] ??= flat(builtStep(step, ms)));
}

/**
 * The same text as one flat string. A text built by concatenation is a tree of its pieces (a cons string),
 * which V8 walks and copies afresh every time it is joined into a trace; a text kept for reuse is flattened
 * once, here. JSON.stringify then JSON.parse gives back exactly the same text (a lone surrogate is escaped,
 * then read back as itself), as a sequential string.
 */
function flat(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
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
