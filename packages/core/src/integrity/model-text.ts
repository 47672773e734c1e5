// The text a model reads in a value a server sends it (a tool's result or error, the resources of a sampling
// request): every string, joined by line breaks, but binary contents written as base64, which say nothing to a
// model reading them (a resource's `blob`, and the `data` of an image or audio block), and a content block's
// `type`, which a client reads to show the block, not as its text ("text" would open every result as a line of
// its own, and an order at the start of a result would no longer stand at the start). A `blob` or image `data`
// that is not base64 is read (a block shaped as an image inside structuredContent reaches the model as text),
// and so is any other member named `data` (a web API's answer, `{ "data": { … } }`).
//
// Object keys are read too: a client hands the model a structuredContent (or a sampling request's tool
// schemas) as JSON, keys and all, so an order or hidden characters written as a key reach the model as surely
// as a value's. Each key is read once (a list of records repeats the same few keys), before its value, and the
// member names MCP gives its own messages are not read at all: a client lays the message out by them, and a
// "content" or "text" line before every part would move an order at a result's start from its start.
const BINARY_BLOCKS = new Set(["image", "audio"]);
const BLOCK_TYPES = new Set(["text", "image", "audio", "resource", "resource_link"]);
const BASE64 = /^[A-Za-z0-9+/=_\r\n-]*$/;
const PROTOCOL_MEMBERS = new Set([
  // a tool's result, its content blocks and the resources they embed or link
  ...["content", "structuredContent", "isError", "_meta", "type", "text", "data", "mimeType", "resource"],
  ...["uri", "blob", "name", "title", "description", "size", "annotations", "icons"],
  ...["audience", "priority", "lastModified", "src", "sizes", "theme"],
  // a read's contents, a prompt's messages, an error, a task, and a sampling request's tool blocks
  ...["contents", "messages", "role", "code", "message", "task", "tasks", "nextCursor", "taskId"],
  ...["status", "statusMessage", "createdAt", "lastUpdatedAt", "ttl", "pollInterval", "id", "input"],
  "toolUseId",
]);

const readByModel = (key: string, value: unknown, binary: boolean): boolean => {
  if (key === "type") return !BLOCK_TYPES.has(value as string);
  const bytes = key === "blob" || (binary && key === "data");
  return !bytes || typeof value !== "string" || !BASE64.test(value);
};

export function modelText(value: unknown): string {
  const parts: string[] = [];
  // Made at the first key of the value's own: most results have none, and this runs on every one.
  let keysRead: Set<string> | undefined;
  const walk = (v: unknown) => {
    if (typeof v === "string") parts.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (typeof v === "object" && v !== null) {
      const binary = "type" in v && typeof v.type === "string" && BINARY_BLOCKS.has(v.type);
      for (const [k, item] of Object.entries(v)) {
        if (!PROTOCOL_MEMBERS.has(k) && !keysRead?.has(k)) {
          (keysRead ??= new Set()).add(k);
          parts.push(k);
        }
        if (readByModel(k, item, binary)) walk(item);
      }
    }
  };
  walk(value);
  return parts.join("\n");
}
