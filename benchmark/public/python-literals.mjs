// A small reader for the Python literals that published MCP attack servers write their tools with: strings in
// every quoting (prefixes, triple quotes, escapes, adjacent literals joined), dicts, lists, tuples, True/False/
// None, numbers, and calls such as `@mcp.tool(name=…, description=…, annotations={…})` read as an object of
// their keyword arguments. Anything else (a variable, an expression) reads as UNKNOWN, so a benchmark can say
// what it could not read instead of guessing.

export const UNKNOWN = Symbol("not a literal");

const ESCAPES = {
  n: "\n",
  t: "\t",
  r: "\r",
  "\\": "\\",
  "'": "'",
  '"': '"',
  "\n": "",
  a: "\x07",
  b: "\b",
  f: "\f",
  v: "\v",
  0: "\0",
};

function decode(body, raw) {
  if (raw) return body;
  return body.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|x[0-9a-fA-F]{2}|.|\n)/g, (m, e) => {
    if (/^[uUx]/.test(e) && e.length > 1) return String.fromCodePoint(parseInt(e.slice(1), 16));
    return ESCAPES[e] ?? m;
  });
}

/**
 * Tokens of Python source, for both readers here (literals) and in python-test-tables.mjs (expressions):
 * strings (decoded; `formatted` for f-strings), names with their column, numbers, punctuation (two-character
 * operators as one token) and line ends; comments and backslash line continuations dropped.
 */
export function tokenize(src) {
  const tokens = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === "#") {
      const nl = src.indexOf("\n", i);
      i = nl < 0 ? src.length : nl;
      continue;
    }
    if (c === "\\" && src[i + 1] === "\n") {
      i += 2;
      continue;
    }
    if (c === "\n") {
      tokens.push({ kind: "newline" });
      i++;
      continue;
    }
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const prefix = /^([rRbBuUfF]{0,2})(["'])/.exec(src.slice(i, i + 4));
    if (prefix) {
      i = stringToken(src, i, prefix[1], prefix[2], tokens);
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i, i + 200));
    if (word) {
      tokens.push({ kind: "name", value: word[0], column: i - src.lastIndexOf("\n", i - 1) - 1 });
      i += word[0].length;
      continue;
    }
    const num = /^[0-9][0-9_]*(\.[0-9_]+)?([eE][-+]?[0-9]+)?/.exec(src.slice(i, i + 60));
    if (num) {
      tokens.push({ kind: "number", value: Number(num[0].replace(/_/g, "")) });
      i += num[0].length;
      continue;
    }
    const two = src.slice(i, i + 2);
    const op = ["==", "!=", "**", "<=", ">=", "->", ":="].includes(two) ? two : c;
    tokens.push({ kind: "punct", value: op });
    i += op.length;
  }
  return tokens;
}

/** The string literal whose prefix starts at `i`; returns the index past its closing quote. */
function stringToken(src, i, prefix, quote, tokens) {
  const start = i + prefix.length;
  const triple = src.startsWith(quote.repeat(3), start);
  const close = triple ? quote.repeat(3) : quote;
  let j = start + close.length;
  while (j < src.length && !src.startsWith(close, j)) {
    if (src[j] === "\\") j++;
    else if (!triple && src[j] === "\n") break;
    j++;
  }
  const body = src.slice(start + close.length, j);
  const value = decode(body, /[rR]/.test(prefix));
  tokens.push({ kind: "string", value, formatted: /[fF]/.test(prefix) });
  return j + close.length;
}

/** Literals span lines freely, so this reader does not look at line ends. */
const literalTokens = (src) => tokenize(src).filter((tok) => tok.kind !== "newline");

const CLOSE = { "(": ")", "[": "]", "{": "}" };

/** An f-string's `{NAME}` fields filled from the module's constants; other fields are left as written. */
function format(tok, env) {
  if (!tok.formatted) return tok.value;
  return tok.value.replace(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (m, name) =>
    typeof env[name] === "string" ? env[name] : m,
  );
}

/** Parses one value at tokens[i]; returns [value, next index]. `env` holds the module's constants. */
function parseValue(t, i, env = {}) {
  const tok = t[i];
  if (!tok) return [UNKNOWN, i];
  if (tok.kind === "string") {
    let s = "";
    while (t[i]?.kind === "string") s += format(t[i++], env);
    return [s, i];
  }
  if (tok.kind === "number") return [tok.value, i + 1];
  if (tok.value === "-" && t[i + 1]?.kind === "number") return [-t[i + 1].value, i + 2];
  if (tok.kind === "name") {
    if (tok.value === "True") return [true, i + 1];
    if (tok.value === "False") return [false, i + 1];
    if (tok.value === "None") return [null, i + 1];
    let name = tok.value;
    let end = i + 1;
    while (t[end]?.value === "." && t[end + 1]?.kind === "name") {
      name += `.${t[end + 1].value}`;
      end += 2;
    }
    // A call: its keyword arguments are what the callee receives (dict(…), Tool(…), mcp.tool(…)).
    if (t[end]?.value === "(") return parseGroup(t, end, env);
    if (name in env && t[end]?.kind !== "name") return [env[name], end];
    return [UNKNOWN, skipExpression(t, i)];
  }
  if (tok.value in CLOSE) return parseGroup(t, i, env);
  return [UNKNOWN, i + 1];
}

/** Moves past an expression that is not a literal, up to the next comma or closing bracket at its depth. */
function skipExpression(t, i) {
  let depth = 0;
  while (i < t.length) {
    const v = t[i].kind === "punct" ? t[i].value : "";
    if (v in CLOSE) depth++;
    else if (v === ")" || v === "]" || v === "}") {
      if (depth === 0) return i;
      depth--;
    } else if (v === "," && depth === 0) return i;
    i++;
  }
  return i;
}

/** A dict, a list, or a parenthesised group (a tuple, a single value, or call arguments). */
function parseGroup(t, i, env) {
  const open = t[i].value;
  const close = CLOSE[open];
  i++;
  const items = [];
  const keywords = {};
  let hasKeywords = false;
  while (i < t.length && t[i].value !== close) {
    if (open === "{") {
      const [key, afterKey] = parseValue(t, i, env);
      if (t[afterKey]?.value !== ":") return [UNKNOWN, skipExpression(t, afterKey)];
      const [value, next] = parseValue(t, afterKey + 1, env);
      keywords[typeof key === "symbol" ? `?${Object.keys(keywords).length}` : String(key)] = value;
      hasKeywords = true;
      i = skipExpression(t, next);
    } else if (t[i].kind === "name" && t[i + 1]?.value === "=") {
      const [value, next] = parseValue(t, i + 2, env);
      keywords[t[i].value] = value;
      hasKeywords = true;
      i = skipExpression(t, next);
    } else {
      const [value, next] = parseValue(t, i, env);
      items.push(value);
      i = skipExpression(t, next);
    }
    if (t[i]?.value === ",") i++;
  }
  const next = i + 1;
  if (open === "{" || hasKeywords) return [items.length ? { ...keywords, _args: items } : keywords, next];
  if (open === "(" && items.length === 1) return [items[0], next];
  return [items, next];
}

/** The literals assigned to names at the top level of a module (`_PAYLOAD = ( "…" "…" )`). */
function moduleConstants(source) {
  const env = {};
  for (const m of source.matchAll(/^([A-Za-z_][A-Za-z0-9_]*)\s*=(?!=)/gm)) {
    const [value] = parseValue(literalTokens(source.slice(m.index + m[0].length, m.index + 20_000)), 0, env);
    if (value !== UNKNOWN) env[m[1]] = value;
  }
  return env;
}

/**
 * The value of every literal or call that follows an occurrence of `anchor` in `source`. A decorator call
 * followed by `def name` gets that name when it gives none (the tool is named after its function).
 */
export function valuesAfter(source, anchor) {
  const env = moduleConstants(source);
  const out = [];
  let at = source.indexOf(anchor);
  while (at !== -1) {
    const tokens = literalTokens(source.slice(at + anchor.length));
    let [value, next] = parseValue(tokens, 0, env);
    while (tokens[next]?.value === "async" || tokens[next]?.value === "@") next++;
    if (tokens[next]?.value === "def" && value && typeof value === "object" && !Array.isArray(value))
      value = { name: tokens[next + 1]?.value, ...value };
    out.push(value);
    at = source.indexOf(anchor, at + anchor.length);
  }
  return out;
}

/**
 * The tools a server declares as decorated functions (`@mcp.tool()` then `def name(params) -> T: """doc"""`),
 * as a client would list them: the function's name, its docstring as the description, and each parameter
 * with the strings written in its annotation and default (a `Field(description=…)`, a default value).
 */
export function functionTools(source, decorator) {
  const env = moduleConstants(source);
  const out = [];
  let at = source.indexOf(decorator);
  while (at !== -1) {
    const t = literalTokens(source.slice(at + decorator.length, at + decorator.length + 20_000));
    let i = t.findIndex((tok) => tok.value === "def");
    if (i !== -1 && t[i + 2]?.value === "(") {
      const name = t[i + 1].value;
      const properties = {};
      let depth = 0;
      let param;
      for (i += 3; i < t.length; i++) {
        const v = t[i].kind === "punct" ? t[i].value : "";
        if (depth === 0 && v === ")") break;
        if (v in CLOSE) depth++;
        else if (v === ")" || v === "]" || v === "}") depth--;
        else if (depth === 0 && v === ",") param = undefined;
        else if (!param && t[i].kind === "name" && t[i].value !== "self") {
          param = { strings: [] };
          properties[t[i].value] = param;
        } else if (param && t[i].kind === "string") param.strings.push(format(t[i], env));
      }
      // The body starts after the `:` that ends the signature (past any `-> T`); its first string is the docstring.
      while (i < t.length && t[i].value !== ":") i++;
      const doc = t[i + 1]?.kind === "string" ? format(t[i + 1], env) : "";
      const schema = {};
      for (const [p, { strings }] of Object.entries(properties))
        schema[p] = strings.length ? { description: strings.join(" ") } : {};
      out.push({ name, description: doc, inputSchema: { type: "object", properties: schema } });
    }
    at = source.indexOf(decorator, at + decorator.length);
  }
  return out;
}
