// What may be called: tools, prompts and resources against the effective allow and deny lists, after
// normalisation. The list responses are filtered by exactly the same rules, so a client is only shown
// what it may use. Requests that name a sensitive resource (as a URI, or as a path in a tool's arguments
// resolved the way the server resolves it) are refused too. The server's tasks are asked about only by the
// session that created them (session-tasks.ts).
import type { ErrorReason } from "../errors.js";
import type { JsonObject } from "../jsonrpc.js";
import { canonicalRoot, clientRoots } from "../policy/client-roots.js";
import { normalizeName, normalizeUri, type Normalized } from "../policy/normalize.js";
import { decide, type EffectivePolicy, type Rule } from "../policy/policy.js";
import { expandTemplate, fillTemplate } from "../policy/uri-template.js";
import { embeddedResources } from "../protocol/embedded-resources.js";
import type { Interceptor, MessageContext, Verdict } from "../pipeline.js";
import { linkedResourceVerdict } from "./resource-links.js";
import { guardTaskRequest, guardTaskStatus, taskAnswer, type TaskOrigin } from "./session-tasks.js";
import { block, PASS } from "./verdicts.js";

/** A resource URI as written and, for a file on this machine, where it leads through links (resource-links.ts). */
function checkResource(policy: EffectivePolicy, uri: unknown): Verdict {
  const normalized = normalizeUri(uri);
  const written = check(normalized, policy.resources, "resource_denied", "uri");
  if (written.action !== "pass" || !normalized.ok || typeof uri !== "string") return written;
  return linkedResourceVerdict(policy, uri, normalized.value);
}

function check(normalized: Normalized, rule: Rule, denied: ErrorReason, what: string): Verdict {
  if (!normalized.ok) return block(normalized.reason, { detail: normalized.detail });
  const decision = decide(rule, normalized.value);
  if (decision === "allowed") return PASS;
  return block(denied, {
    [what]: normalized.value,
    rule: decision === "denied" ? "deny_list" : "allow_list",
  });
}

function checkRequest(ctx: MessageContext, method: string, params: JsonObject | undefined): Verdict {
  const { tools, prompts, resources } = ctx.policy;
  switch (method) {
    case "tools/call":
      return check(normalizeName(params?.name), tools, "tool_denied", "tool");
    case "prompts/get":
      return check(normalizeName(params?.name), prompts, "prompt_denied", "prompt");
    case "resources/read":
    case "resources/subscribe":
    case "resources/unsubscribe":
      return checkResource(ctx.policy, params?.uri);
    case "completion/complete": {
      const ref = params?.ref as { type?: unknown; name?: unknown; uri?: unknown } | undefined;
      if (ref?.type === "ref/prompt")
        return check(normalizeName(ref.name), prompts, "prompt_denied", "prompt");
      if (ref?.type === "ref/resource") {
        const template = check(normalizeUri(ref.uri), resources, "resource_denied", "uri");
        if (template.action !== "pass" || typeof ref.uri !== "string") return template;
        // The URI the argument completes: "secret/" in file:///{path} asks for what file:///secret/ holds. One
        // that cannot be normalised is refused as its read would be: "../secret/" in file:///public/{path}
        // climbs into what a deny rule covers, and the server would complete names from there (round 27).
        const given = completionArguments(params);
        // MCP's argument values are strings; a server that reads another kind loosely (["secret/"] as
        // "secret/") would complete a URI the guard never judged.
        if (!given) return block("invalid_request", { detail: "completion argument values must be strings" });
        return checkResource(ctx.policy, expandTemplate(ref.uri, given));
      }
      // No other kind of ref exists; one the guard cannot check must not reach a server that reads it loosely.
      return block("invalid_request", { detail: "completion ref must be ref/prompt or ref/resource" });
    }
    // The server's tasks are the client's to ask about only when this session created them (session-tasks.ts).
    case "tasks/get":
    case "tasks/result":
    case "tasks/cancel":
      return guardTaskRequest(ctx, "server", method, params, originNow);
    default:
      return PASS;
  }
}

/**
 * A client's request judged again by the policy in force now, when its answer (or its task's) comes back: a
 * reload may have denied its tool or prompt since it left, and what it returns leaves under that policy, as a
 * call held for a person does (round 49). A resource's contents are judged as they leave already
 * (filterContents). Only the name is judged: the rest of the request passed when it left.
 */
function answeredNow(ctx: MessageContext, method: string, name: unknown): Verdict {
  const rule =
    method === "tools/call" ? ctx.policy.tools : method === "prompts/get" ? ctx.policy.prompts : undefined;
  if (rule === undefined) return PASS;
  const named = normalizeName(name);
  // A name that cannot be read was refused as its request left: no answer to it comes to be judged.
  if (!named.ok) return PASS;
  return method === "tools/call"
    ? check(named, rule, "tool_denied", "tool")
    : check(named, rule, "prompt_denied", "prompt");
}

const originNow = (ctx: MessageContext, origin: TaskOrigin) => answeredNow(ctx, origin.method, origin.name);

/**
 * The values a completion request gives: the other arguments' (`context.arguments`) and the one completed;
 * undefined when any of them is not a string.
 */
function completionArguments(params: JsonObject | undefined): Record<string, string> | undefined {
  const values: Record<string, unknown> = {};
  const context = (params?.context as { arguments?: unknown } | undefined)?.arguments;
  if (typeof context === "object" && context !== null) Object.assign(values, context);
  const argument = params?.argument as { name?: unknown; value?: unknown } | undefined;
  if (typeof argument?.name === "string") values[argument.name] = argument.value;
  const strings = Object.values(values).every((value) => typeof value === "string");
  return strings ? (values as Record<string, string>) : undefined;
}

/**
 * A completion offers values for one argument; each is kept only when the client could read what it names, by
 * the rule a read is judged by (readableResource). Against a resource template, the URI the value makes: the
 * server completes "secre" to the names inside secret/, and "." in file:///home/me/{path} to .ssh/id_ed25519,
 * which a read refuses as a credential file. Whatever the ref, a value that is itself a URI: a prompt taking
 * a resource's URI as its argument is completed from the server's resources, the denied ones among them
 * (until round 48 a prompt's completion was not filtered).
 */
function filterCompletion(ctx: MessageContext, raw: JsonObject): Verdict {
  const params = ctx.request?.params;
  const result = raw.result as { completion?: { values?: unknown } } | undefined;
  const values = result?.completion?.values;
  if (!Array.isArray(values)) return PASS;
  const readable = readableResource(ctx);
  const made = templateOfCompletion(params);
  const kept = values.filter(
    (value) =>
      typeof value === "string" &&
      urisNamed(value).every((uri) => readable({ uri })) &&
      (made === undefined || readable({ uri: made(value) })),
  );
  if (kept.length === values.length) return PASS;
  const completion = { ...result?.completion, values: kept, total: kept.length, hasMore: false };
  return { action: "modify", message: { ...raw, result: { ...result, completion } } };
}

/** For a completion against a resource template, the URI a value of the completed argument makes. */
function templateOfCompletion(params: JsonObject | undefined): ((value: string) => string) | undefined {
  const ref = params?.ref as { type?: unknown; uri?: unknown } | undefined;
  const name = (params?.argument as { name?: unknown } | undefined)?.name;
  if (ref?.type !== "ref/resource" || typeof ref.uri !== "string" || typeof name !== "string")
    return undefined;
  const template = ref.uri;
  const given = completionArguments(params) ?? {};
  return (value) => expandTemplate(template, { ...given, [name]: value });
}

/** A value written as one URI: a scheme of two characters or more (not a drive letter), no blank ("fix: typo"). */
const WHOLE_URI = /^[A-Za-z][A-Za-z0-9+.-]+:\S*$/;
/** A URI with an authority inside a longer value ("<file:///etc/passwd>", "payroll: file:///srv/…"). */
const EMBEDDED_URI = /[A-Za-z][A-Za-z0-9+.-]+:\/\/[^\s"'<>`]+/g;

/**
 * The URIs a completed value names, each judged as a read of it: the value itself, blanks around it aside, when
 * it is written as one, and any URI with an authority inside it (round 48's review: a blank before the value or
 * brackets around it passed a denied one). Any other value ("en-US", "10:30", a name) names no resource.
 */
function urisNamed(value: string): string[] {
  const whole = value.trim();
  const uris = WHOLE_URI.test(whole) ? [whole] : [];
  for (const m of whole.matchAll(EMBEDDED_URI)) if (m[0] !== whole) uris.push(m[0]);
  return uris;
}

const allowedBy = (rule: Rule, normalized: Normalized) =>
  normalized.ok && decide(rule, normalized.value) === "allowed";

/**
 * For each list method: the array in the result, and which entries may be shown. A resource is listed only when
 * the client could read it (readableResource: its links followed, and no credential file, as for a read), and a
 * template only when the URIs it makes could be read (readableTemplate).
 */
const LISTS: Record<
  string,
  { key: string; keep: (ctx: MessageContext) => (entry: Record<string, unknown>) => boolean }
> = {
  "tools/list": { key: "tools", keep: (ctx) => (e) => allowedBy(ctx.policy.tools, normalizeName(e.name)) },
  "prompts/list": {
    key: "prompts",
    keep: (ctx) => (e) => allowedBy(ctx.policy.prompts, normalizeName(e.name)),
  },
  "resources/list": { key: "resources", keep: readableResource },
  "resources/templates/list": {
    key: "resourceTemplates",
    keep: (ctx) => {
      const readable = readableResource(ctx);
      return (e) => readableTemplate(readable, e.uriTemplate);
    },
  },
};

/** The value each variable of a listed template is given to judge the URI the template makes. */
const SAMPLE_VALUE = "x";

/**
 * A template is judged as written (a rule may name it as the server spells it, as a completion's `ref` is
 * judged) and by the URI it makes, each variable filled in (fillTemplate): `file:///secret{/name}`, `{.ext}`,
 * `{+path}`, `{?q}` lead where their operators put the value, so a template into a denied folder or a
 * credential file is withheld whichever operator spells its path.
 */
function readableTemplate(readable: (resource: unknown) => boolean, template: unknown): boolean {
  if (typeof template !== "string") return false;
  return readable({ uri: template }) && readable({ uri: fillTemplate(template, SAMPLE_VALUE) });
}

function filterList(ctx: MessageContext, raw: JsonObject, method: string): Verdict {
  const list = LISTS[method];
  const result = raw.result as JsonObject | undefined;
  const entries = result?.[list?.key ?? ""];
  if (!list || !Array.isArray(entries)) return PASS;
  const keep = list.keep(ctx);
  const kept = entries.filter(
    (e) => typeof e === "object" && e !== null && keep(e as Record<string, unknown>),
  );
  if (kept.length === entries.length) return PASS;
  return { action: "modify", message: { ...raw, result: { ...result, [list.key]: kept } } };
}

/**
 * Resource contents reach the client only when it could read that resource itself: by the same rules as a
 * read (a URI that cannot be normalised does not pass), and none that names a credential file when sensitive
 * resources are blocked. A resources/read result lists contents each with its own URI (a directory read
 * returns its files); a tool's result and a prompt's messages embed resources the same way.
 */
function readableResource(ctx: MessageContext): (resource: unknown) => boolean {
  const refusal = resourceRefusal(ctx);
  return (resource) => refusal(resource) === undefined;
}

/** Why the client could not read a resource itself (see readableResource), or undefined when it could. */
function resourceRefusal(ctx: MessageContext): (resource: unknown) => Verdict | undefined {
  const { resources, integrity } = ctx.policy;
  const sensitive = integrity.sensitive_resources === "block" ? integrity.sensitive : undefined;
  return (resource) => {
    const uri = (resource as { uri?: unknown } | null)?.uri;
    const normalized = normalizeUri(uri);
    if (typeof uri !== "string" || !normalized.ok || !allowedBy(resources, normalized))
      return block("resource_denied", { uri: typeof uri === "string" ? uri : null });
    // Contents a server read through a link into a denied folder are that folder's contents.
    const linked = linkedResourceVerdict(ctx.policy, uri, normalized.value);
    if (linked.action !== "pass") return linked;
    if (sensitive?.matches(uri)) return block("sensitive_resource", { target: uri });
    return undefined;
  };
}

/**
 * An embedded resource item ({type: "resource", resource}) is kept when its resource is readable, and so is
 * a link to one ({type: "resource_link", uri, description}): it names the resource as a listing would.
 */
function embeddedReadable(readable: (resource: unknown) => boolean): (item: unknown) => boolean {
  return (item) => {
    const { type, resource } = (item ?? {}) as { type?: unknown; resource?: unknown };
    if (type === "resource_link") return readable(item);
    return type !== "resource" || readable(resource);
  };
}

/**
 * Where each result holds resource contents, and which entries of that array may be shown. Every other member
 * of the result is free JSON (filterContents).
 */
const CONTENTS: Record<
  string,
  { key: string; keep: (readable: (r: unknown) => boolean) => (e: unknown) => boolean }
> = {
  "resources/read": { key: "contents", keep: (readable) => readable },
  "tools/call": { key: "content", keep: embeddedReadable },
  // A call made as a task returns its tool result later, as the result of tasks/result.
  "tasks/result": { key: "content", keep: embeddedReadable },
  // A message's content is one block or, as some servers send it, a list of blocks: a message is kept when
  // every resource it embeds, at any depth, is readable (one nested too deep to judge is not).
  "prompts/get": {
    key: "messages",
    keep: (readable) => (message) => (embeddedResources(message) ?? [undefined]).every(readable),
  },
};

/** The members prune judges an object of free JSON by. */
interface ResourceShape {
  uri?: unknown;
  text?: unknown;
  blob?: unknown;
  type?: unknown;
  resource?: unknown;
}
const SHAPE_MEMBERS = new Set(["uri", "text", "blob", "type", "resource"]);

/**
 * An object's ResourceShape members, whatever the case of their names: in free JSON nothing else names them,
 * and a peer that reads keys case-insensitively (Go's encoding/json, .NET) reads `URI` and `Text` as a
 * resource's. Undefined when one is written twice in different cases, which one peer reads one way and
 * another the other (pruned: not shown rather than judged by one spelling).
 */
function shapeOf(value: object): ResourceShape | undefined {
  const shape: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const member = key.toLowerCase();
    if (!SHAPE_MEMBERS.has(member)) continue;
    if (Object.hasOwn(shape, member)) return undefined;
    shape[member] = (value as Record<string, unknown>)[key];
  }
  return shape;
}

/** An embedded resource's own object, read as shapeOf reads it (anything else is judged as it is). */
const resourceOf = (resource: unknown): unknown =>
  typeof resource === "object" && resource !== null && !Array.isArray(resource)
    ? shapeOf(resource)
    : resource;

/** Marks what prune removed, so that the caller knows to rewrite the message. */
const PRUNED = Symbol("pruned");

/**
 * A tool's structuredContent is free JSON, so resource contents may sit anywhere in it: every object with a
 * `uri` and a `text` or `blob` (and every embedded resource item or resource link) whose resource is not readable is dropped
 * from its array or object. Nothing is copied unless something is dropped (this walks every tool result).
 */
function prune(value: unknown, readable: (resource: unknown) => boolean, depth = 0): unknown {
  if (typeof value !== "object" || value === null) return value;
  const shape = Array.isArray(value) ? {} : shapeOf(value);
  if (shape === undefined) return PRUNED;
  if ("uri" in shape && ("text" in shape || "blob" in shape) && !readable(shape)) return PRUNED;
  if (shape.type === "resource" && !readable(resourceOf(shape.resource))) return PRUNED;
  if (shape.type === "resource_link" && !readable(shape)) return PRUNED;
  if (depth > 64) return PRUNED; // deeper than any result we judge: not shown rather than not checked
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    value.forEach((item, i) => {
      const after = prune(item, readable, depth + 1);
      if (after !== item) out ??= value.slice(0, i);
      if (out !== undefined && after !== PRUNED) out.push(after);
    });
    return out ?? value;
  }
  let out: Record<string, unknown> | undefined;
  for (const [key, item] of Object.entries(value)) {
    const after = prune(item, readable, depth + 1);
    if (after === item) continue;
    out ??= { ...value };
    if (after === PRUNED) delete out[key];
    else out[key] = after;
  }
  return out ?? value;
}

/**
 * The method's list is filtered entry by entry; every other member of the result (and the list itself, when
 * it is not one) is free JSON a client may show, pruned wherever resource contents or links sit in it: a
 * tool's structuredContent, the `toolResult` of a tool's result in the 2024-10-07 form (which the SDK's clients
 * accept and show, its contents embedded or bare), and whatever else a server puts beside them.
 */
function filterContents(ctx: MessageContext, raw: JsonObject, method: string): Verdict {
  const where = CONTENTS[method];
  const result = raw.result as JsonObject | undefined;
  if (!where || typeof result !== "object" || result === null) return PASS;
  const readable = readableResource(ctx);
  let rewritten: JsonObject | undefined;
  for (const [member, value] of Object.entries(result)) {
    const after =
      member === where.key && Array.isArray(value)
        ? keptEntries(value, where.keep(readable))
        : prune(value, readable);
    if (after === value) continue;
    rewritten ??= { ...result };
    if (after === PRUNED) delete rewritten[member];
    else rewritten[member] = after as JsonObject;
  }
  return rewritten ? { action: "modify", message: { ...raw, result: rewritten } } : PASS;
}

/** The entries `keep` keeps: the same array when it keeps them all. */
function keptEntries(entries: unknown[], keep: (entry: unknown) => boolean): unknown[] {
  const kept = entries.filter(keep);
  return kept.length === entries.length ? entries : kept;
}

/**
 * The server's own sampling request may embed resources in the messages it has the client's model read, link
 * to them, or carry their contents bare in a tool result's structuredContent. One the client could not read
 * itself refuses the request: without it the conversation would mislead the model.
 */
function checkSamplingResources(ctx: MessageContext, params: JsonObject | undefined): Verdict {
  const refusal = resourceRefusal(ctx);
  let refused: Verdict | undefined;
  const readable = (resource: unknown) => (refused ??= refusal(resource)) === undefined;
  const after = prune(params, readable);
  if (refused) return refused;
  if (after !== params)
    return block("invalid_request", { detail: "sampling request nested too deep to check" });
  return PASS;
}

/**
 * What a server sends the client beside a result is free JSON too: an error's `data` (a client shows the model
 * a failed call's data, whatever the call) and a log message's `data`. Resource contents and links in it are
 * taken out as from a tool's structuredContent. An error whose whole data is one loses its data (which is
 * optional); a log message whose whole data is one is dropped, since a log message must carry data.
 */
function pruneData(ctx: MessageContext, raw: JsonObject, member: "error" | "params"): Verdict {
  const holder = raw[member] as JsonObject | undefined;
  if (typeof holder !== "object" || holder === null || !("data" in holder)) return PASS;
  const after = prune(holder.data, readableResource(ctx));
  if (after === holder.data) return PASS;
  if (after !== PRUNED)
    return { action: "modify", message: { ...raw, [member]: { ...holder, data: after } } };
  if (member === "params") return block("resource_denied", { uri: null });
  const { data: _withheld, ...rest } = holder;
  return { action: "modify", message: { ...raw, [member]: rest } };
}

const ROOTS = "permissions.roots";
const RESOURCE_UPDATED = "notifications/resources/updated";
const TASK_STATUS = "notifications/tasks/status";

/**
 * The client's roots (canonical paths), from its answer to the server's roots/list: a server resolves
 * relative paths against them, and a file server (server-filesystem) makes them the folders it serves. So a
 * root the client could not read as a resource (a folder the server's permissions deny, or outside those
 * they allow, or a credential folder when sensitive resources are blocked) is taken out of the answer, as a
 * root the guard cannot read is (clientRoots): one answer of the client's would otherwise undo the
 * operator's "not this folder". A root above a denied folder stays: the folder is denied, not its parent.
 */
function noteRoots(ctx: MessageContext, raw: JsonObject): Verdict {
  const result = raw.result as { roots?: unknown } | undefined;
  if (!Array.isArray(result?.roots)) return PASS;
  const readable = clientRoots(result.roots).readable ?? result.roots;
  // Each judged where the server's URL parser puts it: `file:///work/x/../home` is the folder /work/home.
  const canRead = readableResource(ctx);
  const permitted = readable.filter((root) =>
    canRead({ uri: canonicalRoot((root as { uri?: unknown }).uri) }),
  );
  ctx.state.set(ROOTS, clientRoots(permitted).paths);
  if (permitted.length === result.roots.length) return PASS;
  const denied = readable.length - permitted.length;
  return {
    action: "modify",
    message: { ...raw, result: { ...result, roots: permitted } },
    ...(denied > 0
      ? { findings: [`${denied} of the client's roots denied by the permissions, taken out`] }
      : {}),
  };
}

/** The URI or tool argument of a request that names a credential file, key or metadata endpoint. */
function sensitiveTarget(ctx: MessageContext, method: string, params: JsonObject | undefined) {
  const sensitive = ctx.policy.integrity.sensitive;
  if (method.startsWith("resources/") && typeof params?.uri === "string")
    return sensitive.matches(params.uri) ? params.uri : undefined;
  const roots = (ctx.state.get(ROOTS) as string[] | undefined) ?? [];
  if (method === "completion/complete") {
    const ref = params?.ref as { type?: unknown; uri?: unknown } | undefined;
    if (ref?.type === "ref/resource" && typeof ref.uri === "string" && sensitive.matches(ref.uri))
      return ref.uri;
    // The partial value goes to the server, which completes it: a path completed inside ~/.ssh lists it.
    // So do the values already given to the other arguments (`context.arguments`), which the server
    // completes against (a file inside the directory another argument names).
    const argument = params?.argument as { name?: unknown; value?: unknown } | undefined;
    const context = (params?.context as { arguments?: unknown } | undefined)?.arguments;
    const completed =
      typeof argument?.name === "string"
        ? sensitive.inArguments({ [argument.name]: argument.value }, roots)
        : undefined;
    return completed ?? sensitive.inArguments(context, roots);
  }
  // A prompt's arguments are filled into its messages by the server, which may read what they name.
  if (method === "tools/call" || method === "prompts/get") {
    // A tool's name may say that it moves or removes what its path arguments name (move_file).
    const tool = method === "tools/call" && typeof params?.name === "string" ? params.name : undefined;
    return sensitive.inArguments(params?.arguments, roots, tool);
  }
  return undefined;
}

function checkSensitive(ctx: MessageContext, method: string, params: JsonObject | undefined): Verdict {
  const mode = ctx.policy.integrity.sensitive_resources;
  if (mode === "off") return PASS;
  const target = sensitiveTarget(ctx, method, params);
  if (target === undefined) return PASS;
  if (mode === "block") return block("sensitive_resource", { target });
  return { action: "pass", findings: ["sensitive resource requested"] };
}

export function permissions(): Interceptor {
  return {
    name: "permissions",
    inspect(ctx) {
      const m = ctx.message;
      if (ctx.direction === "to_server" && m.kind === "request") {
        const verdict = checkRequest(ctx, m.method, m.params);
        return verdict.action === "block" ? verdict : checkSensitive(ctx, m.method, m.params);
      }
      if (ctx.direction === "to_server" && m.kind === "response" && !m.error)
        return ctx.request?.method === "roots/list" ? noteRoots(ctx, m.raw) : PASS;
      if (ctx.direction === "to_client" && m.kind === "request" && m.method === "sampling/createMessage")
        return checkSamplingResources(ctx, m.params);
      // An update about a resource the client may not read names it, as a listing would.
      if (ctx.direction === "to_client" && m.kind === "notification" && m.method === RESOURCE_UPDATED)
        return readableResource(ctx)(m.params) ? PASS : block("resource_denied", { uri: null });
      if (ctx.direction === "to_client" && m.kind === "notification" && m.method === TASK_STATUS)
        return guardTaskStatus(ctx, "server", m.params, originNow);
      if (ctx.direction === "to_client" && m.kind === "notification" && m.method === "notifications/message")
        return pruneData(ctx, m.raw, "params");
      if (ctx.direction === "to_client" && m.kind === "response" && m.error)
        return pruneData(ctx, m.raw, "error");
      if (ctx.direction === "to_client" && m.kind === "response" && !m.error && ctx.request) {
        const method = ctx.request.method;
        const late = answeredNow(ctx, method, ctx.request.params?.name);
        if (late !== PASS) return late;
        // Notes the task a call created as this session's; a tasks/list answer keeps those alone.
        const tasks = taskAnswer(ctx, "server", m.raw, originNow);
        if (tasks !== PASS) return tasks;
        if (method === "completion/complete") return filterCompletion(ctx, m.raw);
        return Object.hasOwn(CONTENTS, method)
          ? filterContents(ctx, m.raw, method)
          : filterList(ctx, m.raw, method);
      }
      return PASS;
    },
  };
}
