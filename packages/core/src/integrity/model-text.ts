// The text a model reads in a value a server sends it (a tool's result or error, the resources of a sampling
// request): every string, joined by line breaks, but binary contents, whose base64 says nothing to a model
// reading it: a resource's `blob`, and the `data` of an image or audio block. Any other member named `data`
// (a web API's answer, `{ "data": { … } }`) is read like the rest.
const BINARY_BLOCKS = new Set(["image", "audio"]);

export function modelText(value: unknown): string {
  const parts: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === "string") parts.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (typeof v === "object" && v !== null) {
      const binary = "type" in v && typeof v.type === "string" && BINARY_BLOCKS.has(v.type);
      for (const [k, item] of Object.entries(v)) if (k !== "blob" && !(binary && k === "data")) walk(item);
    }
  };
  walk(value);
  return parts.join("\n");
}
