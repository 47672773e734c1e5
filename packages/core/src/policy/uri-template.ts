// A resource template's URI with its variables filled in (RFC 6570 level 1–3, the forms MCP servers use), so a
// completion against a template is judged by the URI its argument makes, as a read of that URI would be. Values
// are put in as given, not percent-encoded: a server that fills a template loosely reads "secret/x" as a path,
// and the stricter reading is the one to judge. A variable with no value expands to nothing.
const EXPRESSION = /\{([+#./;?&]?)([^{}]*)\}/g;
const PREFIX: Record<string, string> = { "#": "#", ".": ".", "/": "/", ";": ";", "?": "?", "&": "&" };
const SEPARATOR: Record<string, string> = { ".": ".", "/": "/", ";": ";", "?": "&", "&": "&" };

export function expandTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(EXPRESSION, (_, operator: string, list: string) => {
    const named = operator === ";" || operator === "?" || operator === "&";
    const parts = list
      .split(",")
      .map((spec) => spec.replace(/\*$|:\d+$/, ""))
      .filter((name) => values[name] !== undefined)
      .map((name) => (named ? `${name}=${values[name]}` : (values[name] ?? "")));
    return parts.length ? (PREFIX[operator] ?? "") + parts.join(SEPARATOR[operator] ?? ",") : "";
  });
}
