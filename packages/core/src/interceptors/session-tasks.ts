// Either side may run a request as a task and be asked about it later (tasks/get, tasks/result,
// tasks/cancel, tasks/list). Whoever keeps the tasks may keep many peers' in one store, so a peer asking
// about a task it did not create reads what was run for someone else:
// - the client's tasks, which a server's sampling or elicitation asked it to run: a host keeps them in one
//   store whichever server they were run for (the SDK's InMemoryTaskStore scopes them by a transport's
//   session id, which stdio has none of), so one server would read another's model answers and user replies;
// - the server's tasks, which a client's tools/call asked it to run: the server binds them to the credential
//   that created them, and the guard presents one upstream credential for every identity it serves, so one
//   identity would read the result of a tool its role denies, run as another's task.
// So in both directions a peer is answered about a task only when it created it through this session (the
// request that created it passed this session's policy), and an answer to tasks/list keeps those alone.
import type { JsonObject } from "../jsonrpc.js";
import type { MessageContext, Verdict } from "../pipeline.js";
import { block, PASS } from "./verdicts.js";

/** Whose tasks: the key each side's are kept under in the session's state. */
export type TaskKeeper = "client" | "server";

/** Tasks kept per session and side; beyond it the oldest are forgotten (the peer cannot ask about them). */
const MAX_OWN_TASKS = 4096;

function ownTasks(ctx: MessageContext, keeper: TaskKeeper): Set<string> {
  const key = `session_tasks.${keeper}`;
  let tasks = ctx.state.get(key) as Set<string> | undefined;
  if (!tasks) ctx.state.set(key, (tasks = new Set()));
  return tasks;
}

/**
 * A request about one of the keeper's tasks: passed for a task the asker created in this session; else
 * refused as the keeper refuses a task it does not know.
 */
export function guardTaskRequest(
  ctx: MessageContext,
  keeper: TaskKeeper,
  method: string,
  params: JsonObject | undefined,
): Verdict {
  if (method === "tasks/list") return PASS; // its answer is filtered (taskAnswer)
  const taskId = params?.taskId;
  if (typeof taskId === "string" && ownTasks(ctx, keeper).has(taskId)) return PASS;
  return block("task_not_found", { server: ctx.server });
}

/**
 * The keeper's answer to the asker's request: a task it created for the request is noted as the asker's;
 * the list of its tasks keeps only those.
 */
export function taskAnswer(ctx: MessageContext, keeper: TaskKeeper, raw: JsonObject): Verdict {
  const result = raw.result as JsonObject | undefined;
  if (typeof result !== "object" || result === null) return PASS;
  const created = (result.task as JsonObject | undefined)?.taskId;
  const own = ownTasks(ctx, keeper);
  if (typeof created === "string") {
    own.add(created);
    if (own.size > MAX_OWN_TASKS) own.delete(own.values().next().value as string);
  }
  if (ctx.request?.method !== "tasks/list" || result.tasks === undefined) return PASS;
  const listed = Array.isArray(result.tasks) ? result.tasks : [];
  const kept = listed.filter((task) => own.has((task as JsonObject | null)?.taskId as string));
  if (kept.length === listed.length && Array.isArray(result.tasks)) return PASS;
  return { action: "modify", message: { ...raw, result: { ...result, tasks: kept } } };
}

/**
 * A keeper's status notification: passed for a task the other side created in this session, else dropped. A
 * server that tells each session of its one credential about every task of that credential would otherwise
 * hand this identity the status, and its message, of a task another identity ran.
 */
export function guardTaskStatus(
  ctx: MessageContext,
  keeper: TaskKeeper,
  params: JsonObject | undefined,
): Verdict {
  const taskId = params?.taskId;
  if (typeof taskId === "string" && ownTasks(ctx, keeper).has(taskId)) return PASS;
  return block("task_not_found", { server: ctx.server });
}
