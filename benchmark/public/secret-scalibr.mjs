// Secret detection on the test tables of OSV-SCALIBR's Veles secret detectors (veles/secrets/<family>/*_test.go):
// each case is a composite literal with an input and the secrets the detector must yield from it (want:, or
// expected: in a few files, secret: in the acceptance tables), none for a true negative. Tables of validators (they test HTTP verification, not
// detection) and of the shared helpers under common/ are left out. Values are read from the Go source with the
// small literal evaluator; a case whose input is built at run time (a slice, strings.Repeat, a random key) is
// skipped and counted. Added in round 11 as a held-out corpus, measured blind before any change.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { corpusPath } from "./corpora.mjs";
import { evaluateFile, GENERATED } from "./go-literals.mjs";
import { evaluateExpression, goExpression } from "./secrets.mjs";
import { flag, inspect, report, show } from "./secret-scoring.mjs";

const ROOT = "veles/secrets";
const LEFT_OUT =
  /(?:^common\/|validator_test\.go$|_benchmark_test\.go$|checksum_test\.go$|signature_test\.go$)/;

function testFiles(dir, base = dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...testFiles(path, base));
    else if (name.endsWith("_test.go") && !LEFT_OUT.test(relative(base, path))) out.push(path);
  }
  return out;
}

/** Index just past the brace that closes the composite literal whose opening brace is at `open`. */
function closingBrace(src, open) {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === "`") i = src.indexOf("`", i + 1);
    else if (c === '"' || c === "'") {
      for (i++; i < src.length && src[i] !== c; i++) if (src[i] === "\\") i++;
    } else if (c === "/" && src[i + 1] === "/") i = src.indexOf("\n", i);
    else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return i + 1;
    if (i < 0) return src.length;
  }
  return src.length;
}

/** Index of the brace that opens the composite literal enclosing `at`, or -1. */
function openingBrace(src, at) {
  // Walk back over balanced groups; strings before `at` on the same literal are skipped by matching quotes
  // forward from the brace found, so check the candidate encloses `at`.
  for (let i = at; i >= 0; i--) {
    if (src[i] !== "{") continue;
    if (closingBrace(src, i) > at) return i;
  }
  return -1;
}

/** The top-level `key: expression` fields of the composite literal src[open..close). */
function fields(src, open, close) {
  const out = new Map();
  const body = src.slice(open + 1, close - 1);
  for (let i = 0; i < body.length;) {
    const m = /^\s*([A-Za-z_]\w*)\s*:(?!=)/.exec(body.slice(i, i + 200));
    if (!m) {
      // Not a keyed element: skip one expression.
      const e = goExpression(body, i);
      i += e.length + 1;
      continue;
    }
    const start = i + m[0].length;
    const expr = goExpression(body, start);
    out.set(m[1], expr);
    i = start + expr.length + 1;
  }
  return out;
}

const EMPTY_WANT = /^\s*(?:nil|\[\]veles\.Secret\s*\{\s*\}|\[\]veles\.Secret\(nil\))\s*$/;

/** Each case of a file: {input, want}, want being the wanted secrets' string fields, undefined for a negative. */
export function cases(src) {
  const env = evaluateFile(src);
  const out = [];
  const seen = new Set();
  for (const m of src.matchAll(/[{,\s]input\s*:(?!=)/g)) {
    const open = openingBrace(src, m.index + 1);
    if (open < 0 || seen.has(open)) continue;
    seen.add(open);
    const close = closingBrace(src, open);
    const f = fields(src, open, close);
    if (!f.has("input")) continue;
    const input = evaluateExpression(f.get("input"), env);
    // want: / expected: list the secrets; an acceptance table's secret: names the one secret it must yield.
    const wantExpr = f.has("secret") ? `{${f.get("secret")}}` : (f.get("want") ?? f.get("expected"));
    if (wantExpr === undefined || EMPTY_WANT.test(wantExpr)) {
      out.push({ input, want: undefined });
      continue;
    }
    // Each wanted secret (an element of the []veles.Secret literal) as the string fields it holds (Key: …,
    // Token: …, ID: …), evaluated where they can be.
    const listOpen = wantExpr.indexOf("{");
    const elements = [];
    if (listOpen >= 0) {
      const body = wantExpr.slice(listOpen + 1, closingBrace(wantExpr, listOpen) - 1);
      for (let i = 0; i < body.length;) {
        const e = goExpression(body, i);
        if (/\S/.test(e)) elements.push(e);
        i += e.length + 1;
      }
    }
    const want = elements.map((e) => {
      const parts = [];
      for (const fm of e.matchAll(/([A-Za-z_]\w*)\s*:(?!=)\s*/g)) {
        const v = evaluateExpression(goExpression(e, fm.index + fm[0].length), env);
        if (typeof v === "string") parts.push(v);
      }
      return parts;
    });
    out.push({ input, want });
  }
  return out;
}

export function scalibr() {
  const dir = corpusPath("google/osv-scalibr");
  if (!dir) return undefined;
  const commit = readFileSync(join(dir, ".commit"), "utf8").trim();
  const root = join(dir, ROOT);
  const all = [];
  for (const file of testFiles(root)) {
    const family = relative(root, file)
      .replace(/\/[^/]*_test\.go$/, "")
      .replace(/\//g, "-");
    for (const c of cases(readFileSync(file, "utf8"))) all.push({ family, ...c });
  }
  // As for trufflehog: a negative that holds, verbatim, a secret some positive case wants is a credential the
  // detector declines for a reason outside the text (a context it requires), counted apart.
  const wanted = new Set(all.flatMap((c) => (c.want ?? []).flat()).filter((w) => w.length >= 16));
  const rows = new Map();
  let generated = 0;
  let crossListed = 0;
  let empty = 0;
  for (const { family, input, want } of all) {
    if (typeof input !== "string" || input === GENERATED) {
      generated++;
      continue;
    }
    if (!/[A-Za-z0-9]/.test(input)) {
      empty++; // an empty or blank input: nothing to find, nothing to flag
      continue;
    }
    if (!rows.has(family))
      rows.set(family, { family, tp: 0, found: 0, fakes: 0, fp: 0, flagged: 0, example: "" });
    const row = rows.get(family);
    const { types, redacted } = inspect(input);
    if (want) {
      row.tp++;
      // Caught when each wanted secret loses at least one of the values it holds verbatim in the input (for a
      // pair such as an access-key id and its secret, one part gone is enough, as the id alone is no secret);
      // with no value read from the want, when any secret finding is made.
      const verbatim = want
        .map((parts) => parts.filter((w) => w.length >= 8 && input.includes(w)))
        .filter((parts) => parts.length);
      const caught = verbatim.length
        ? verbatim.every((parts) => parts.some((w) => !redacted.includes(w)))
        : types.length > 0;
      if (caught) row.found++;
      else {
        row.example ||= `missed: ${input.trim()}`;
        show("missed", family, input.trim());
      }
    } else if ([...wanted].some((w) => input.includes(w))) crossListed++;
    else {
      row.fp++;
      if (types.length) {
        flag(row, types);
        row.example ||= `flagged ${types[0]}: ${input.trim()}`;
        show(`flagged ${types[0]}`, family, input.trim(), redacted.trim());
      }
    }
  }
  return report(
    "OSV-SCALIBR Veles detector tests",
    commit,
    [...rows.values()],
    `${generated} cases whose input is built at run time, ${empty} blank inputs, ${crossListed} negatives holding a secret a positive case wants`,
    [
      "positive: a case wanting secrets, caught when a wanted value found verbatim in the input is redacted (any secret finding when none is read)",
      "negative: a case wanting none, flagged by any secret type",
    ],
  );
}
