// A resource template's URI with its variables filled in (RFC 6570 level 1–3, the forms MCP servers use), so a
// completion against a template is judged by the URI its argument makes, as a read of that URI would be. Values
// are put in as given, not percent-encoded: a server that fills a template loosely reads "secret/x" as a path,
// and the stricter reading is the one to judge. A variable with no value expands to nothing.
const EXPRESSION = /\{([+#./;?&]?)([^{}]*)\}/g;
const PREFIX: Record<string, string> = { "#": "#", ".": ".", "/": "/", ";": ";", "?": "?", "&": "&" };
const SEPARATOR: Record<string, string> = { ".": ".", "/": "/", ";": ";", "?": "&", "&": "&" };

export function expandTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return expandWith(template, (name) => (Object.hasOwn(values, name) ? values[name] : undefined));
}

/**
 * The URI a template makes with every variable given the same `value`: each operator's prefix and separators
 * stand where they lead (`file:///secret{/name}` and `file:///secret{/dir,name}` make file:///secret/x/…, as
 * `file:///secret/{name}` does), so a template is judged by what it can make, whichever operator spells it.
 */
export function fillTemplate(template: string, value: string): string {
  return expandWith(template, () => value);
}

function expandWith(template: string, valueOf: (name: string) => string | undefined): string {
  return template.replace(EXPRESSION, (_, operator: string, list: string) => {
    const named = operator === ";" || operator === "?" || operator === "&";
    const parts: string[] = [];
    for (const spec of list.split(",")) {
      const name = spec.replace(/\*$|:\d+$/, "");
      const value = valueOf(name);
      if (value !== undefined) parts.push(named ? `${name}=${value}` : value);
    }
    return parts.length ? (PREFIX[operator] ?? "") + parts.join(SEPARATOR[operator] ?? ",") : "";
  });
}
