// The interceptor pipeline. Interceptors are decisions, not wrappers: each returns a verdict and the runner
// owns the cross-cutting rules (fixed order, first block wins, per-interceptor timeout, throw => block).
import type { ErrorReason } from "./errors.js";
import { classify, type JsonObject, type Message, type RequestMessage } from "./jsonrpc.js";
import type { EffectivePolicy } from "./policy/policy.js";

export type Direction = "to_server" | "to_client";

/**
 * One spelling of a credential the guard handed the server (interceptors/handed-credentials.ts) and where it
 * is withheld: `anywhere`, inside a longer word too, or only where it stands alone.
 */
export interface WithheldSpelling {
  readonly text: string;
  readonly anywhere: boolean;
}

export interface Identity {
  /** How the identity was established: the OS user behind the socket, an API key, or an OAuth token. */
  method: "os" | "api_key" | "oauth" | "anonymous";
  /** The OS user name, the API key's name, or the token's subject. */
  user: string;
  /** The OS uid of the connecting process (always checked, whatever the method). */
  uid: number;
  roles: string[];
  /** Epoch ms after which the credential is no longer valid (OAuth). */
  expiresAt?: number | undefined;
  /**
   * For an API key: a digest of the key itself (keyed with the daemon key), the same whatever the config
   * names it. Rate limits and spend are counted under it as well as under the name, so a key renamed (or
   * named) in the config keeps its counts.
   */
  keyDigest?: string | undefined;
}

/** Digests of how a server is started (the daemon keys them; see its server-launches.ts). */
export interface ServerLaunch {
  /**
   * Of its transport, command, arguments, directory, URL and environment, whether or not another entry is
   * launched alike: an approval is for the call to what the entry launched when the person decided, not to
   * whatever its name launches after a config edit.
   */
  entry?: string | undefined;
  /**
   * Of its transport, command, arguments, directory, URL and environment, when no other configured server is
   * launched alike (entries launched alike are counted apart, under their names).
   */
  launch?: string | undefined;
  /**
   * Of its transport, command, arguments and URL only, when no other configured server runs that program: a
   * server renamed in an edit that also set a variable is still counted as itself, while two entries of one
   * program with their own variables (two accounts) are counted apart.
   */
  program?: string | undefined;
  /**
   * Names no longer configured that were last launched like this server or ran its program (a server renamed
   * in the config, also when a twin launched alike was added in the same edit, or when it was counted beside
   * a twin before): what they used still counts. Bounded by the daemon.
   */
  formerNames?: readonly string[] | undefined;
  /**
   * Configured servers whose counts this one shares (its `counted_with`: a personal server running a base
   * server's program and that server, both ways): what they used counts here too.
   */
  countedWith?: readonly string[] | undefined;
}

/** The outcome of authenticating a connection; a failure blocks every message of the session. */
export type AuthState =
  { ok: true } | { ok: false; reason: "auth_required" | "auth_invalid" | "auth_expired"; detail: string };

export interface MessageContext {
  readonly direction: Direction;
  readonly sessionId: string;
  readonly server: string;
  /**
   * How the session's server was launched, whatever it is called: rate limits and spend are counted under it
   * as well as under the name, so a server renamed in the config keeps its counts. Absent where no launch is
   * known or another configured server is launched alike (then only the name counts).
   */
  readonly launch?: ServerLaunch | undefined;
  readonly identity: Identity;
  readonly auth: AuthState;
  readonly policy: EffectivePolicy;
  /** Per-session memory for interceptors (keyed by interceptor name); it ends with the session. */
  readonly state: Map<string, unknown>;
  readonly message: Message;
  /** For a response: the request it answers, from the other direction. */
  readonly request?: RequestMessage | undefined;
  /**
   * The message is the guard's own notice to the client (what it withheld and how to approve it), passed
   * through the chain for detection and the audit: it keeps the guard's logger, which a server's never has.
   */
  readonly fromGuard?: boolean;
  /**
   * The credentials the guard handed this session's server, ready to withhold (handed-credentials.ts
   * credentialsToWithhold): the content scan keeps them out of whatever the server sends the client.
   */
  readonly handedCredentials?: readonly WithheldSpelling[] | undefined;
}

/** What a check found, for the audit: "<type> at <json path>", never a value. */
export type Notes = { findings?: string[] };

/**
 * A step that cannot decide yet (a call waiting for a person) holds the message. The hold is settled by the
 * step itself: `settle` answers the step's final verdict once it is decided, or undefined while it is not;
 * with `final` set (the wait is over) it must answer. The steps before it are never run again.
 */
export interface Hold {
  /** The longest wait, in ms. */
  timeoutMs: number;
  /**
   * `current` is the message's context as it stands when asked (the policy in force now, after a reload); a
   * step that decides on rules (the spend caps) decides on those, not on the ones the message arrived under.
   */
  settle(final: boolean, current?: MessageContext): Verdict | undefined;
}

export type Verdict =
  /**
   * `release` undoes what the step committed in passing the message (a charge), should the message never
   * reach its peer after all: refused as it leaves, or not sent (PipelineResult.release).
   */
  | ({ action: "pass"; release?: () => void } & Notes)
  | ({ action: "modify"; message: JsonObject } & Notes)
  | ({ action: "block"; reason: ErrorReason; data?: Record<string, unknown> } & Notes)
  /** `reason` and `data` say why it is held (and are the answer where a message cannot be held). */
  | ({ action: "hold"; reason: ErrorReason; data?: Record<string, unknown>; hold: Hold } & Notes);

export interface Interceptor {
  readonly name: string;
  inspect(ctx: MessageContext): Verdict | Promise<Verdict>;
}

export interface TraceEntry {
  interceptor: string;
  action: "pass" | "modify" | "block" | "hold";
  ms: number;
  reason?: string;
  findings?: string[];
}

export interface PipelineResult {
  verdict: Verdict;
  /** The message to forward (the original, or the last modification). */
  message: Message;
  trace: TraceEntry[];
  /** With a hold: continues the chain after the held step, given that step's settled verdict. */
  resume?: (settled: Verdict) => PipelineResult | Promise<PipelineResult>;
  /**
   * For a message every step passed: undoes what the steps committed in passing it (their verdicts' release),
   * for a message that then never reaches its peer (refused as it leaves, or not sent). Idempotent.
   */
  release?: () => void;
}

export interface PipelineOptions {
  timeoutMs: number;
  now: () => number;
}

/**
 * Runs interceptors in order. Returns synchronously when every interceptor answers synchronously, so the
 * common path costs no extra event-loop turn; a promise is raced against the timeout.
 */
export function runPipeline(
  interceptors: readonly Interceptor[],
  ctx: MessageContext,
  options: PipelineOptions,
): PipelineResult | Promise<PipelineResult> {
  return runFrom(interceptors, 0, ctx, [], options, undefined);
}

/** `release`: what the steps before `from` committed (see PipelineResult.release). */
function runFrom(
  interceptors: readonly Interceptor[],
  from: number,
  ctx: MessageContext,
  trace: TraceEntry[],
  options: PipelineOptions,
  release: (() => void) | undefined,
): PipelineResult | Promise<PipelineResult> {
  let current = ctx;
  let committed = release;
  // One clock reading per step: a step ends where the next one starts (the clock is read 16 times per
  // proxied call instead of 32).
  let started = options.now();
  for (let i = from; i < interceptors.length; i++) {
    const interceptor = interceptors[i];
    if (interceptor === undefined) throw new Error(`pipeline: no interceptor at ${i}`);
    let outcome: Verdict | Promise<Verdict>;
    try {
      outcome = interceptor.inspect(current);
    } catch (err) {
      return failed(trace, current, interceptor.name, started, options, err);
    }
    if (outcome instanceof Promise) {
      return continueAsync(interceptors, i, outcome, started, current, trace, options, committed);
    }
    const ended = options.now();
    const step = apply(outcome, interceptors, i, started, ended, current, trace, options);
    if (!isContext(step)) return step;
    committed = alsoRelease(committed, outcome);
    current = step;
    started = ended;
  }
  return passed(current.message, trace, committed);
}

async function continueAsync(
  interceptors: readonly Interceptor[],
  index: number,
  pending: Promise<Verdict>,
  started: number,
  ctx: MessageContext,
  trace: TraceEntry[],
  options: PipelineOptions,
  release: (() => void) | undefined,
): Promise<PipelineResult> {
  let current = ctx;
  let committed = release;
  for (let i = index; i < interceptors.length; i++) {
    const interceptor = interceptors[i];
    if (interceptor === undefined) throw new Error(`pipeline: no interceptor at ${i}`);
    const t0 = i === index ? started : options.now();
    let verdict: Verdict;
    try {
      verdict = await withTimeout(
        i === index ? pending : Promise.resolve(interceptor.inspect(current)),
        options.timeoutMs,
      );
    } catch (err) {
      return failed(trace, current, interceptor.name, t0, options, err);
    }
    const step = apply(verdict, interceptors, i, t0, options.now(), current, trace, options);
    if (!isContext(step)) return step;
    committed = alsoRelease(committed, verdict);
    current = step;
  }
  return passed(current.message, trace, committed);
}

/** The verdict of a chain every step passed; never changed, so one object serves every message. */
const PASSED: Verdict = Object.freeze({ action: "pass" });

function passed(message: Message, trace: TraceEntry[], release: (() => void) | undefined): PipelineResult {
  return release ? { verdict: PASSED, message, trace, release } : { verdict: PASSED, message, trace };
}

/** `release` and what a passing step committed, undone together. */
function alsoRelease(release: (() => void) | undefined, verdict: Verdict): (() => void) | undefined {
  const step = verdict.action === "pass" ? verdict.release : undefined;
  if (!step) return release;
  if (!release) return step;
  return () => {
    release();
    step();
  };
}

/**
 * What a step leads to: the context the next step sees (the chain goes on), or the chain's result. No
 * wrapper object: this runs for every step of every message.
 */
type Step = MessageContext | PipelineResult;

const isContext = (step: Step): step is MessageContext => "direction" in step;

function apply(
  verdict: Verdict,
  interceptors: readonly Interceptor[],
  index: number,
  started: number,
  ended: number,
  ctx: MessageContext,
  trace: TraceEntry[],
  options: PipelineOptions,
): Step {
  const interceptor = interceptors[index];
  if (interceptor === undefined) throw new Error(`pipeline: no interceptor at ${index}`);
  const name = interceptor.name;
  const ms = roundedMs(ended - started);
  const findings = verdict.findings?.length ? verdict.findings : undefined;
  if (verdict.action === "hold") {
    trace.push(entry(name, "hold", ms, verdict.reason, findings));
    const resume = (settled: Verdict): PipelineResult | Promise<PipelineResult> => {
      // The held step's own answer takes its place; only the steps after it run. They go on a copy of
      // the trace: the one that ended at the hold is recorded already, and a record never changes.
      const continued = trace.slice();
      const t0 = options.now();
      if (settled.action === "hold")
        return failed(continued, ctx, name, t0, options, new Error("held twice"));
      const step = apply(settled, interceptors, index, t0, options.now(), ctx, continued, options);
      if (!isContext(step)) return step;
      return runFrom(interceptors, index + 1, step, continued, options, alsoRelease(undefined, settled));
    };
    return { verdict, message: ctx.message, trace, resume };
  }
  if (verdict.action === "block") {
    trace.push(entry(name, "block", ms, verdict.reason, findings));
    return { verdict, message: ctx.message, trace };
  }
  if (verdict.action === "pass") {
    trace.push(findings === undefined ? passedStep(name, ms) : entry(name, "pass", ms, undefined, findings));
    return ctx;
  }
  const rewritten = classify(verdict.message);
  if (!sameIdentity(ctx.message, rewritten)) {
    trace.push({ interceptor: name, action: "block", ms, reason: "interceptor_failed" });
    const block: Verdict = { action: "block", reason: "interceptor_failed", data: { interceptor: name } };
    return { verdict: block, message: ctx.message, trace };
  }
  trace.push(entry(name, "modify", ms, undefined, findings));
  return { ...ctx, message: rewritten as Message };
}

/**
 * A step's time in ms, kept to the microsecond: the audit stores no more, and a trace whose times are
 * rounded already is serialised as it is (JSON.stringify) instead of by a hand-written encoder.
 */
function elapsed(options: PipelineOptions, started: number): number {
  return roundedMs(options.now() - started);
}

const roundedMs = (ms: number): number => Math.round(ms * 1000) / 1000;

/**
 * The trace entries of steps that passed with nothing to say, per interceptor and time (in whole
 * microseconds, as roundedMs keeps it): most steps of most messages are one of a handful of these, so the
 * chain makes no entry for them (eight steps each way per proxied call). Frozen: every trace that passed
 * the step in that time holds the same one, and none may change it. Bounded as the audit's stored texts of
 * the same steps are (audit-trace.ts): longer times, and interceptors past the first 64 names, get an entry
 * of their own.
 */
const passedSteps = new Map<string, (TraceEntry | undefined)[]>();
const PASSED_US_MAX = 256;
const INTERCEPTORS_MAX = 64;

function passedStep(interceptor: string, ms: number): TraceEntry {
  const us = Math.round(ms * 1000);
  if (us < 0 || us >= PASSED_US_MAX || us / 1000 !== ms) return { interceptor, action: "pass", ms };
  let kept = passedSteps.get(interceptor);
  if (kept === undefined) {
    if (passedSteps.size >= INTERCEPTORS_MAX) return { interceptor, action: "pass", ms };
    kept = new Array<TraceEntry | undefined>(PASSED_US_MAX);
    passedSteps.set(interceptor, kept);
  }
  return (kept[us] ??= Object.freeze<TraceEntry>({ interceptor, action: "pass", ms }));
}

/** A trace entry with only the fields that are set, built without spreads: this runs per step and message. */
function entry(
  interceptor: string,
  action: TraceEntry["action"],
  ms: number,
  reason: string | undefined,
  findings: string[] | undefined,
): TraceEntry {
  const e: TraceEntry = { interceptor, action, ms };
  if (reason !== undefined) e.reason = reason;
  if (findings !== undefined) e.findings = findings;
  return e;
}

/** A modification may rewrite content but never turn a message into another one. */
function sameIdentity(before: Message, after: ReturnType<typeof classify>): boolean {
  if (after.kind !== before.kind) return false;
  if (after.kind === "request" && before.kind === "request")
    return after.id === before.id && after.method === before.method;
  if (after.kind === "notification" && before.kind === "notification") return after.method === before.method;
  if (after.kind === "response" && before.kind === "response") return after.id === before.id;
  return false;
}

function failed(
  trace: TraceEntry[],
  ctx: MessageContext,
  name: string,
  started: number,
  options: PipelineOptions,
  err: unknown,
): PipelineResult {
  const timedOut = err instanceof InterceptorTimeout;
  trace.push({
    interceptor: name,
    action: "block",
    ms: elapsed(options, started),
    reason: "interceptor_failed",
  });
  return {
    verdict: {
      action: "block",
      reason: "interceptor_failed",
      data: { interceptor: name, cause: timedOut ? "timeout" : "error" },
    },
    message: ctx.message,
    trace,
  };
}

class InterceptorTimeout extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new InterceptorTimeout(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
