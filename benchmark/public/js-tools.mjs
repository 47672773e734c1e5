// A small reader for the tools a JavaScript MCP server registers with `server.tool(name, description?, shape,
// handler)`: string and template literals (a template with `${…}` is refused), a description held in a variable
// (its last assignment: a rug pull assigns the changed text last), and the zod shape's keys and `.describe(…)`
// texts, which is what a client lists of them. Anything else is refused rather than guessed.

/** The source with comments blanked out (strings kept), so a reader never mistakes a comment for code. */
function withoutComments(src) {
  let out = "";
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === "'" || c === '"' || c === "`") {
      const end = stringEnd(src, i);
      out += src.slice(i, end);
      i = end;
    } else if (src.startsWith("//", i)) {
      while (i < src.length && src[i] !== "\n") i++;
    } else if (src.startsWith("/*", i)) {
      const end = src.indexOf("*/", i + 2);
      i = end === -1 ? src.length : end + 2;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Index just past the string literal that opens at `i`. */
function stringEnd(src, i) {
  const quote = src[i];
  let j = i + 1;
  while (j < src.length && src[j] !== quote) j += src[j] === "\\" ? 2 : 1;
  return j + 1;
}

/** The value of the string literal at `i` (escapes decoded), or undefined when `i` opens none. */
function stringAt(src, i) {
  const quote = src[i];
  if (quote !== "'" && quote !== '"' && quote !== "`") return undefined;
  const body = src.slice(i + 1, stringEnd(src, i) - 1);
  if (quote === "`" && body.includes("${")) throw new Error("a template literal with substitutions");
  return body.replace(/\\(.)/gs, (_m, e) => ({ n: "\n", t: "\t", "\n": "" })[e] ?? e);
}

/** The top-level arguments of the call whose `(` is at `open`, as source slices. */
function callArguments(src, open) {
  const args = [];
  let depth = 0;
  let start = open + 1;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === "'" || c === '"' || c === "`") {
      i = stringEnd(src, i) - 1;
    } else if ("([{".includes(c)) {
      depth++;
    } else if (")]}".includes(c)) {
      depth--;
      if (depth === 0) {
        args.push(src.slice(start, i));
        return args.map((a) => a.trim()).filter(Boolean);
      }
    } else if (c === "," && depth === 1) {
      args.push(src.slice(start, i));
      start = i + 1;
    }
  }
  throw new Error("an unclosed call");
}

/** A string argument: a literal, or a variable read from its last assignment of a literal. */
function stringArgument(src, arg) {
  const literal = stringAt(arg, 0);
  if (literal !== undefined) return literal;
  if (!/^[A-Za-z_$][\w$]*$/.test(arg)) return undefined;
  const assign = new RegExp(String.raw`\b${arg}\s*=\s*(?=['"\x60])`, "g");
  let last;
  for (const m of src.matchAll(assign)) last = m.index + m[0].length;
  return last === undefined ? undefined : stringAt(src, last);
}

/** A zod shape `{ key: z.string().describe("…"), … }` as the JSON-schema properties a client lists. */
function shapeProperties(shape) {
  const properties = {};
  const inner = shape.slice(1, -1);
  let depth = 0;
  let start = 0;
  const entries = [];
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c === "'" || c === '"' || c === "`") i = stringEnd(inner, i) - 1;
    else if ("([{".includes(c)) depth++;
    else if (")]}".includes(c)) depth--;
    else if (c === "," && depth === 0) {
      entries.push(inner.slice(start, i));
      start = i + 1;
    }
  }
  entries.push(inner.slice(start));
  for (const entry of entries.map((e) => e.trim()).filter(Boolean)) {
    const m = /^['"]?([\w$-]+)['"]?\s*:\s*([\s\S]*)$/.exec(entry);
    if (!m) throw new Error(`a shape entry that is not \`key: schema\`: ${entry.slice(0, 40)}`);
    const property = {};
    const describe = /\.describe\(\s*(?=['"\x60])/.exec(m[2]);
    if (describe) property.description = stringAt(m[2], describe.index + describe[0].length);
    properties[m[1]] = property;
  }
  return properties;
}

/** Every `server.tool(…)` definition of a JavaScript source, as the definition a client would list. */
export function jsServerTools(source) {
  const src = withoutComments(source);
  const tools = [];
  for (const m of src.matchAll(/\bserver\.tool\(/g)) {
    const args = callArguments(src, m.index + m[0].length - 1);
    const name = stringAt(args[0], 0);
    if (name === undefined) throw new Error("a tool whose name is not a literal");
    const definition = { name };
    let next = 1;
    if (!args[1].startsWith("{") && !/^(?:async\b|\(|function\b)/.test(args[1])) {
      const description = stringArgument(src, args[1]);
      if (description === undefined) throw new Error(`${name}: a description that is not a literal`);
      definition.description = description;
      next = 2;
    }
    if (args[next]?.startsWith("{"))
      definition.inputSchema = { type: "object", properties: shapeProperties(args[next]) };
    tools.push(definition);
  }
  return tools;
}

/**
 * The definitions a server returns from a `ListToolsRequestSchema` handler written as one literal
 * `tools: [ { name: "…", description: "…" + "…", inputSchema: { … } }, … ]`: object, array, string (joined
 * by `+`), number, boolean and null literals only. Anything else (a call, a variable) is refused.
 */
export function jsToolLists(source) {
  const src = withoutComments(source);
  const lists = [];
  for (const m of src.matchAll(/\btools\s*:\s*\[/g)) {
    const reader = { src, i: m.index + m[0].length - 1 };
    lists.push(literalValue(reader));
  }
  return lists.flat();
}

function skipSpace(r) {
  while (r.i < r.src.length && /\s/.test(r.src[r.i])) r.i++;
}

/** One literal value at `r.i` (moving past it); throws on anything that is not a plain literal. */
function literalValue(r) {
  skipSpace(r);
  const c = r.src[r.i];
  if (c === "{" || c === "[") {
    const object = c === "{";
    const out = object ? {} : [];
    r.i++;
    for (;;) {
      skipSpace(r);
      if (r.src[r.i] === (object ? "}" : "]")) {
        r.i++;
        return out;
      }
      if (object) {
        let key;
        if ("'\"".includes(r.src[r.i])) {
          key = stringAt(r.src, r.i);
          r.i = stringEnd(r.src, r.i);
        } else {
          const k = /^[A-Za-z_$][\w$]*/.exec(r.src.slice(r.i, r.i + 200));
          if (!k) throw new Error(`not a literal key at ${r.src.slice(r.i, r.i + 30)}`);
          key = k[0];
          r.i += key.length;
        }
        skipSpace(r);
        if (r.src[r.i++] !== ":") throw new Error(`no ':' after ${key}`);
        out[key] = literalValue(r);
      } else out.push(literalValue(r));
      skipSpace(r);
      if (r.src[r.i] === ",") r.i++;
    }
  }
  if (c === "'" || c === '"' || c === "`") {
    let text = "";
    for (;;) {
      text += stringAt(r.src, r.i);
      r.i = stringEnd(r.src, r.i);
      skipSpace(r);
      if (r.src[r.i] !== "+") return text;
      r.i++;
      skipSpace(r);
      if (!"'\"`".includes(r.src[r.i])) throw new Error("a string joined to something that is not a literal");
    }
  }
  const word = /^(?:-?\d+(?:\.\d+)?|true|false|null)\b/.exec(r.src.slice(r.i, r.i + 40));
  if (!word) throw new Error(`not a literal at ${r.src.slice(r.i, r.i + 30)}`);
  r.i += word[0].length;
  return JSON.parse(word[0]);
}

/**
 * Tool literals `{ name: "…", description: "…" + "…", inputSchema: zodToJsonSchema(Shape …) }` whose schema is
 * a module constant `const Shape = z.object({ … })`: the name, the joined description, and the shape's keys
 * with their `.describe(…)` texts, as a client lists them. Anything else in those places is refused.
 */
export function jsZodToolLiterals(source) {
  const src = withoutComments(source);
  const tools = [];
  for (const m of src.matchAll(/\bname\s*:\s*(?=['"\x60])/g)) {
    const name = stringAt(src, m.index + m[0].length);
    const rest = src.slice(m.index + m[0].length);
    const close = rest.search(/\n\s*\},?/);
    const body = close === -1 ? rest : rest.slice(0, close);
    const desc = /\bdescription\s*:\s*/.exec(body);
    const schema = /\binputSchema\s*:\s*zodToJsonSchema\(\s*([A-Za-z_$][\w$]*)/.exec(body);
    if (!desc || !schema) continue;
    const reader = { src: body, i: desc.index + desc[0].length };
    const description = literalValue(reader);
    if (typeof description !== "string") throw new Error(`${name}: a description that is not a literal`);
    const shape = new RegExp(String.raw`\b${schema[1]}\s*=\s*z\.object\(`).exec(src);
    if (!shape) throw new Error(`${name}: no z.object shape named ${schema[1]}`);
    const [shapeSource] = callArguments(src, shape.index + shape[0].length - 1);
    tools.push({
      name,
      description,
      inputSchema: { type: "object", properties: shapeProperties(shapeSource) },
    });
  }
  return tools;
}
