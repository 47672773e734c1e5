// Secret detection on the parser tests of ynori7/credential-detector. Each parser test reads one sample file of a
// language (Go, PHP, YAML, JSON, XML, properties, shell, a private key …) and lists every credential value the
// parser must yield from it, and nothing else. Added in round 18 as a held-out corpus, measured blind on 480d21d
// before any change; its misses are never printed (no example, no verbose line).
//
// Labels, per sample file scanned whole (as a file-reading tool would return it):
// - positive: each value a test's expected results list as a literal; caught when it is no longer intact in the
//   forwarded file.
// - negative: each line of the same file that has an assignment's shape (a `=` or `:` with a letter or digit after
//   it), holds none of the expected values and is not part of one (a key's body); flagged when it is not intact in
//   the forwarded file. The parser's tests say it yields nothing from these lines.
// Left out: tests whose expected values are not literals (JavaScript, TypeScript, HTML check counts and look-ups),
// and every line of their samples.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { corpusPath } from "./corpora.mjs";
import { goString } from "./secret-horusec.mjs";
import { flag, inspect, report, WHOLE_FILE_ONLY } from "./secret-scoring.mjs";

const GO_LITERAL = String.raw`(\`[^\`]*\`|"(?:[^"\\\n]|\\.)*")`;
const SAMPLE = /"\.\.\/testdata\/([^"]+)"/;
const VALUE = new RegExp(String.raw`\bValue:\s*` + GO_LITERAL, "g");
const ASSIGNMENT = /[=:][^\n]*[A-Za-z0-9]/;

/** Each parser test's sample file with the literal values it wants, from one _test.go source. */
function wantedValues(source) {
  const tests = [];
  for (const body of source.split(/\nfunc /).slice(1)) {
    if (!body.startsWith("TestParser_")) continue;
    const sample = SAMPLE.exec(body)?.[1];
    if (!sample) continue;
    tests.push({ sample, values: [...body.matchAll(VALUE)].map((m) => goString(m[1])) });
  }
  return tests;
}

export function credentialDetector() {
  const dir = corpusPath("ynori7/credential-detector");
  if (!dir) return undefined;
  const commit = readFileSync(join(dir, ".commit"), "utf8").trim();
  const wanted = new Map();
  let notLiteral = 0;
  for (const name of readdirSync(join(dir, "parser")).filter((n) => n.endsWith("_test.go")))
    for (const { sample, values } of wantedValues(readFileSync(join(dir, "parser", name), "utf8"))) {
      if (!values.length) {
        notLiteral++;
        wanted.set(sample, null);
      } else if (wanted.get(sample) !== null) wanted.set(sample, [...(wanted.get(sample) ?? []), ...values]);
    }
  const rows = [];
  for (const [sample, values] of wanted) {
    if (values === null) continue;
    const text = readFileSync(join(dir, "testdata", sample), "utf8");
    const row = { family: sample, tp: 0, found: 0, fakes: 0, fp: 0, flagged: 0, example: "" };
    rows.push(row);
    const { redacted } = inspect(text);
    for (const value of new Set(values)) {
      row.tp++;
      if (!redacted.includes(value)) row.found++;
    }
    const lines = new Set(text.split("\n").map((l) => l.trim()));
    for (const line of lines) {
      if (!ASSIGNMENT.test(line) || values.some((v) => line.includes(v) || v.includes(line))) continue;
      row.fp++;
      if (redacted.includes(line)) continue;
      // The line's own finding names the type; none means only the file around it made it one.
      const { types } = inspect(line);
      flag(row, types.length ? types : [WHOLE_FILE_ONLY]);
    }
  }
  return report(
    "credential-detector parser tests",
    commit,
    rows,
    `${notLiteral} parser tests whose expected values are not literals (their samples are left out whole)`,
    [
      "positive: a value a parser test expects from its sample file, caught when it is redacted from the forwarded file",
      "negative: an assignment-shaped line of the same file with none of the expected values, flagged when changed",
    ],
  );
}
