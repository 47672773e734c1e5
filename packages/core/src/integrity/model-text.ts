// The text a model reads in a value a server sends it (a tool's result, the resources of a sampling request):
// every string, joined by line breaks, but binary contents, whose base64 says nothing to a model reading it.
export function modelText(value: unknown): string {
  const parts: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === "string") parts.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (typeof v === "object" && v !== null)
      for (const [k, item] of Object.entries(v)) if (k !== "blob" && k !== "data") walk(item);
  };
  walk(value);
  return parts.join("\n");
}
