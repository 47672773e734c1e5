// The setup most attack tests share: a recording server offering `echo` and one tool per canned result,
// behind a guarded home, and a raw session through the real bridge that calls tools one at a time.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import {
  failure,
  type GuardedHome,
  guardedTransport,
  listAllTools,
  makeGuardedHome,
  RawBridge,
  recorded,
  recorderServerYaml,
} from "./harness.js";

export interface RecorderHome {
  home: GuardedHome;
  /** Where the recording server appends every message it receives (read it with `recorded`). */
  log: string;
}

/** A tool definition as a recording server lists it. */
export function toolDefinition(name: string, description: string, properties: object = {}): object {
  return { name, description, inputSchema: { type: "object", properties } };
}

/** A guarded home whose server `recorder` answers `echo` and each tool named in `results` with that result. */
export function recorderWithResults(results: Record<string, unknown>): RecorderHome {
  return recorderWithDefinitions("recorder", {
    tools: [
      toolDefinition("echo", "Returns its arguments."),
      ...Object.keys(results).map((n) => toolDefinition(n, "A report.")),
    ],
    results,
  });
}

/**
 * A guarded home whose recording server `server` offers `definitions` (tools, prompts, results...), with
 * `policy` (YAML lines of the server's own entry) added to its entry.
 */
export function recorderWithDefinitions(server: string, definitions: object, policy?: string): RecorderHome {
  const log = join(makeGuardedHome().dir, `${server}.log`);
  redefine(log, definitions);
  return { home: makeGuardedHome(recorderServerYaml(server, log, undefined, policy)), log };
}

/**
 * A guarded home with `result_injection: block` whose server `recorder` answers the tool `honest` with
 * `honest` and the tools planted0, planted1... with each of `planted` in turn, as one text item each.
 */
export function plantedResultsHome(planted: readonly string[], honest: string): RecorderHome {
  const text = (t: string) => ({ content: [{ type: "text", text: t }] });
  const names = planted.map((_, i) => `planted${i}`);
  return recorderWithDefinitions(
    "recorder",
    {
      tools: ["honest", ...names].map((name) => toolDefinition(name, "A page.")),
      results: {
        honest: text(honest),
        ...Object.fromEntries(planted.map((t, i) => [`planted${i}`, text(t)])),
      },
    },
    "    policy:\n      integrity: { result_injection: block }",
  );
}

/**
 * A guarded home whose server `recorder` offers `definitions`, with each of `types` redacted in both directions
 * (the set-up of the attacks on content crossing the guard).
 */
export function redactingRecorder(definitions: object, types: readonly string[]): RecorderHome {
  const log = join(makeGuardedHome().dir, "recorder.log");
  redefine(log, definitions);
  const actions = types.map((type) => `    ${type}: { request: redact, response: redact }`);
  return {
    home: makeGuardedHome(recorderServerYaml("recorder", log), ["pii:", "  actions:", ...actions].join("\n")),
    log,
  };
}

/** An `echo` call's arguments and a piece of them that must not reach the server as written. */
export interface Carried {
  args: object;
  value: string;
}

/**
 * Each named `echo` call made in turn, in one session: the names whose `value` the recording server received,
 * and every `echo` call it saw (as JSON text).
 */
export async function valuesReachingServer(
  home: GuardedHome,
  log: string,
  calls: Record<string, Carried>,
): Promise<{ reached: string[]; seen: string[] }> {
  await toolSession(home, async (call) => {
    for (const { args } of Object.values(calls)) await call("echo", args);
  });
  const seen = echoCallsSeen(log);
  const reached = Object.entries(calls)
    .filter(([, { value }]) => seen.some((call) => call.includes(value)))
    .map(([what]) => what);
  return { reached, seen };
}

/** Changes what the recording server logging to `log` offers from its next listing on (a rug pull). */
export function redefine(log: string, definitions: object): void {
  writeFileSync(`${log}.definitions.json`, JSON.stringify(definitions));
}

export type CallTool = (name: string, args: object) => Promise<Record<string, unknown>>;

/** One bridge session to `server`: `run` calls tools in turn and gets each raw answer (result or error). */
export async function toolSession(
  home: GuardedHome,
  run: (call: CallTool) => Promise<void>,
  server = "recorder",
): Promise<void> {
  const bridge = new RawBridge(home, server);
  await bridge.initialize();
  let id = 0;
  await run(async (name, args) => {
    bridge.send({ jsonrpc: "2.0", id: ++id, method: "tools/call", params: { name, arguments: args } });
    const line = await bridge.answerTo(id);
    return line;
  });
  bridge.close();
  await bridge.exited;
}

/** Each named tool called once with no arguments, in one session: its result as JSON text, by name. */
export async function resultTexts(
  home: GuardedHome,
  names: readonly string[],
): Promise<Record<string, string>> {
  const texts: Record<string, string> = {};
  await toolSession(home, async (call) => {
    for (const name of names) texts[name] = JSON.stringify((await call(name, {})).result);
  });
  return texts;
}

/** The reason the guard gave for refusing a call, or "forwarded" when it answered. */
export function refusal(answer: Record<string, unknown>): unknown {
  return (answer.error as { data?: { reason?: unknown } } | undefined)?.data?.reason ?? "forwarded";
}

/** What the guard answered each of `names` (called with no arguments but `path`) with in one session of `server`. */
export async function callOutcomes(
  home: GuardedHome,
  server: string,
  names: readonly string[],
): Promise<unknown[]> {
  const seen: unknown[] = [];
  await toolSession(
    home,
    async (call) => {
      for (const name of names) seen.push(refusal(await call(name, { path: "/tmp/x" })));
    },
    server,
  );
  return seen;
}

/**
 * Each URI read once in one raw session of `server` (after listing resources first when `list`): the guard's
 * answers, "forwarded" or the refusal's reason.
 */
export async function readOutcomes(
  home: GuardedHome,
  uris: readonly string[],
  list = false,
  server = "recorder",
): Promise<string[]> {
  const bridge = new RawBridge(home, server);
  await bridge.initialize();
  if (list) {
    bridge.send({ jsonrpc: "2.0", id: "list", method: "resources/list" });
    await bridge.answerTo("list");
  }
  const outcomes: string[] = [];
  for (const [i, uri] of uris.entries()) {
    bridge.send({ jsonrpc: "2.0", id: i + 1, method: "resources/read", params: { uri } });
    const error = (await bridge.answerTo(i + 1)).error as { data?: { reason?: string } } | undefined;
    outcomes.push(error?.data?.reason ?? "forwarded");
  }
  bridge.close();
  await bridge.exited;
  return outcomes;
}

/** The URIs of the `resources/read` requests a recorder server received, in order. */
export function urisRead(log: string): string[] {
  return recorded(log).flatMap((m) =>
    typeof m === "object" && m.method === "resources/read" ? [(m.params as { uri: string }).uri] : [],
  );
}

/**
 * One session against a plantedResultsHome: the `honest` tool's text as the client received it ("" when it was
 * withheld), and, by name in `names` order, the guard's answer to each planted tool (see refusal) and the raw
 * answer as JSON, for checking that none of the planted text got through.
 */
export async function plantedOutcomes(
  home: GuardedHome,
  names: readonly string[],
): Promise<{ honest: string; outcomes: Record<string, unknown>; answers: string[] }> {
  const outcomes: Record<string, unknown> = {};
  const answers: string[] = [];
  let honest = "";
  await toolSession(home, async (call) => {
    const answer = await call("honest", {});
    honest = (answer.result as { content?: Array<{ text: string }> } | undefined)?.content?.[0]?.text ?? "";
    for (let i = 0; i < names.length; i++) {
      const planted = await call(`planted${i}`, {});
      outcomes[names[i]!] = refusal(planted);
      answers.push(JSON.stringify(planted));
    }
  });
  return { honest, outcomes, answers };
}

/** How many tools/call requests a recording server received (its log): it answered each one. */
export function toolCallsRecorded(log: string): number {
  return recorded(log).filter((m) => typeof m === "object" && m.method === "tools/call").length;
}

/**
 * plantedOutcomes summed up for one assertion: how many answers carried `marker` (planted text that got
 * through), the guard's answer to each planted tool, the honest text as received, and the tools/call
 * requests the recording server answered (all of them, when each block is the guard's on the way back).
 */
export async function plantedSummary(
  home: GuardedHome,
  log: string,
  names: readonly string[],
  marker: string,
): Promise<{ reached: number; outcomes: Record<string, unknown>; honest: string; calls: number }> {
  const { honest, outcomes, answers } = await plantedOutcomes(home, names);
  return {
    reached: answers.filter((a) => a.includes(marker)).length,
    outcomes,
    honest,
    calls: toolCallsRecorded(log),
  };
}

/** The plantedSummary of a guard that withheld every planted result and passed `honest` whole. */
export function everyPlantedWithheld(names: readonly string[], honest: string) {
  return {
    reached: 0,
    outcomes: Object.fromEntries(names.map((n) => [n, "result_injection"])),
    honest,
    calls: names.length + 1,
  };
}

/** Each text sent to `echo` as its `note`, in one session: the guard's answer to each (see refusal), by name. */
export async function noteOutcomes(
  home: GuardedHome,
  texts: Record<string, string>,
): Promise<Record<string, unknown>> {
  const outcomes: Record<string, unknown> = {};
  await toolSession(home, async (call) => {
    for (const [what, text] of Object.entries(texts))
      outcomes[what] = refusal(await call("echo", { note: text }));
  });
  return outcomes;
}

/** The same outcome for each named text or argument object (what noteOutcomes or namedEchoOutcomes should answer). */
export function sameFor(named: Record<string, unknown>, outcome: string): Record<string, string> {
  return Object.fromEntries(Object.keys(named).map((what) => [what, outcome]));
}

/**
 * Each argument object sent to `echo`, in one session: the guard's answer to each (see refusal) and the
 * `echo` calls the recording server received (logged in `log`).
 */
export async function echoOutcomes(
  home: GuardedHome,
  log: string,
  args: readonly object[],
): Promise<{ outcomes: unknown[]; echoed: number }> {
  const outcomes: unknown[] = [];
  await toolSession(home, async (call) => {
    for (const a of args) outcomes.push(refusal(await call("echo", a)));
  });
  const echoed = recorded(log).filter(
    (m) => typeof m === "object" && JSON.stringify(m).includes('"echo"'),
  ).length;
  return { outcomes, echoed };
}

/** echoOutcomes for named argument objects: the guard's answer to each, by name. */
export async function namedEchoOutcomes(
  home: GuardedHome,
  log: string,
  args: Record<string, object>,
): Promise<{ outcomes: Record<string, unknown>; echoed: number }> {
  const { outcomes, echoed } = await echoOutcomes(home, log, Object.values(args));
  return { outcomes: Object.fromEntries(Object.keys(args).map((k, i) => [k, outcomes[i]])), echoed };
}

/** Every `echo` call the recording server received, as its JSON text (to look for a value in). */
export function echoCallsSeen(log: string): string[] {
  return recorded(log)
    .filter((m) => typeof m === "object" && m.method === "tools/call" && JSON.stringify(m).includes('"echo"'))
    .map((m) => JSON.stringify(m));
}

/**
 * Each argument object sent both as a tool's (`echo`) and as a prompt's (`greeting`) arguments, in one raw
 * bridge session to `server`: the guard's answer to each call, in that order.
 */
export async function toolAndPromptOutcomes(
  home: GuardedHome,
  server: string,
  args: readonly object[],
): Promise<unknown[]> {
  const bridge = new RawBridge(home, server);
  await bridge.initialize();
  let id = 0;
  const outcomes: unknown[] = [];
  for (const a of args)
    for (const [method, params] of [
      ["tools/call", { name: "echo", arguments: a }],
      ["prompts/get", { name: "greeting", arguments: a }],
    ] as const) {
      bridge.send({ jsonrpc: "2.0", id: ++id, method, params });
      outcomes.push(refusal(await bridge.answerTo(id)));
    }
  bridge.close();
  await bridge.exited;
  return outcomes;
}

/** How many calls of `tool` the recording server logging to `log` has received. */
export function toolCallsIn(log: string, tool: string): number {
  return recorded(log).filter(
    (m) =>
      typeof m === "object" && m.method === "tools/call" && (m.params as { name?: unknown })?.name === tool,
  ).length;
}

/** Rewrites the home's config with `edit` and waits until the running daemon has applied it. */
export async function editConfig(home: GuardedHome, edit: (yaml: string) => string): Promise<void> {
  const loadedAt = async () => ((await home.status()) as { config_loaded_at: string }).config_loaded_at;
  const before = await loadedAt();
  writeFileSync(home.configPath, edit(readFileSync(home.configPath, "utf8")));
  for (let i = 0; i < 100 && (await loadedAt()) === before; i++) await new Promise((r) => setTimeout(r, 100));
  if ((await loadedAt()) === before) throw new Error("the daemon did not apply the edited config");
}

/** A session to `server` that lists its tools and calls echo: what was listed, and whether the call got through. */
export async function listAndCallEcho(
  home: GuardedHome,
  log: string,
  server: string,
): Promise<{ tools: string[]; reached: boolean }> {
  const before = toolCallsIn(log, "echo");
  const client = new Client({ name: "attack-session", version: "1" });
  await client.connect(guardedTransport(home, server));
  const tools = await listAllTools(client);
  await client.callTool({ name: "echo", arguments: { url: "https://x.example" } }).catch(() => undefined);
  await client.close();
  return { tools, reached: toolCallsIn(log, "echo") > before };
}

/** A client connected through the real bridge to a recording server `server` offering `definitions`. */
export async function clientOfDefinitions(
  server: string,
  definitions: object,
  clientName: string,
): Promise<RecorderHome & { client: Client }> {
  const recorder = recorderWithDefinitions(server, definitions);
  const client = new Client({ name: clientName, version: "1" });
  await client.connect(guardedTransport(recorder.home, server));
  return { ...recorder, client };
}

/** A guarded home whose recording server "pay" holds `delete_account` for a person's approval. */
export interface HeldCallHome extends RecorderHome {
  client: Client;
}

/**
 * The set-up of the approval attacks: the recording server as "pay" with `require_approval: [delete_account]`,
 * `approvals.require_person` as given, and a client connected through the real bridge.
 */
export async function heldCallHome(requirePerson: boolean, clientName: string): Promise<HeldCallHome> {
  const log = join(makeGuardedHome().dir, "recorder.log");
  const home = makeGuardedHome(
    recorderServerYaml(
      "pay",
      log,
      undefined,
      ["    policy:", "      spend:", "        require_approval: [delete_account]"].join("\n"),
    ),
    `approvals:\n  require_person: ${requirePerson}`,
  );
  const client = new Client({ name: clientName, version: "1" });
  await client.connect(guardedTransport(home, "pay"));
  return { home, log, client };
}

/** Calls `delete_account`, which the policy holds; the id of the approval it waits for. */
export async function pendingApprovalId(client: Client): Promise<string> {
  const error = await failure(client.callTool({ name: "delete_account", arguments: { account: "a" } }));
  if (error?.code !== -32004 || error.data?.reason !== "approval_pending")
    throw new Error(`expected the call to wait for an approval, got ${JSON.stringify(error)}`);
  return String(error.data.approval_id);
}

/** How many tool calls the recording server received. */
export const toolCallsSeen = (log: string): number =>
  recorded(log).filter((m) => typeof m === "object" && m.method === "tools/call").length;

/**
 * The rename attacks' allowance (an hourly limit of two echo calls, a spend cap of one charge of 8): three
 * echo calls and two charges in one session, and the guard's answer to each.
 */
export async function spendAllowance(home: GuardedHome, server: string): Promise<unknown[]> {
  const outcomes: unknown[] = [];
  await toolSession(
    home,
    async (call) => {
      for (let i = 0; i < 3; i++) outcomes.push(refusal(await call("echo", { i })));
      for (let i = 0; i < 2; i++) outcomes.push(refusal(await call("create_payment", { amount: 8, i })));
    },
    server,
  );
  return outcomes;
}

/** The guard's answers when that allowance is spent: one more echo call and one more charge. */
export async function oneMoreEchoAndCharge(home: GuardedHome, server: string): Promise<unknown[]> {
  const outcomes: unknown[] = [];
  await toolSession(
    home,
    async (call) => {
      outcomes.push(refusal(await call("echo", { again: true })));
      outcomes.push(refusal(await call("create_payment", { amount: 8, again: true })));
    },
    server,
  );
  return outcomes;
}

/** spendAllowance's answers on a fresh allowance. */
export const ALLOWANCE_SPENT = ["forwarded", "forwarded", "rate_limited", "forwarded", "spend_cap_exceeded"];
