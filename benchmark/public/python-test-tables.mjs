// A small evaluator for the Python source of public test fixtures (pytest parametrize tables): string
// literals (quotes, triple quotes, r/b/u prefixes, escapes), implicit and `+` concatenation, `str * n`,
// `str[a:b]`, `.format(…)` with positional and named arguments, `.encode()`, `textwrap.dedent(…)`, tuples,
// lists, True/False/None, numbers, and names assigned at module level in the same file. Anything else (a
// call, an f-string with fields, a random value) evaluates to GENERATED, so a benchmark counts what it
// skips instead of guessing at it. It reads the tokens of python-literals.mjs's tokenizer: one reading of
// Python's strings for both.
import { GENERATED } from "./go-literals.mjs";
import { tokenize } from "./python-literals.mjs";

export { GENERATED };

/** An f-string with fields is filled in at run time; one with none (or only `{{`) is plain text. */
const stringValue = (t) => (t.formatted && /\{[^{]/.test(t.value.replace(/\{\{/g, "")) ? GENERATED : t.value);

/** A recursive-descent reader over the tokens, with module-level names in `env`. */
class Reader {
  constructor(tokens, env) {
    this.tokens = tokens;
    this.i = 0;
    this.env = env;
    /** Inside brackets, where a line break does not end the expression. */
    this.depth = 0;
  }
  peek(offset = 0) {
    let k = this.i;
    for (let n = 0; ; k++) {
      const t = this.tokens[k];
      if (!t) return undefined;
      if (this.depth > 0 && t.kind === "newline") continue;
      if (n++ === offset) return t;
    }
  }
  next() {
    while (this.depth > 0 && this.tokens[this.i]?.kind === "newline") this.i++;
    return this.tokens[this.i++];
  }
  is(value) {
    const t = this.peek();
    return t !== undefined && t.kind === "punct" && t.value === value;
  }
  expect(value) {
    const t = this.next();
    if (!t || t.value !== value) throw new Error(`expected ${value}`);
  }

  /** expression := term (('+' | '*' | '%') term)* ; comparison and the rest evaluate to GENERATED. */
  expression() {
    let value = this.postfix();
    while (this.is("+") || this.is("*") || this.is("%")) {
      const op = this.next().value;
      const right = this.postfix();
      if (value === GENERATED || right === GENERATED) value = GENERATED;
      else if (op === "+" && typeof value === typeof right && typeof value !== "object")
        value = value + right;
      else if (op === "+" && Array.isArray(value) && Array.isArray(right)) value = [...value, ...right];
      else if (op === "*" && typeof value === "string" && typeof right === "number")
        value = value.repeat(right);
      else if (op === "*" && typeof value === "number" && typeof right === "string")
        value = right.repeat(value);
      else if (op === "*" && typeof value === "number" && typeof right === "number") value = value * right;
      else value = GENERATED;
    }
    return value;
  }

  postfix() {
    let value = this.primary();
    for (;;) {
      if (this.is(".")) {
        this.next();
        const name = this.next()?.value;
        if (this.is("(")) {
          const { positional, named } = this.callArguments();
          value = method(value, name, positional, named);
        } else value = GENERATED;
      } else if (this.is("[")) {
        this.next();
        this.depth++;
        const from = this.is(":") ? 0 : this.expression();
        let to;
        let slice = false;
        if (this.is(":")) {
          slice = true;
          this.next();
          to = this.is("]") ? undefined : this.expression();
        }
        this.depth--;
        this.expect("]");
        if (
          typeof value === "string" &&
          typeof from === "number" &&
          (to === undefined || typeof to === "number")
        )
          value = slice ? value.slice(from, to) : value[from];
        else if (Array.isArray(value) && typeof from === "number" && !slice) value = value[from];
        else value = GENERATED;
      } else if (this.is("(")) {
        this.callArguments();
        value = GENERATED;
      } else return value;
    }
  }

  callArguments() {
    this.expect("(");
    this.depth++;
    const positional = [];
    const named = {};
    while (!this.is(")")) {
      const t = this.peek();
      const after = this.peek(1);
      if (t?.kind === "name" && after?.kind === "punct" && after.value === "=") {
        this.next();
        this.next();
        named[t.value] = this.expression();
      } else if (this.is("*") || this.is("**")) {
        this.next();
        this.expression();
        positional.push(GENERATED);
      } else positional.push(this.expression());
      if (this.is("for")) return this.skipTo(")", { positional: [GENERATED], named });
      if (this.is(",")) this.next();
      else if (!this.is(")")) return this.skipTo(")", { positional: [GENERATED], named });
    }
    this.depth--;
    this.next();
    return { positional, named };
  }

  /** Skips to the closing bracket of the current group (a comprehension, a lambda, a keyword we do not read). */
  skipTo(close, result) {
    let level = 0;
    for (;;) {
      const t = this.next();
      if (!t) break;
      if (t.kind !== "punct") continue;
      if ("([{".includes(t.value)) level++;
      else if (")]}".includes(t.value)) {
        if (level === 0) break;
        level--;
      }
    }
    this.depth--;
    void close;
    return result;
  }

  primary() {
    const t = this.next();
    if (!t) throw new Error("unexpected end");
    if (t.kind === "string") {
      let value = stringValue(t);
      while (this.peek()?.kind === "string") {
        const more = stringValue(this.next());
        value = value === GENERATED || more === GENERATED ? GENERATED : value + more;
      }
      return value;
    }
    if (t.kind === "number") return t.value;
    if (t.kind === "name") {
      if (t.value === "True") return true;
      if (t.value === "False") return false;
      if (t.value === "None") return null;
      if (t.value === "textwrap" && this.is(".")) {
        this.next();
        const fn = this.next()?.value;
        const { positional } = this.callArguments();
        const [text] = positional;
        return fn === "dedent" && typeof text === "string" ? dedent(text) : GENERATED;
      }
      if (this.env.has(t.value)) return this.env.get(t.value);
      return GENERATED;
    }
    if (t.kind === "punct" && (t.value === "(" || t.value === "[")) {
      const close = t.value === "(" ? ")" : "]";
      this.depth++;
      const items = [];
      let trailingComma = false;
      while (!this.is(close)) {
        items.push(this.expression());
        trailingComma = false;
        if (this.is("for")) return this.skipTo(close, GENERATED);
        if (this.is(",")) {
          this.next();
          trailingComma = true;
        } else if (!this.is(close)) return this.skipTo(close, GENERATED);
      }
      this.depth--;
      this.next();
      // (x) is x; (x,) and [x] are sequences.
      return t.value === "(" && items.length === 1 && !trailingComma ? items[0] : items;
    }
    if (t.kind === "punct" && t.value === "-") {
      const v = this.primary();
      return typeof v === "number" ? -v : GENERATED;
    }
    if (t.kind === "punct" && t.value === "{") return this.skipTo("}", GENERATED);
    return GENERATED;
  }
}

function method(value, name, positional, named) {
  if (typeof value !== "string") return GENERATED;
  if (name === "encode" || name === "decode") return value;
  if (name === "strip") return value.trim();
  if (name === "upper") return value.toUpperCase();
  if (name === "lower") return value.toLowerCase();
  if (name !== "format") return GENERATED;
  const args = [...positional, ...Object.values(named)];
  if (args.some((a) => typeof a !== "string" && typeof a !== "number")) return GENERATED;
  let auto = 0;
  return value
    .replace(/\{\{|\}\}|\{([A-Za-z_0-9]*)\}/g, (whole, field) => {
      if (whole === "{{") return "\u0001";
      if (whole === "}}") return "\u0002";
      if (field === "") return String(positional[auto++]);
      if (/^[0-9]+$/.test(field)) return String(positional[Number(field)]);
      return String(named[field]);
    })
    .replace(/\u0001/g, "{")
    .replace(/\u0002/g, "}");
}

function dedent(text) {
  const lines = text.split("\n");
  const indents = lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)[0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join("\n");
}

/** Module-level `NAME = expression` assignments, evaluated in order (later ones may use earlier ones). */
function moduleNames(tokens) {
  const env = new Map();
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const eq = tokens[k + 1];
    const atLineStart = k === 0 || tokens[k - 1].kind === "newline";
    if (t.kind !== "name" || t.column !== 0 || !atLineStart || eq?.kind !== "punct" || eq.value !== "=")
      continue;
    const reader = new Reader(tokens, env);
    reader.i = k + 2;
    try {
      env.set(t.value, reader.expression());
    } catch {
      env.set(t.value, GENERATED);
    }
  }
  return env;
}

/**
 * Every `@pytest.mark.parametrize(names, values)` of a file: the argument names (split on commas) and the
 * evaluated table (each row a list of values, or GENERATED), plus the module's names.
 */
export function parametrizeTables(src) {
  const tokens = tokenize(src);
  const env = moduleNames(tokens);
  const tables = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== "name" || t.value !== "parametrize" || tokens[k - 1]?.value !== ".") continue;
    const reader = new Reader(tokens, env);
    reader.i = k + 1;
    try {
      const { positional } = reader.callArguments();
      const [names, rows] = positional;
      if (typeof names !== "string") continue;
      const argNames = names.split(",").map((n) => n.trim());
      const table =
        rows === GENERATED || !Array.isArray(rows)
          ? GENERATED
          : rows.map((row) => (argNames.length === 1 ? [row] : Array.isArray(row) ? row : GENERATED));
      tables.push({ names: argNames, rows: table });
    } catch {
      tables.push({ names: [], rows: GENERATED });
    }
  }
  return { tables, env };
}
