// The members the checks read by name, and where: per method, in a request's or notification's params, in
// a response's result, and in an error. A peer that matches keys case-insensitively reads `Mode` as `mode`,
// so a member is refused wherever it stands in another case than the one a check reads (case-variants.ts).
// `read-members.test.ts` runs the checks over messages of each method and fails when one reads a member by
// name that is not listed here: a new check cannot read a member the case-variant refusal does not cover.
//
// A shape names the members read in an object; "*" stands for each member, whatever its name (a form's
// fields, a schema's properties; "*" of a shape that refers to itself is "at any depth"). An array takes its
// items through the shape of the array itself. Members read only by walking every key (the scanner reads
// every value whatever its key's case; an argument is judged a path by a case-insensitive pattern on its
// name) need no entry.

export interface Shape {
  readonly [member: string]: Shape;
}

const LEAF: Shape = {};

/** Shapes whose members are only leaves, from their names. */
const leaves = (...names: string[]): Record<string, Shape> =>
  Object.fromEntries(names.map((name) => [name, LEAF]));

/** Read in every message of its kind, whatever its method (the guard reads them before knowing the method). */
const EVERY_PARAMS = leaves(
  "name",
  "arguments",
  "uri",
  "ref",
  "argument",
  "capabilities",
  "maxTokens",
  "includeContext",
);
const EVERY_RESULT: Record<string, Shape> = {
  // The task the client ran a server's request as (session-tasks.ts).
  task: leaves("taskId"),
  ...leaves(
    "tools",
    "prompts",
    "resources",
    "resourceTemplates",
    "instructions",
    "content",
    "contents",
    "structuredContent",
    "messages",
    "roots",
  ),
};

/**
 * Embedded resources and links at any depth of content (embedded-resources.ts, resource-links.ts), the
 * content blocks that hold them (a sampling message's tool results), a text item's text, which the
 * stream's junction reads on from a log line (notification-junctions.ts), and a resource's blob and mime
 * type, which tell whether the blob is text a model reads (text-blobs.ts); a message's role, by which a
 * prompt's turns are told from a tool's result (result-prompt-turns.ts); a block's audience, by which a block
 * for the assistant alone is read as addressed to it (result-labelled-orders.ts).
 */
const EMBEDDING: Shape = (() => {
  const shape: Record<string, Shape> = leaves(
    "type",
    "uri",
    "resource",
    "content",
    "structuredContent",
    "text",
    "blob",
    "mimeType",
    "role",
  );
  shape.annotations = leaves("audience");
  shape["*"] = shape;
  return shape;
})();

/** A form elicitation's field (credential-form.ts), a nested one judged as a field too. */
const FORM_FIELD: Shape = (() => {
  const field: Record<string, Shape> = {
    ...leaves("type", "title", "description", "enum"),
    oneOf: leaves("const", "title"),
    anyOf: leaves("const", "title"),
  };
  field.items = field;
  field.properties = { "*": field };
  return field;
})();

/** What an elicitation shows the user (sampling-guard.ts): a form's message and fields, or a link. */
const ELICITATION: Shape = {
  ...leaves("mode", "url", "message"),
  requestedSchema: { properties: { "*": FORM_FIELD } },
};

/**
 * A JSON schema in a listed definition, read for parameter descriptions at any depth, for what a parameter's
 * values ask for (its default, const, examples and enum, read with its description), and for which of its
 * properties it requires (tool integrity: out-of-scope-parameters.ts reads an optional, unworded slot as less).
 */
const DEFINITION_SCHEMA: Shape = (() => {
  const schema: Record<string, Shape> = {
    ...leaves("default", "const", "examples", "enum"),
    description: LEAF,
    required: LEAF,
  };
  for (const name of ["properties", "patternProperties", "$defs", "definitions"])
    schema[name] = { "*": schema };
  for (const name of ["anyOf", "oneOf", "allOf", "prefixItems", "items", "additionalProperties"])
    schema[name] = schema;
  for (const name of ["not", "if", "then", "else", "contains"]) schema[name] = schema;
  return schema;
})();

/** A listed tool; its title and its annotations' title and readOnlyHint, which a person is shown (belied-title.ts). */
const TOOL: Shape = {
  ...leaves("name", "title", "input_schema", "parameters", "arguments"),
  annotations: { ...DEFINITION_SCHEMA, ...leaves("title", "readOnlyHint") },
  "*": DEFINITION_SCHEMA,
};

/** Params, by method. */
const PARAMS: Readonly<Record<string, Shape>> = {
  initialize: {
    // The revision asked for (sampling-guard.ts: one the guard knows, round 48).
    protocolVersion: LEAF,
    capabilities: {
      ...leaves("sampling", "elicitation"),
      tasks: { requests: leaves("sampling", "elicitation") },
    },
  },
  "completion/complete": {
    ref: leaves("type", "name", "uri"),
    argument: leaves("name", "value"),
    context: leaves("arguments"),
  },
  // The tool results a sampling request hands the model are read in its messages, and the tools it offers
  // the model are scored as listed ones (sampling-review.ts).
  "sampling/createMessage": { ...EMBEDDING, messages: EMBEDDING, tools: TOOL },
  "elicitation/create": ELICITATION,
  // The text a stream carries, read across notifications (notification-junctions.ts).
  "notifications/message": leaves("data"),
  "notifications/progress": leaves("message"),
  // A server's requests about the client's tasks (session-tasks.ts).
  "tasks/get": leaves("taskId"),
  "tasks/result": leaves("taskId"),
  "tasks/cancel": leaves("taskId"),
};

/** Results, by the method of the request they answer. */
const RESULTS: Readonly<Record<string, Shape>> = {
  "tools/list": { nextCursor: LEAF, tools: TOOL },
  "prompts/list": { nextCursor: LEAF, prompts: leaves("name") },
  "resources/list": { nextCursor: LEAF, resources: leaves("uri") },
  "resources/templates/list": { nextCursor: LEAF, resourceTemplates: leaves("uriTemplate") },
  // Of a tool's result, the content shown; its structuredContent is the tool's own data (a database's rows,
  // keys in any case), where links are taken out as a precaution but no client reads one as a link.
  "tools/call": { type: LEAF, content: EMBEDDING },
  "tasks/result": { type: LEAF, content: EMBEDDING },
  "resources/read": { type: LEAF, contents: EMBEDDING },
  "prompts/get": { type: LEAF, messages: EMBEDDING },
  "completion/complete": { completion: leaves("values") },
  "roots/list": { roots: leaves("uri") },
  // What a server says of itself (self-description.ts): its version is left out of the pin; a kind it
  // declares no capability of is pinned as empty (tool-integrity.ts).
  initialize: {
    protocolVersion: LEAF,
    serverInfo: leaves("version"),
    capabilities: leaves("tools", "prompts", "resources"),
  },
  "tasks/list": { nextCursor: LEAF, tasks: leaves("taskId") },
};

/**
 * An error: one that elicits in place of a result (URLElicitationRequired, sampling-guard.ts), or a server's
 * shaped like the guard's own approval errors (guard-voice.ts).
 */
export const ERROR_READ: Shape = {
  ...leaves("code", "message"),
  data: { ...leaves("reason", "approval_id", "approve"), elicitations: ELICITATION },
};

/**
 * Each method's shape merged with what every message of its kind reads, once: the shapes are asked for on
 * every message, and one merged per message also missed foldedMember's cache (case-variants.ts), keyed by
 * the shape.
 */
const withEvery = (every: Record<string, Shape>, own: Readonly<Record<string, Shape>>) =>
  new Map(Object.entries(own).map(([method, shape]) => [method, { ...every, ...shape }]));
const PARAMS_READ: ReadonlyMap<string, Shape> = withEvery(EVERY_PARAMS, PARAMS);
const RESULTS_READ: ReadonlyMap<string, Shape> = withEvery(EVERY_RESULT, RESULTS);

/** The members read in the params of `method`. */
export function paramsRead(method: string): Shape {
  return PARAMS_READ.get(method) ?? EVERY_PARAMS;
}

/** The members read in a result answering `method` (undefined when the request is not known). */
export function resultRead(method: string | undefined): Shape {
  return (method === undefined ? undefined : RESULTS_READ.get(method)) ?? EVERY_RESULT;
}
