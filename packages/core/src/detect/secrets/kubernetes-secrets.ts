// A Kubernetes Secret manifest, as `kubectl get secret -o yaml` prints it or a repository holds it: every
// value under its `data:` (base64) or `stringData:` (plain) is the secret, whatever its key is called
// (`tls.key`, `config.json`, `DATABASE_URL`, `extra`). The name rules only see keys that say "password" or
// "token"; this reads the manifest's kind instead. One YAML document (between `---` lines) is read once,
// however many kind lines it holds, so the scan stays linear.
import type { Detector, Span } from "../detectors.js";
import { isPlaceholder, isReference, isWords } from "./placeholders.js";

/** `kind: Secret` on a line of its own (quoted or not); `kind: SecretProviderClass` and prose are not it. */
const KIND_LINE = /^[ \t]*["']?kind["']?[ \t]*:[ \t]*["']?Secret["']?[ \t]*(?:#.*)?$/gm;
/** The block's own line: `data:` or `stringData:` with nothing after it. */
const BLOCK_LINE = /^([ \t]*)(data|stringData)[ \t]*:[ \t]*(?:#.*)?$/gm;
/** One entry's key and what separates it from the value; the value is cut out in code (no backtracking). */
const ENTRY_KEY = /^([ \t]+)["']?[A-Za-z0-9._-]{1,253}["']?[ \t]*:[ \t]*/;

/** An entry's value: without a trailing comment, blanks and one pair of quotes around it. */
function entryValue(rest: string): string {
  const comment = rest.indexOf(" #");
  let value = (comment < 0 ? rest : rest.slice(0, comment)).trim();
  const q = value[0];
  if ((q === '"' || q === "'") && value.length >= 2 && value[value.length - 1] === q)
    value = value.slice(1, -1);
  return value;
}

/** Shortest base64 worth reading: four bytes (`YWRtaW4=` is "admin", a user name the placeholder filter knows). */
const MIN_ENCODED = 8;
const MIN_PLAIN = 6;

/** What a `data:` value holds once decoded, or undefined when it is no base64. */
function decoded(value: string): string | undefined {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value) || value.length % 4 !== 0) return undefined;
  try {
    return atob(value);
  } catch {
    return undefined;
  }
}

/** Whether an entry's value is a secret: not empty, a stand-in, a reference or (decoded) a stand-in word. */
function secretValue(value: string, encoded: boolean): boolean {
  if (isPlaceholder(value) || isReference(value)) return false;
  // A plain value of lower-case words (production, us-east-1) is a setting the manifest keeps beside its secrets.
  if (!encoded) return value.length >= MIN_PLAIN && !isWords(value);
  if (value.length < MIN_ENCODED) return false;
  const plain = decoded(value);
  if (plain === undefined) return false;
  const text = plain.trim();
  return text.length > 0 && !isPlaceholder(text) && !isReference(text);
}

/** The secret values of one YAML document's data and stringData blocks. */
function valuesIn(text: string, from: number, to: number, spans: Span[]): void {
  const doc = text.slice(from, to);
  BLOCK_LINE.lastIndex = 0;
  for (let block = BLOCK_LINE.exec(doc); block !== null; block = BLOCK_LINE.exec(doc)) {
    const indent = (block[1] ?? "").length;
    const encoded = block[2] === "data";
    let at = block.index + block[0].length + 1;
    // The block's entries: the lines indented deeper than its own line, up to the first one that is not.
    while (at < doc.length) {
      const newline = doc.indexOf("\n", at);
      const end = newline < 0 ? doc.length : newline;
      const line = doc.slice(at, end).replace(/\r$/, "");
      if (line.trim() !== "") {
        const entry = ENTRY_KEY.exec(line);
        if (!entry || (entry[1] ?? "").length <= indent) break;
        const value = entryValue(line.slice(entry[0].length));
        if (value !== "" && secretValue(value, encoded)) {
          const start = from + at + line.lastIndexOf(value);
          spans.push({ start, end: start + value.length });
        }
      }
      at = end + 1;
    }
    BLOCK_LINE.lastIndex = Math.max(BLOCK_LINE.lastIndex, at);
  }
}

/**
 * The same manifest as JSON (`kubectl get secret -o json`, whose keys come sorted: "data" before "kind"). One
 * pass over the text counts the braces outside strings, so a data object and a `"kind": "Secret"` belong to
 * the same object when they stand at the same depth with no closing brace of that object between them,
 * whichever comes first.
 */
const JSON_TOKEN =
  /"kind"[ \t\r\n]*:[ \t\r\n]*"([A-Za-z]{1,64})"|"(data|stringData)"[ \t\r\n]*:[ \t\r\n]*\{/g;
const JSON_ENTRY =
  /"(?:[^"\\\r\n]|\\.){1,253}"[ \t\r\n]*:[ \t\r\n]*"((?:[^"\\\r\n]|\\.){0,65536})"[ \t\r\n]*[,}]/y;

interface Pending {
  depth: number;
  spans: Span[];
}

/** The secret values of one flat JSON object, from just after its `{`; and where it ends. */
function jsonObjectValues(text: string, at: number, encoded: boolean): { spans: Span[]; end: number } {
  const spans: Span[] = [];
  let i = at;
  for (;;) {
    while (i < text.length && " \t\r\n".includes(text[i] ?? "")) i++;
    if (text[i] === "}") return { spans, end: i + 1 };
    JSON_ENTRY.lastIndex = i;
    const entry = JSON_ENTRY.exec(text);
    if (!entry) return { spans, end: i };
    const value = entry[1] ?? "";
    const closing = JSON_ENTRY.lastIndex - 1;
    const start = text.lastIndexOf('"', text.lastIndexOf('"', closing) - 1) + 1;
    if (value !== "" && !value.includes("\\") && secretValue(value, encoded))
      spans.push({ start, end: start + value.length });
    if (text[closing] === "}") return { spans, end: closing + 1 };
    i = closing + 1;
  }
}

function jsonValues(text: string, spans: Span[]): void {
  let depth = 0;
  let inString = false;
  let kindDepth = -1;
  const pending: Pending[] = [];
  JSON_TOKEN.lastIndex = 0;
  let next = JSON_TOKEN.exec(text);
  for (let i = 0; i < text.length; i++) {
    if (next !== null && i === next.index && !inString) {
      const token = next;
      if (token[1] !== undefined) {
        // A kind settles the data waiting at its depth, which is on top of the stack (a Secret's data is its
        // secret, another kind's is not); deeper ones were popped when their objects closed.
        for (let top = pending.at(-1); top !== undefined && top.depth === depth; top = pending.at(-1)) {
          pending.pop();
          if (token[1] === "Secret") spans.push(...top.spans);
        }
        if (token[1] === "Secret") kindDepth = depth;
        i = token.index + token[0].length - 1;
      } else {
        const object = jsonObjectValues(text, token.index + token[0].length, token[2] === "data");
        if (kindDepth === depth) spans.push(...object.spans);
        else if (object.spans.length) pending.push({ depth, spans: object.spans });
        i = Math.max(object.end, token.index + token[0].length) - 1;
      }
      JSON_TOKEN.lastIndex = i + 1;
      next = JSON_TOKEN.exec(text);
      continue;
    }
    if (next !== null && i > next.index) {
      // The token started inside a string: look for the next one from here.
      JSON_TOKEN.lastIndex = i;
      next = JSON_TOKEN.exec(text);
    }
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123) depth++;
    else if (c === 125) {
      depth--;
      // The object that held the kind or the pending data closed.
      if (depth < kindDepth) kindDepth = -1;
      // Entries are pushed at the depth of their time, so the stack is ordered by depth: pop the closed ones.
      while ((pending.at(-1)?.depth ?? -1) > depth) pending.pop();
    }
  }
}

export function kubernetesSecretDetector(): Detector {
  return {
    type: "kubernetes_secret",
    category: "secret",
    confidence: 0.95,
    find(text) {
      if (!text.includes("Secret") || !/kind/i.test(text)) return [];
      const spans: Span[] = [];
      if (text.includes('"kind"')) jsonValues(text, spans);
      let done = 0;
      KIND_LINE.lastIndex = 0;
      for (let kind = KIND_LINE.exec(text); kind !== null; kind = KIND_LINE.exec(text)) {
        if (kind.index < done) continue;
        // The document around the kind line: from the separator before it (or the start) to the next one.
        const before = text.lastIndexOf("\n---", kind.index);
        const from = Math.max(before < 0 ? 0 : before + 4, done);
        const after = text.indexOf("\n---", kind.index);
        const to = after < 0 ? text.length : after;
        valuesIn(text, from, to, spans);
        done = to;
        KIND_LINE.lastIndex = Math.max(KIND_LINE.lastIndex, to);
      }
      return spans;
    },
  };
}
