// The text a model reads in a value a server sends it (a tool's result or error, the resources of a sampling
// request): every string, joined by line breaks, but binary contents written as base64, which say nothing to a
// model reading them (a resource's `blob` of bytes that are not text, and the `data` of an image or audio
// block), and a content block's `type`, which a client reads to show the block, not as its text ("text" would
// open every result as a line of its own, and an order at the start of a result would no longer stand at the
// start). A resource's base64 `blob` that holds text is read as the text a client decodes (text-blobs.ts). A
// `blob` or image `data` that is not base64 is read (a block shaped as an image inside structuredContent
// reaches the model as text), and so is any other member named `data` (a web API's answer, `{ "data": { … } }`).
// After them, the texts where neighbouring content items meet inside a word, read joined (item-joins.ts).
//
// Object keys are read too: a client hands the model a structuredContent (or a sampling request's tool
// schemas) as JSON, keys and all, so an order or hidden characters written as a key reach the model as surely
// as a value's. Each key is read once (a list of records repeats the same few keys), before its value, and the
// member names MCP gives its own messages are not read at all: a client lays the message out by them, and a
// "content" or "text" line before every part would move an order at a result's start from its start.
import { NO_TEXT, textsAcrossItems, type ItemText } from "./item-joins.js";
import { blobText, unreadableTextCharset } from "./text-blobs.js";

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
  // a tool's result in the 2024-10-07 form, which the SDK's clients accept ({ toolResult: … })
  "toolResult",
]);

const isBase64 = (value: unknown): value is string => typeof value === "string" && BASE64.test(value);

const readByModel = (key: string, value: unknown, binary: boolean): boolean => {
  if (key === "type") return !BLOCK_TYPES.has(value as string);
  const bytes = key === "blob" || (binary && key === "data");
  return !bytes || !isBase64(value);
};

type Fields = Record<string, unknown>;

/**
 * `unreadable`, when given, collects the charsets of text blobs this module cannot decode (text-blobs.ts): the
 * text returned holds only their UTF-8 reading.
 */
export function modelText(value: unknown, unreadable?: string[]): string {
  const parts: string[] = [];
  const joins: string[] = [];
  // Made at the first key of the value's own: most results have none, and this runs on every one.
  let keysRead: Set<string> | undefined;
  // A text blob is decoded once, for its own line and for the junctions with its neighbours.
  const decoded = new Map<Fields, string | undefined>();
  const blobOf = (v: Fields): string | undefined => {
    if (!isBase64(v.blob)) return undefined;
    if (!decoded.has(v)) {
      decoded.set(v, blobText(v.blob, v.mimeType));
      const charset = unreadable && unreadableTextCharset(v.mimeType);
      if (charset) unreadable.push(charset);
    }
    return decoded.get(v);
  };
  // A content item's text, a resource's (read's contents), or an embedded resource's. Only members MCP names
  // for content are read by name (read-members.ts): a prompt's messages, turns of their own, are not joined.
  const itemText = (item: unknown, embedded = false): ReturnType<ItemText> => {
    if (typeof item !== "object" || item === null || Array.isArray(item)) return undefined;
    const { type, text, uri, resource } = item as Fields;
    if (typeof type === "string" && BINARY_BLOCKS.has(type)) return NO_TEXT;
    if (type === "text" || (type === undefined && typeof uri === "string"))
      return typeof text === "string" ? text : blobOf(item as Fields);
    return type === "resource" && !embedded ? itemText(resource, true) : undefined;
  };
  const walk = (v: unknown) => {
    if (typeof v === "string") parts.push(v);
    else if (Array.isArray(v)) {
      v.forEach(walk);
      if (v.length > 1) joins.push(...textsAcrossItems(v, itemText));
    } else if (typeof v === "object" && v !== null) {
      const binary = "type" in v && typeof v.type === "string" && BINARY_BLOCKS.has(v.type);
      // Its keys, not Object.entries: no [key, value] pair per member of every result reviewed.
      const keys = Object.keys(v);
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i] as string;
        const item = (v as Fields)[k];
        if (!PROTOCOL_MEMBERS.has(k) && !keysRead?.has(k)) {
          (keysRead ??= new Set()).add(k);
          parts.push(k);
        }
        if (readByModel(k, item, binary)) walk(item);
        else if (k === "blob") {
          const text = blobOf(v as Fields);
          if (text) parts.push(text);
        }
      }
    }
  };
  walk(value);
  return [...parts, ...joins].join("\n");
}
