// A server's own sampling request shows the client's model messages that may embed resources
// ({type: "resource", resource}) or link to them ({type: "resource_link", uri}), alone, in a content array,
// or inside a tool result's content. They are data handed to the model like a tool's result, so the same
// rules apply to them.

const MAX_DEPTH = 64;

/**
 * Every embedded resource inside a value, however it is nested; undefined when the value is nested deeper
 * than any message the guard judges, so that the caller refuses it rather than leaving part unchecked.
 */
export function embeddedResources(value: unknown): unknown[] | undefined {
  const found: unknown[] = [];
  const walk = (v: unknown, depth: number): boolean => {
    if (typeof v !== "object" || v === null) return true;
    if (depth > MAX_DEPTH) return false;
    const item = v as { type?: unknown; resource?: unknown };
    if (item.type === "resource" && "resource" in item) found.push(item.resource);
    // A link names its resource (and describes it) without its contents.
    if (item.type === "resource_link") found.push(item);
    return Object.values(v).every((child) => walk(child, depth + 1));
  };
  return walk(value, 0) ? found : undefined;
}
