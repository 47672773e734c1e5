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
// A task's result is the late half of the request that created it, and leaves under the policy in force when
// it leaves, as a call held for a person does: a reload that denies the tool (or turns sampling off) since the
// task began refuses the asking about it (but its cancelling) and the answers about it (round 49).
import type { JsonObject } from "../jsonrpc.js";
import type { MessageContext, Verdict } from "../pipeline.js";
import { block, PASS } from "./verdicts.js";

/** Whose tasks: the key each side's are kept under in the session's state. */
export type TaskKeeper = "client" | "server";

/** Tasks kept per session and side; beyond it the oldest are forgotten (the peer cannot ask about them). */
const MAX_OWN_TASKS = 4096;

/** What created a task: the request's method and, for a tool's, the tool's name (as the request wrote it). */
export interface TaskOrigin {
  readonly method: string;
  readonly name: unknown;
}

/** The verdict on a task's origin under the policy in force now: PASS, or the refusal its request would get. */
export type OriginVerdict = (ctx: MessageContext, origin: TaskOrigin) => Verdict;

/** Methods whose answer speaks of one task, named by its taskId in the request. */
const ABOUT_ONE_TASK = new Set(["tasks/get", "tasks/result"]);

function ownTasks(ctx: MessageContext, keeper: TaskKeeper): Map<string, TaskOrigin> {
  const key = `session_tasks.${keeper}`;
  let tasks = ctx.state.get(key) as Map<string, TaskOrigin> | undefined;
  if (!tasks) ctx.state.set(key, (tasks = new Map()));
  return tasks;
}

const originOf = (ctx: MessageContext, keeper: TaskKeeper, taskId: unknown) =>
  typeof taskId === "string" ? ownTasks(ctx, keeper).get(taskId) : undefined;

/**
 * A request about one of the keeper's tasks: passed for a task the asker created in this session, while the
 * policy in force now would still let its origin pass (`now`); else refused as the keeper refuses a task it
 * does not know, or as the origin would be now. Cancelling a task stays open: it stops work, and reads nothing.
 */
export function guardTaskRequest(
  ctx: MessageContext,
  keeper: TaskKeeper,
  method: string,
  params: JsonObject | undefined,
  now: OriginVerdict,
): Verdict {
  if (method === "tasks/list") return PASS; // its answer is filtered (taskAnswer)
  const origin = originOf(ctx, keeper, params?.taskId);
  if (origin === undefined) return block("task_not_found", { server: ctx.server });
  return method === "tasks/cancel" ? PASS : now(ctx, origin);
}

/**
 * The keeper's answer to the asker's request: a task it created for the request is noted as the asker's;
 * the list of its tasks keeps only those whose origin passes now. An answer about one task (its result, its
 * state) whose origin the policy now refuses is refused so: the request for it may have left before a reload.
 */
export function taskAnswer(
  ctx: MessageContext,
  keeper: TaskKeeper,
  raw: JsonObject,
  now: OriginVerdict,
): Verdict {
  const result = raw.result as JsonObject | undefined;
  if (typeof result !== "object" || result === null) return PASS;
  const asked = ctx.request;
  if (asked !== undefined && ABOUT_ONE_TASK.has(asked.method)) {
    const origin = originOf(ctx, keeper, asked.params?.taskId);
    if (origin !== undefined) return now(ctx, origin);
  }
  const created = (result.task as JsonObject | undefined)?.taskId;
  const own = ownTasks(ctx, keeper);
  if (typeof created === "string") {
    own.set(created, { method: asked?.method ?? "", name: asked?.params?.name });
    if (own.size > MAX_OWN_TASKS) own.delete(own.keys().next().value as string);
  }
  if (asked?.method !== "tasks/list" || result.tasks === undefined) return PASS;
  const listed = Array.isArray(result.tasks) ? result.tasks : [];
  const kept = listed.filter((task) => {
    const origin = originOf(ctx, keeper, (task as JsonObject | null)?.taskId);
    return origin !== undefined && now(ctx, origin) === PASS;
  });
  if (kept.length === listed.length && Array.isArray(result.tasks)) return PASS;
  return { action: "modify", message: { ...raw, result: { ...result, tasks: kept } } };
}

/**
 * A keeper's status notification: passed for a task the other side created in this session whose origin
 * passes now, else dropped. A server that tells each session of its one credential about every task of that
 * credential would otherwise hand this identity the status, and its message, of a task another identity ran.
 */
export function guardTaskStatus(
  ctx: MessageContext,
  keeper: TaskKeeper,
  params: JsonObject | undefined,
  now: OriginVerdict,
): Verdict {
  const origin = originOf(ctx, keeper, params?.taskId);
  return origin === undefined ? block("task_not_found", { server: ctx.server }) : now(ctx, origin);
}
