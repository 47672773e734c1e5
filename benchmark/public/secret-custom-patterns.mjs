// Secret detection on GitHub's secret-scanning custom patterns (advanced-security/secret-scanning-custom-patterns,
// MIT). Each pattern in a directory's patterns.yml carries a test (a text and the offsets of the secret in it) and
// may list the exact spans it must find in the directory's sample files (`expected`); its test harness fails on
// any other match of such a pattern in those files. Added in round 15 as a held-out corpus, measured blind before
// any change.
//
// Labels:
// - positive: each test text's secret, and each expected span in a sample file, of a pattern that finds a
//   credential (not the PII, e-mail, internal URL, IP address, UUID, public key, typo or pinned-action patterns,
//   which are left out). Caught when the secret is no longer intact once the text (for a span: the lines holding
//   it) is forwarded. A test without offsets is caught by any secret finding. The common-passwords pattern's
//   expected spans sit in a word list of passwords (not a credential in use) and are left out; its test is kept.
// - negative: a line of a sample file in a directory whose every credential pattern lists its exact expected
//   spans (so the harness asserts no other match), that holds no expected span of any pattern and has something
//   value-like on it (a run of 8 or more token characters); also each line of a sample whose name says it is not
//   the vendor's (not_*). Scanned alone, flagged by any secret type.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { corpusPath } from "./corpora.mjs";
import { fakeValue, flag, inspect, report, show } from "./secret-scoring.mjs";

const { parse } = createRequire(new URL("../../packages/config/package.json", import.meta.url))("yaml");

/** Patterns that find something other than a credential. */
const NOT_SECRETS =
  /^(?:iban_|credit_card|no_national_id|hardcoded_internal_|any_ipv4|ghcr_typos|github_actions_sha_checker|uuids$|ssh_public_key$)/;
const WORD_LIST_PATTERN = "common_passwords_shortlist";
const VALUE_LIKE = /[A-Za-z0-9+/=_.:@-]{8,}/;

const tests = (p) => (Array.isArray(p.test) ? p.test : p.test ? [p.test] : []);

/** The byte span [start, end) of a test or expected entry, as text (offsets are bytes, as hyperscan reports). */
function spanOf(bytes, entry) {
  if (entry.start_offset === undefined) return undefined;
  const end = entry.end_offset ?? bytes.length;
  return {
    start: bytes.subarray(0, entry.start_offset).toString("utf8").length,
    text: bytes.subarray(entry.start_offset, end).toString("utf8").trim(),
  };
}

/** Sample files of a directory (recursively), without the patterns, snapshots and notes. */
function sampleFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== "__snapshots__") out.push(...sampleFiles(path));
    } else if (name !== "patterns.yml" && name !== "README.md") out.push(path);
  }
  return out;
}

const isText = (bytes) => !bytes.includes(0) && !bytes.toString("utf8").includes("\uFFFD");

export function customPatterns() {
  const root = corpusPath("advanced-security/secret-scanning-custom-patterns");
  if (!root) return undefined;
  const commit = readFileSync(join(root, ".commit"), "utf8").trim();
  const rows = new Map();
  const rowOf = (family) => {
    if (!rows.has(family))
      rows.set(family, { family, tp: 0, found: 0, fakes: 0, fp: 0, flagged: 0, example: "" });
    return rows.get(family);
  };
  let skippedTypes = 0;
  let binary = 0;
  const dirs = readdirSync(root).filter(
    (d) => !d.startsWith(".") && d !== "pii" && statSync(join(root, d)).isDirectory(),
  );
  for (const d of dirs) {
    const dir = join(root, d);
    let spec;
    try {
      spec = parse(readFileSync(join(dir, "patterns.yml"), "utf8"));
    } catch {
      continue;
    }
    const patterns = spec?.patterns ?? [];
    const files = new Map();
    for (const path of sampleFiles(dir)) {
      const bytes = readFileSync(path);
      if (isText(bytes)) files.set(relative(dir, path), bytes);
      else binary++;
    }
    // Every expected span of any pattern, per file (character offsets), so negatives never overlap one.
    const covered = new Map();
    const seen = new Set();
    for (const p of patterns) {
      for (const e of p.expected ?? []) {
        const bytes = files.get(e.name);
        const span = bytes && spanOf(bytes, e);
        if (!span) continue;
        if (!covered.has(e.name)) covered.set(e.name, []);
        covered.get(e.name).push([span.start, span.start + span.text.length + 1]);
      }
    }
    for (const p of patterns) {
      if (NOT_SECRETS.test(p.type)) {
        skippedTypes++;
        continue;
      }
      const row = rowOf(p.type);
      const positive = (text, secret, where) => {
        row.tp++;
        const { types, redacted } = inspect(text);
        const caught = secret ? !redacted.includes(secret) : types.length > 0;
        if (caught) row.found++;
        else {
          if (fakeValue(secret ?? text)) row.fakes++;
          row.example ||= `missed: ${secret ?? text}`;
          show("missed", `${p.type}${where}`, secret ?? text);
        }
      };
      for (const t of tests(p)) {
        if (typeof t.data !== "string") continue;
        const span = spanOf(Buffer.from(t.data, "utf8"), t);
        positive(t.data, span?.text || undefined, "");
      }
      if (p.type === WORD_LIST_PATTERN) continue;
      for (const e of p.expected ?? []) {
        const bytes = files.get(e.name);
        const span = bytes && spanOf(bytes, e);
        if (!span?.text) continue;
        const key = `${e.name}:${span.start}:${span.text.length}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const text = bytes.toString("utf8");
        const from = text.lastIndexOf("\n", span.start - 1) + 1;
        const newline = text.indexOf("\n", span.start + span.text.length);
        positive(text.slice(from, newline < 0 ? undefined : newline), span.text, `/${e.name}`);
      }
    }
    // Negatives: only where the harness asserts the exact set of every credential pattern's matches.
    const asserted = patterns.every(
      (p) => NOT_SECRETS.test(p.type) || p.type === WORD_LIST_PATTERN || p.expected?.length,
    );
    for (const [name, bytes] of files) {
      if (!asserted && !/^not_/.test(name.split("/").pop())) continue;
      if (d === "common") continue;
      const row = rowOf(`${d}/${name}`);
      const text = bytes.toString("utf8");
      const spans = covered.get(name) ?? [];
      let at = 0;
      for (const line of text.split("\n")) {
        const start = at;
        at += line.length + 1;
        if (!VALUE_LIKE.test(line)) continue;
        if (spans.some(([s, e]) => s < at && e > start)) continue;
        row.fp++;
        const { types, redacted } = inspect(line);
        if (types.length) {
          flag(row, types);
          row.example ||= `flagged ${types[0]}: ${line}`;
          show(`flagged ${types[0]}`, row.family, line, redacted);
        }
      }
    }
  }
  return report(
    "GitHub secret-scanning custom patterns",
    commit,
    [...rows.values()].filter((r) => r.tp + r.fp > 0),
    `${skippedTypes} patterns that find no credential, ${binary} binary sample files`,
    [
      "positive: a credential pattern's test secret or expected span, caught when it is not intact once forwarded",
      "negative: a value-like line of a sample file holding no expected span, where the harness asserts each credential pattern's exact matches (or the file is named not_*), scanned alone",
    ],
  );
}
