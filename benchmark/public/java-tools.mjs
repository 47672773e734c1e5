// The tools a Spring AI server declares with annotations, read from its Java source as a client would list
// them: each `@Tool(description = …)` method under its own name (or the annotation's `name`), its description,
// and each parameter's `@ToolParam(description = …)`. Strings may be literals, text blocks ("""…"""), a
// `+` chain of them, or a `static final String` constant of the same file.

/** Java's escapes, after its `\uXXXX` escapes (which the compiler applies to the whole source first). */
function unescapeJava(body) {
  return body.replace(/\\(u+[0-9a-fA-F]{4}|[btnfrs"'\\]|\n|[0-7]{1,3})/g, (_, e) => {
    if (e[0] === "u") return String.fromCharCode(Number.parseInt(e.replace(/^u+/, ""), 16));
    if (e === "\n") return ""; // a text block's line continuation
    if (/^[0-7]/.test(e)) return String.fromCharCode(Number.parseInt(e, 8));
    return { b: "\b", t: "\t", n: "\n", f: "\f", r: "\r", s: " " }[e] ?? e;
  });
}

/** A text block's content with its common indentation removed, as javac does. */
function textBlock(raw) {
  const lines = raw.replace(/^[ \t]*\n/, "").split("\n");
  const indents = lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)[0].length);
  const last = lines.at(-1);
  if (!last.trim()) indents.push(last.length); // the closing delimiter's line counts too
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines
    .map((l) => l.slice(cut).replace(/[ \t]+$/, ""))
    .join("\n")
    .replace(/\n$/, last.trim() ? "" : "\n");
}

/** The string expression starting at `at` (literals, text blocks, constants joined by `+`); undefined if none. */
function stringAt(source, at, constants) {
  let i = at;
  let out;
  for (;;) {
    while (/\s/.test(source[i] ?? "")) i++;
    let piece;
    if (source.startsWith('"""', i)) {
      const end = source.indexOf('"""', i + 3);
      if (end === -1) return undefined;
      piece = unescapeJava(textBlock(source.slice(i + 3, end)));
      i = end + 3;
    } else if (source[i] === '"') {
      let j = i + 1;
      while (j < source.length && source[j] !== '"') j += source[j] === "\\" ? 2 : 1;
      piece = unescapeJava(source.slice(i + 1, j));
      i = j + 1;
    } else {
      const name = /^[A-Z_][A-Z0-9_]*/.exec(source.slice(i))?.[0];
      if (!name || constants[name] === undefined)
        return out === undefined ? undefined : { value: out, end: i };
      piece = constants[name];
      i += name.length;
    }
    out = (out ?? "") + piece;
    let k = i;
    while (/\s/.test(source[k] ?? "")) k++;
    if (source[k] !== "+") return { value: out, end: i };
    i = k + 1;
  }
}

function constantsOf(source) {
  const constants = {};
  for (const m of source.matchAll(/static\s+final\s+String\s+([A-Z_][A-Z0-9_]*)\s*=/g)) {
    const s = stringAt(source, m.index + m[0].length, constants);
    if (s) constants[m[1]] = s.value;
  }
  return constants;
}

/** The value of `key = …` inside the annotation arguments starting at `at`, and where the arguments end. */
function annotationArgs(source, at, constants) {
  const args = {};
  let depth = 0;
  let i = at;
  for (; i < source.length; i++) {
    const c = source[i];
    if (c === "(") depth++;
    else if (c === ")" && --depth === 0) break;
    else if (c === '"') {
      const s = stringAt(source, i, constants);
      i = (s?.end ?? i + 1) - 1;
    } else if (depth === 1) {
      const m = /^([a-zA-Z]+)\s*=\s*/.exec(source.slice(i));
      if (m && /[\s(,]/.test(source[i - 1])) {
        const s = stringAt(source, i + m[0].length, constants);
        if (s) {
          args[m[1]] = s.value;
          i = s.end - 1;
        } else i += m[0].length - 1;
      }
    }
  }
  return { args, end: i + 1 };
}

/** Every `@Tool` method of `source`, as `{ name, description, inputSchema }`. */
export function javaTools(source) {
  const constants = constantsOf(source);
  const out = [];
  for (const m of source.matchAll(/@Tool\s*\(/g)) {
    const { args, end } = annotationArgs(source, m.index + m[0].length - 1, constants);
    // Past any further annotations (`@Cacheable(…)`), the method's own name is the first one followed by `(`.
    let at = end;
    for (;;) {
      const anno = /^\s*@[\w.]+\s*/.exec(source.slice(at));
      if (!anno) break;
      at += anno[0].length;
      if (source[at] === "(") at = annotationArgs(source, at, constants).end;
    }
    const sig = /^[\s\S]*?\b([a-zA-Z_]\w*)\s*\(/.exec(source.slice(at));
    if (!sig) continue;
    const paramsAt = at + sig[0].length;
    const close = source.indexOf("{", paramsAt);
    const params = source.slice(paramsAt, close === -1 ? undefined : close);
    const properties = {};
    // Parameters without @ToolParam are listed too, by name (the last word before each top-level comma).
    for (const plain of params.replace(/@ToolParam\s*\((?:[^()"]|"(?:[^"\\]|\\.)*")*\)/g, "").split(",")) {
      const name = /(\w+)\s*\)?\s*$/.exec(plain.trim())?.[1];
      // The framework fills a ToolContext itself; it is not part of the schema a client sees.
      if (name && plain.trim().includes(" ") && !/\bToolContext\b/.test(plain)) properties[name] = {};
    }
    let p = 0;
    while (p < params.length) {
      const a = params.indexOf("@ToolParam", p);
      if (a === -1) break;
      const open = params.indexOf("(", a);
      const parsed = annotationArgs(params, open, constants);
      const rest = /^\s*(?:final\s+)?[\w.<>,?\s[\]]+?\s+(\w+)\s*[,)]/.exec(params.slice(parsed.end));
      properties[rest?.[1] ?? `param${Object.keys(properties).length}`] = parsed.args.description
        ? { description: parsed.args.description }
        : {};
      p = parsed.end;
    }
    out.push({
      name: args.name ?? sig[1],
      description: args.description ?? "",
      inputSchema: { type: "object", properties },
    });
  }
  return out;
}
