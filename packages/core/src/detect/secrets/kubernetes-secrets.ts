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

export function kubernetesSecretDetector(): Detector {
  return {
    type: "kubernetes_secret",
    category: "secret",
    confidence: 0.95,
    find(text) {
      if (!text.includes("Secret") || !/kind/i.test(text)) return [];
      const spans: Span[] = [];
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
