// Secret detection on the rule tests of horusec's leaks engine (ZupIT/horusec, archived). Each rule has a vulnerable
// sample, whose test names the lines (code samples) the rule must find, and a safe sample the rule must not flag.
// Added in round 14 as a held-out corpus, measured blind before any change.
//
// Labels:
// - positive: each code sample the vulnerable test wants; caught when that line is no longer intact in the
//   forwarded sample (something on it was redacted), or, when the line is not found verbatim in its sample, when
//   the sample has any secret finding.
// - negative: each safe sample (a whole small file), flagged by any secret type.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { corpusPath } from "./corpora.mjs";
import { flag, inspect, report, show } from "./secret-scoring.mjs";

const DIR = "internal/services/engines/leaks";

/** Go's two string literal forms: a raw `…` string as it stands, an interpreted "…" one unescaped. */
export function goString(literal) {
  if (literal.startsWith("`")) return literal.slice(1, -1);
  return JSON.parse(literal.replace(/\\'/g, "'"));
}

/** Every sample constant of samples.go, by name. */
function samples(source) {
  const out = new Map();
  for (const m of source.matchAll(
    /\b(Sample(?:Vulnerable|Safe)[A-Z0-9]+)\s*=\s*(`[^`]*`|"(?:[^"\\\n]|\\.)*")/g,
  ))
    out.set(m[1], goString(m[2]));
  return out;
}

/** The wanted code samples of each vulnerable sample, from TestRulesVulnerableCode's table. */
function wantedLines(source) {
  const start = source.indexOf("func TestRulesVulnerableCode");
  const end = source.indexOf("\nfunc ", start + 1);
  const body = source.slice(start, end < 0 ? undefined : end);
  const out = new Map();
  let current;
  const token = /\bSrc:\s*(Sample[A-Za-z0-9]+)|\bCodeSample:\s*(`[^`]*`|"(?:[^"\\\n]|\\.)*")/g;
  for (const m of body.matchAll(token)) {
    if (m[1]) {
      current = m[1];
      if (!out.has(current)) out.set(current, []);
    } else if (current) out.get(current).push(goString(m[2]));
  }
  return out;
}

export function horusec() {
  const dir = corpusPath("ZupIT/horusec");
  if (!dir) return undefined;
  const commit = readFileSync(join(dir, ".commit"), "utf8").trim();
  const consts = samples(readFileSync(join(dir, DIR, "samples.go"), "utf8"));
  const wanted = wantedLines(readFileSync(join(dir, DIR, "rules_test.go"), "utf8"));
  const rows = new Map();
  const rowOf = (family) => {
    if (!rows.has(family))
      rows.set(family, { family, tp: 0, found: 0, fakes: 0, fp: 0, flagged: 0, example: "" });
    return rows.get(family);
  };
  let missingSample = 0;
  for (const [name, lines] of wanted) {
    const text = consts.get(name);
    if (text === undefined) {
      missingSample++;
      continue;
    }
    const family = name.replace(/^SampleVulnerable/, "");
    const row = rowOf(family);
    const { types, redacted } = inspect(text);
    for (const line of lines) {
      row.tp++;
      const caught = text.includes(line) ? !redacted.includes(line) : types.length > 0;
      if (caught) row.found++;
      else {
        row.example ||= `missed: ${line}`;
        show("missed", family, line);
      }
    }
  }
  for (const [name, text] of consts) {
    if (!name.startsWith("SampleSafe")) continue;
    const family = name.replace(/^SampleSafe/, "");
    const row = rowOf(family);
    row.fp++;
    const { types, redacted } = inspect(text);
    if (types.length) {
      flag(row, types);
      row.example ||= `flagged ${types[0]}: ${text.trim()}`;
      show(`flagged ${types[0]}`, family, text.trim(), redacted.trim());
    }
  }
  return report(
    "horusec leaks rule tests",
    commit,
    [...rows.values()],
    `${missingSample} wanted samples not found among the constants`,
    [
      "positive: a line the vulnerable sample's test wants found, caught when something on it is redacted from the forwarded sample",
      "negative: a rule's safe sample (the whole file), flagged by any secret type",
    ],
  );
}
