// A small evaluator for the Go source of public test fixtures: it reads string literals ("…" with escapes,
// `…` raw), concatenation with +, []string{…} and map[string]string{…} literals, append(…), fmt.Sprintf with
// %s/%v/%d/%q, and variables assigned earlier in the same file. Anything else (a call that makes a random
// secret at run time, a loop) evaluates to GENERATED, so the benchmarks can count what they skip instead of
// guessing at it.

export const GENERATED = Symbol("generated at run time");

/** Tokens of a Go file: strings (decoded), identifiers, numbers and punctuation; comments dropped. */
export function tokenize(src) {
  const tokens = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === "/" && src[i + 1] === "/") {
      const nl = src.indexOf("\n", i);
      i = nl < 0 ? src.length : nl;
    } else if (c === "/" && src[i + 1] === "*") {
      const end = src.indexOf("*/", i + 2);
      i = end < 0 ? src.length : end + 2;
    } else if (/\s/.test(c)) {
      i++;
    } else if (c === "`") {
      const end = src.indexOf("`", i + 1);
      const stop = end < 0 ? src.length : end;
      tokens.push({ kind: "string", value: src.slice(i + 1, stop).replace(/\r/g, "") });
      i = stop + 1;
    } else if (c === '"' || c === "'") {
      const [value, next] = interpreted(src, i + 1, c);
      tokens.push({ kind: c === '"' ? "string" : "rune", value });
      i = next;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*/.exec(src.slice(i, i + 200));
      tokens.push({ kind: "ident", value: m[0] });
      i += m[0].length;
    } else if (/[0-9]/.test(c)) {
      const m = /^[0-9][0-9A-Za-z_.]*/.exec(src.slice(i, i + 60));
      tokens.push({ kind: "number", value: m[0] });
      i += m[0].length;
    } else {
      const three = src.slice(i, i + 3);
      const two = src.slice(i, i + 2);
      const op = three === "..." ? three : [":=", "+=", "==", "!=", "&&", "||", "<-"].includes(two) ? two : c;
      tokens.push({ kind: "punct", value: op });
      i += op.length;
    }
  }
  return tokens;
}

function interpreted(src, i, quote) {
  let out = "";
  while (i < src.length && src[i] !== quote) {
    if (src[i] !== "\\") {
      out += src[i++];
      continue;
    }
    const e = src[i + 1];
    const simple = {
      n: "\n",
      t: "\t",
      r: "\r",
      a: "\x07",
      b: "\b",
      f: "\f",
      v: "\v",
      "\\": "\\",
      '"': '"',
      "'": "'",
    };
    if (e in simple) {
      out += simple[e];
      i += 2;
    } else if (e === "x") {
      out += String.fromCharCode(parseInt(src.slice(i + 2, i + 4), 16));
      i += 4;
    } else if (e === "u" || e === "U") {
      const n = e === "u" ? 4 : 8;
      out += String.fromCodePoint(parseInt(src.slice(i + 2, i + 2 + n), 16));
      i += 2 + n;
    } else if (/[0-7]/.test(e)) {
      out += String.fromCharCode(parseInt(src.slice(i + 1, i + 4), 8));
      i += 4;
    } else {
      out += e;
      i += 2;
    }
  }
  return [out, i + 1];
}

/**
 * Evaluates a file statement by statement: every `name := expr` / `name = expr` (also inside var blocks) is
 * recorded, and `onCall(name, args, env)` sees each call of a function named in `watch`, with its arguments
 * evaluated. `extra(name, args)` may evaluate further calls (e.g. a generator whose templates are known).
 */
export function evaluateFile(src, { watch = [], onCall = () => {}, onStatement = () => {}, extra } = {}) {
  const t = tokenize(src);
  const env = new Map();
  let pos = 0;
  const peek = (k = 0) => t[pos + k];
  const is = (v, k = 0) => t[pos + k]?.value === v && t[pos + k].kind !== "string";

  function skipBalanced() {
    // Skips one balanced (…), {…} or […] group starting at pos.
    const open = t[pos].value;
    const close = { "(": ")", "{": "}", "[": "]" }[open];
    let depth = 0;
    for (; pos < t.length; pos++) {
      if (t[pos].kind !== "punct") continue;
      if (t[pos].value === open) depth++;
      else if (t[pos].value === close && --depth === 0) {
        pos++;
        return;
      }
    }
  }

  function args() {
    // pos at "(": evaluated comma-separated arguments; a trailing ... spreads a list.
    pos++;
    const out = [];
    while (pos < t.length && !is(")")) {
      const v = expr();
      if (is("...")) {
        pos++;
        out.push({ spread: v });
      } else out.push(v);
      if (is(",")) pos++;
      else if (!is(")")) return skipRest(out);
    }
    pos++;
    return out;
  }

  function skipRest(out) {
    let depth = 1;
    for (; pos < t.length && depth > 0; pos++) {
      if (t[pos].kind !== "punct") continue;
      if ("({[".includes(t[pos].value)) depth++;
      else if (")}]".includes(t[pos].value)) depth--;
    }
    out.push(GENERATED);
    return out;
  }

  function compositeList(isMap) {
    // pos at "{": elements (values only for a map).
    pos++;
    const out = [];
    while (pos < t.length && !is("}")) {
      let v = expr();
      if (isMap && is(":")) {
        pos++;
        v = expr();
      }
      out.push(v);
      if (is(",")) pos++;
      else if (!is("}")) {
        skipRest(out);
        return out;
      }
    }
    pos++;
    return out;
  }

  function primary() {
    const tok = peek();
    if (!tok) return GENERATED;
    if (tok.kind === "string") {
      pos++;
      return tok.value;
    }
    if (is("[") && is("]", 1)) {
      pos += 2;
      const type = peek()?.value;
      pos++;
      if (is("{")) return compositeList(false);
      return GENERATED;
    }
    if (tok.kind === "ident" && tok.value === "map" && is("[", 1)) {
      while (pos < t.length && !is("{")) pos++;
      return compositeList(true);
    }
    if (tok.kind === "ident") {
      pos++;
      if (is("(")) {
        const name = tok.value;
        const a = args();
        return call(name, a);
      }
      if (is("{")) {
        skipBalanced();
        return GENERATED;
      }
      return env.has(tok.value) ? env.get(tok.value) : GENERATED;
    }
    if (is("(")) {
      pos++;
      const v = expr();
      if (is(")")) pos++;
      return v;
    }
    pos++;
    return GENERATED;
  }

  function expr() {
    let v = primary();
    while (is("+")) {
      pos++;
      const r = primary();
      v = typeof v === "string" && typeof r === "string" ? v + r : GENERATED;
    }
    return v;
  }

  const flat = (a) =>
    a.flatMap((x) => (x && x.spread ? (Array.isArray(x.spread) ? x.spread : [GENERATED]) : [x]));

  function call(name, a) {
    if (watch.includes(name)) onCall(name, a, env);
    if (name === "append") {
      const [first, ...rest] = a;
      return [...(Array.isArray(first) ? first : [GENERATED]), ...flat(rest)];
    }
    if (name === "fmt.Sprintf" && typeof a[0] === "string") {
      let k = 1;
      let failed = false;
      const out = a[0].replace(/%([-+# 0-9.]*)([svdqx%])/g, (m, _f, verb) => {
        if (verb === "%") return "%";
        const v = a[k++];
        if (typeof v !== "string") failed = true;
        return verb === "q" ? JSON.stringify(v) : String(v);
      });
      return failed ? GENERATED : out;
    }
    if (name === "strings.Join" && Array.isArray(a[0]) && typeof a[1] === "string")
      return a[0].every((x) => typeof x === "string") ? a[0].join(a[1]) : GENERATED;
    return extra ? extra(name, a) : GENERATED;
  }

  while (pos < t.length) {
    const tok = peek();
    if (tok.kind === "ident" && (tok.value === "const" || tok.value === "var") && is("(", 1)) {
      // A const ( … ) or var ( … ) block: its lines are assignments like any other, not a call's arguments.
      pos += 2;
    } else if (tok.kind === "ident" && (is(":=", 1) || is("=", 1)) && !tok.value.includes(".")) {
      pos += 2;
      const v = expr();
      env.set(tok.value, v);
      onStatement(tok.value, v, env);
    } else if (tok.kind === "ident" && is("(", 1)) {
      pos++;
      call(tok.value, args());
    } else pos++;
  }
  return env;
}
