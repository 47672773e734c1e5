// Secret detection on the test lines of two more public scanners, held out and measured blind first:
// Yelp's detect-secrets (each plugin's pytest parametrize tables: a line and whether it must be flagged, and
// the keyword plugin's tables of lines with the secret they must yield or none) and ripsecrets (files with one
// secret per line or per file, and a file that must yield none). A line the scanner's own test leaves alone
// only because of an annotation (`pragma: allowlist secret`) or its ignore file holds a credential by content
// and is not counted as a negative.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { corpusPath } from "./corpora.mjs";
import { GENERATED, parametrizeTables } from "./python-test-tables.mjs";
import { fakeValue, flag, inspect, report, show } from "./secret-scoring.mjs";

const ALLOWLISTED = /pragma:\s*allowlist[ -]secret/i;
/** Plugins whose findings are not credentials (a public IP address): their positives are left out. */
const NOT_SECRETS = new Set(["ip_public"]);
/** The argument that holds the scanned text, in detect-secrets' tables. */
const TEXT_ARGUMENTS = ["payload", "line", "file_content"];

function newRow(family) {
  return { family, tp: 0, found: 0, fakes: 0, fp: 0, flagged: 0, example: "" };
}

function scorePositive(row, family, text) {
  row.tp++;
  if (inspect(text).types.length) row.found++;
  else {
    if (fakeValue(text)) row.fakes++;
    row.example ||= `missed: ${text.trim()}`;
    show("missed", family, text.trim());
  }
}

function scoreNegative(row, family, text) {
  row.fp++;
  const { types, redacted } = inspect(text);
  if (types.length) {
    flag(row, types);
    row.example ||= `flagged ${types[0]}: ${text.trim()}`;
    show(`flagged ${types[0]}`, family, text.trim(), redacted.trim());
  }
}

/** detect-secrets' cases of one test file: {text, positive}, and how many rows could not be evaluated. */
function detectSecretsCases(src) {
  const { tables, env } = parametrizeTables(src);
  const cases = [];
  let generated = 0;
  let otherShape = 0;
  for (const { names, rows } of tables) {
    const textAt = names.findIndex((n) => TEXT_ARGUMENTS.includes(n));
    const flagAt = names.indexOf("should_flag");
    if (textAt < 0 || names.length > (flagAt < 0 ? 1 : 2)) {
      otherShape++;
      continue;
    }
    if (rows === GENERATED) {
      generated++;
      continue;
    }
    for (const row of rows) {
      const text = row === GENERATED ? GENERATED : row[textAt];
      const wanted = flagAt < 0 ? true : row[flagAt];
      if (typeof text !== "string" || typeof wanted !== "boolean") generated++;
      else cases.push({ text, positive: wanted });
    }
  }
  // The keyword plugin's tables: (line, the secret it must yield, or None).
  for (const [name, value] of env) {
    if (!name.endsWith("_TEST_CASES") || !Array.isArray(value)) continue;
    for (const row of value) {
      const [text, secret] = Array.isArray(row) ? row : [];
      if (typeof text !== "string" || (secret !== null && typeof secret !== "string")) generated++;
      else cases.push({ text, positive: secret !== null, secret });
    }
  }
  return { cases, generated, otherShape };
}

export function detectSecrets() {
  const dir = corpusPath("Yelp/detect-secrets");
  if (!dir) return undefined;
  const commit = readFileSync(join(dir, ".commit"), "utf8").trim();
  const root = join(dir, "tests/plugins");
  const all = [];
  let generated = 0;
  let otherShape = 0;
  for (const file of readdirSync(root).filter((f) => f.endsWith("_test.py"))) {
    const found = detectSecretsCases(readFileSync(join(root, file), "utf8"));
    generated += found.generated;
    otherShape += found.otherShape;
    for (const c of found.cases) all.push({ family: file.replace(/_test\.py$/, ""), ...c });
  }
  const positives = new Set(all.filter((c) => c.positive).map((c) => c.text));
  // The keyword tables name the secret a positive line must yield; a negative line of another file type that
  // holds the same value verbatim (the plugin skips it for that language's syntax) holds that credential.
  const secrets = [
    ...new Set(all.filter((c) => c.positive && typeof c.secret === "string").map((c) => c.secret)),
  ].filter((v) => v.length >= 8);
  const seen = new Set();
  let crossListed = 0;
  let allowlisted = 0;
  let repeated = 0;
  let notSecret = 0;
  const rows = new Map();
  for (const { family, text, positive } of all) {
    // The keyword tables are run once per file extension in detect-secrets; each line counts once here.
    const key = `${positive}\u0000${text}`;
    if (seen.has(key)) {
      repeated++;
      continue;
    }
    seen.add(key);
    if (!rows.has(family)) rows.set(family, newRow(family));
    const row = rows.get(family);
    if (positive && NOT_SECRETS.has(family)) notSecret++;
    else if (positive) scorePositive(row, family, text);
    else if (positives.has(text) || secrets.some((v) => text.includes(v))) crossListed++;
    else if (ALLOWLISTED.test(text)) allowlisted++;
    else scoreNegative(row, family, text);
  }
  return report(
    "detect-secrets plugin test lines",
    commit,
    [...rows.values()],
    `${generated} rows not literal (built at run time), ${otherShape} tables of other shapes (verification, entropy matrices), ${repeated} repeated lines, ${crossListed} negatives another table lists as positive or that hold a secret a positive line names, ${allowlisted} negatives only by an allowlist pragma, ${notSecret} positives of a plugin that finds no credential (public IP addresses)`,
    [
      "positive: a line the plugin must flag (or whose keyword table names a secret), found when any secret is reported",
      "negative: a line the plugin must not flag, flagged by any secret type",
    ],
  );
}

export function ripsecrets() {
  const dir = corpusPath("sirwart/ripsecrets");
  if (!dir) return undefined;
  const commit = readFileSync(join(dir, ".commit"), "utf8").trim();
  const ignoreFile = join(dir, ".secretsignore");
  const ignored = existsSync(ignoreFile)
    ? (readFileSync(ignoreFile, "utf8")
        .split("[secrets]")[1]
        ?.split("\n")
        .map((l) => l.trim())
        .filter(Boolean) ?? [])
    : [];
  const rows = [];
  let annotated = 0;
  for (const sub of ["one_per_line", "one_per_file"]) {
    for (const name of readdirSync(join(dir, "test", sub))) {
      const row = newRow(`${sub}/${name}`);
      const content = readFileSync(join(dir, "test", sub, name), "utf8");
      const texts = sub === "one_per_file" ? [content] : content.split("\n").filter((l) => l.trim());
      for (const text of texts) scorePositive(row, row.family, text);
      rows.push(row);
    }
  }
  const none = newRow("none");
  for (const line of readFileSync(join(dir, "test/none"), "utf8").split("\n")) {
    if (!line.trim()) continue;
    if (ALLOWLISTED.test(line) || ignored.some((s) => line.includes(s))) annotated++;
    else scoreNegative(none, "none", line);
  }
  rows.push(none);
  return report(
    "ripsecrets test files",
    commit,
    rows,
    `${annotated} negative lines whose secret is excused only by a pragma or the ignore file`,
    [
      "positive: each line of test/one_per_line/*, each file of test/one_per_file/*, found when any secret is reported",
      "negative: each line of test/none, flagged by any secret type",
    ],
  );
}
