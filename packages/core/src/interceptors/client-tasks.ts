// A server may ask the client about the client's tasks (tasks/get, tasks/result, tasks/cancel, tasks/list),
// the ones the client runs when the server's sampling or elicitation asks to be run as a task. A host keeps
// its tasks in one store (the SDK's InMemoryTaskStore scopes them by a transport's session id, which stdio
// has none of), so without a check one server reads the tasks the client ran for another: its model's
// answers, its user's replies, whatever that server's policy and this one's. So a server is answered about a
// task only when the client created it through this session, answering this server's own request (which
// passed this server's policy); tasks/list answers keep those alone.
import type { JsonObject } from "../jsonrpc.js";
import type { MessageContext, Verdict } from "../pipeline.js";
import { block, PASS } from "./verdicts.js";

const OWN_TASKS = "sampling_guard.client_tasks";
/** Tasks kept per session; beyond it the oldest are forgotten (a server then cannot ask about them). */
const MAX_OWN_TASKS = 4096;

function ownTasks(ctx: MessageContext): Set<string> {
  let tasks = ctx.state.get(OWN_TASKS) as Set<string> | undefined;
  if (!tasks) ctx.state.set(OWN_TASKS, (tasks = new Set()));
  return tasks;
}

/** The server's request about one of the client's tasks: passed for a task it created here, else refused. */
export function guardClientTaskRequest(ctx: MessageContext, method: string, raw: JsonObject): Verdict {
  if (method === "tasks/list") return PASS; // its answer is filtered (clientTasksAnswer)
  const taskId = (raw.params as JsonObject | undefined)?.taskId;
  if (typeof taskId === "string" && ownTasks(ctx).has(taskId)) return PASS;
  return block("task_not_found", { server: ctx.server });
}

/**
 * The client's answer to a server's request: a task it created for the request is noted as the server's;
 * the list of its tasks keeps only those.
 */
export function clientTasksAnswer(ctx: MessageContext, raw: JsonObject): Verdict {
  const result = raw.result as JsonObject | undefined;
  if (typeof result !== "object" || result === null) return PASS;
  const created = (result.task as JsonObject | undefined)?.taskId;
  if (typeof created === "string") {
    const tasks = ownTasks(ctx);
    tasks.add(created);
    if (tasks.size > MAX_OWN_TASKS) tasks.delete(tasks.values().next().value as string);
  }
  if (ctx.request?.method !== "tasks/list" || result.tasks === undefined) return PASS;
  const own = ownTasks(ctx);
  const listed = Array.isArray(result.tasks) ? result.tasks : [];
  const kept = listed.filter((task) => own.has((task as JsonObject | null)?.taskId as string));
  if (kept.length === listed.length && Array.isArray(result.tasks)) return PASS;
  return { action: "modify", message: { ...raw, result: { ...result, tasks: kept } } };
}
