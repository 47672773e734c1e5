// Secret detection on public corpora we did not write: the rule-test fixtures of gitleaks (each rule's true
// and false positives), the detector pattern tests of trufflehog (inputs with the secrets they must or must
// not yield), secretlint's rule snapshots, and (secret-rule-examples.mjs) the rule examples of Nosey Parker and
// Kingfisher. gitleaks' and trufflehog's are read from the Go source with a small literal evaluator; fixtures
// made at run time (random secrets) cannot be reproduced and are skipped and counted. Scanning uses the
// daemon's own scanner with every type enabled and the default confidence threshold, as the daemon runs with
// every action set to act.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { corpusPath } from "./corpora.mjs";
import { evaluateFile, GENERATED } from "./go-literals.mjs";
import { flag, inspect, report, show, fakeValue, scoreRuleFixtures } from "./secret-scoring.mjs";
import { kingfisher, noseyparker, titus } from "./secret-rule-examples.mjs";
import { benignSources } from "./benign-sources.mjs";
import { detectSecrets, ripsecrets } from "./secret-test-lines.mjs";
import { twoms } from "./secret-2ms.mjs";
import { semgrepSecrets } from "./secret-semgrep.mjs";
import { whispers } from "./secret-whispers.mjs";
import { trivy } from "./secret-trivy.mjs";
import { scalibr } from "./secret-scalibr.mjs";
import { credsweeper } from "./secret-credsweeper.mjs";
import { sonar } from "./secret-sonar.mjs";
import { horusec } from "./secret-horusec.mjs";
import { customPatterns } from "./secret-custom-patterns.mjs";
import { checkov } from "./secret-checkov.mjs";
import { fakeLeaks } from "./secret-fake-leaks.mjs";
import { credentialDetector } from "./secret-credential-detector.mjs";

// gitleaks: cmd/generate/config/rules/<family>.go, each rule calling utils.Validate(r, tps, fps).
/** Every literal fixture of gitleaks' rules ({family, positive, text}), with what had to be skipped. */
export function gitleaksFixtures(dir) {
  const rulesDir = join(dir, "cmd/generate/config/rules");
  // The sample contexts gitleaks expands a literal secret into are read from its own source.
  const generator = evaluateFile(readFileSync(join(dir, "cmd/generate/config/utils/generate.go"), "utf8"));
  const templates = generator.get("samples");
  const single =
    /GenerateSampleSecret\(identifier string, secret string\) string \{\s*return fmt\.Sprintf\("((?:[^"\\]|\\.)*)"/.exec(
      readFileSync(join(dir, "cmd/generate/config/utils/generate.go"), "utf8"),
    );
  if (!Array.isArray(templates) || !single) throw new Error("gitleaks' sample generator changed shape");
  const singleFormat = JSON.parse(`"${single[1]}"`);
  const extra = (name, args) => {
    const [id, secret] = args;
    if (name === "utils.GenerateSampleSecrets")
      return typeof secret === "string" && typeof id === "string"
        ? templates.map((t) =>
            t.replaceAll("{i}", id).replaceAll("{I}", id.toUpperCase()).replaceAll("{s}", secret),
          )
        : templates.map(() => GENERATED);
    if (name === "utils.GenerateSampleSecret")
      return typeof secret === "string" && typeof id === "string"
        ? singleFormat.replace("%s", id).replace("%s", secret)
        : GENERATED;
    return GENERATED;
  };
  let skipped = 0;
  let pathOnly = 0;
  const list = (v) => (v === undefined || v === GENERATED ? [] : Array.isArray(v) ? v : [v]);
  // First every fixture, then the scoring: a rule's negative that another rule of gitleaks lists as its
  // positive (a Cloudflare origin CA key is a negative of the API key rule) is a credential, not a negative.
  const fixtures = [];
  for (const file of readdirSync(rulesDir).filter((f) => f.endsWith(".go") && !f.endsWith("_test.go"))) {
    const family = file.replace(/\.go$/, "");
    evaluateFile(readFileSync(join(rulesDir, file), "utf8"), {
      extra,
      watch: ["utils.Validate", "utils.ValidateWithPaths"],
      onCall: (_name, args) => {
        const [, tps, fps] = args;
        for (const [positive, values] of [
          [true, list(tps)],
          [false, list(fps)],
        ])
          for (const text of values) {
            if (typeof text !== "string") skipped++;
            else if (text === "")
              pathOnly++; // a rule that matches a file name (*.p12) with empty content: nothing to scan
            else fixtures.push({ family, positive, text });
          }
      },
    });
  }
  return { fixtures, skipped, pathOnly };
}

function gitleaks() {
  const dir = corpusPath("gitleaks/gitleaks");
  if (!dir) return undefined;
  const commit = readFileSync(join(dir, ".commit"), "utf8").trim();
  const { fixtures, skipped, pathOnly } = gitleaksFixtures(dir);
  const { rows, crossListed } = scoreRuleFixtures(fixtures);
  return report(
    "gitleaks rule fixtures",
    commit,
    rows,
    `${skipped} fixtures generated at run time (random secrets), ${pathOnly} that are a file name with empty content, ${crossListed} negatives of one rule that another rule lists as its positive`,
    [
      "positive: any secret finding in the fixture; negative: a fixture the rule must not match, flagged by any secret type",
    ],
  );
}

// trufflehog: pkg/detectors/<family>/<family>_test.go, test tables of {name, input, want}.
function trufflehog() {
  const dir = corpusPath("trufflesecurity/trufflehog");
  if (!dir) return undefined;
  const commit = readFileSync(join(dir, ".commit"), "utf8").trim();
  const root = join(dir, "pkg/detectors");
  const rows = [];
  let skipped = 0;
  let noTable = 0;
  let crossListed = 0;
  let wholly = 0;
  const tables = [];
  for (const family of readdirSync(root)) {
    const familyDir = join(root, family);
    if (!existsSync(familyDir) || !readdirSync(familyDir).length) continue;
    for (const file of readdirSync(familyDir).filter(
      (f) => f.endsWith("_test.go") && !f.includes("integration"),
    )) {
      const cases = testCases(readFileSync(join(familyDir, file), "utf8"));
      if (cases) tables.push({ family, cases });
      else noTable++;
    }
  }
  // A negative case is a text the detector must not report, often for a reason outside the text's secret (the
  // paired id is missing, the key is a regular one where the detector wants an admin one). When it holds,
  // verbatim, a secret that a positive case of any detector wants, it is a credential, counted apart as for
  // gitleaks' cross-listed negatives.
  const wanted = new Set(
    tables.flatMap(({ cases }) =>
      cases
        .flatMap((c) => (Array.isArray(c?.want) ? c.want : []))
        .filter((w) => typeof w === "string")
        .flatMap((w) => w.split(/[:;|]/))
        .filter((w) => w.length >= 16),
    ),
  );
  const holdsWanted = (input) => [...wanted].some((w) => input.includes(w));
  for (const { family, cases } of tables) {
    let row = rows.find((r) => r.family === family);
    if (!row) rows.push((row = { family, tp: 0, found: 0, fakes: 0, fp: 0, flagged: 0, example: "" }));
    for (const c of cases) {
      if (c === undefined || typeof c.input !== "string" || c.want === GENERATED) {
        skipped++;
        continue;
      }
      const wants = (c.want ?? []).filter((w) => typeof w === "string");
      if (!wants.length && holdsWanted(c.input)) {
        crossListed++;
        continue;
      }
      const { types, redacted } = inspect(c.input);
      if (wants.length) {
        row.tp++;
        // A wanted result is often a tuple (host:id:secret, key:e-mail, url:key): the credential is the tuple the
        // detector verifies, and it is withheld once any of its verbatim parts is gone from what would be
        // forwarded (the parts left are host names, ids and user names, which are not secrets alone). Caught when
        // every wanted result is withheld; `wholly` counts the cases where every part of every result is gone.
        const parts = (w) => w.split(/[:;|]/).filter((p) => p.length >= 8 && c.input.includes(p));
        const gone = (p) => !redacted.includes(p);
        const verbatim = wants.map(parts).filter((ps) => ps.length);
        const caught = verbatim.length ? verbatim.every((ps) => ps.some(gone)) : types.length > 0;
        if (verbatim.length ? verbatim.every((ps) => ps.every(gone)) : types.length > 0) wholly++;
        if (caught) row.found++;
        else {
          if (fakeValue(c.input)) row.fakes++;
          row.example ||= `missed: ${c.input.trim()}`;
          show("missed", family, c.input.trim());
        }
      } else {
        row.fp++;
        if (types.length) {
          flag(row, types);
          row.example ||= `flagged ${types[0]}: ${c.input.trim()}`;
          show(`flagged ${types[0]}`, family, c.input.trim(), redacted.trim());
        }
      }
    }
  }
  return report(
    "trufflehog detector pattern tests",
    commit,
    rows.filter((r) => r.tp + r.fp),
    `${skipped} test cases built at run time, ${noTable} test files without a literal {input, want} table, ${crossListed} negatives holding a secret that a positive case wants`,
    [
      "positive: a case with a wanted result, caught when each wanted result (a secret, or a tuple such as host:id:secret) loses at least one of its parts found verbatim in the input",
      `  (${wholly} positives have every part of every wanted result redacted, the criterion before round 6)`,
      "negative: a case that wants no result (wrong length, wrong alphabet, keyword out of range …), flagged by any secret type",
    ],
  );
}

/** The `tests := []struct{…}{ {name, input, want}, … }` table of a pattern test, evaluated. */
function testCases(src) {
  const cases = [];
  let sawTable = false;
  // Each case is a composite literal with input: and want: fields; find them by token, evaluate each value.
  const env = evaluateFile(src);
  const re = /\{\s*name:\s*("(?:[^"\\]|\\.)*"|`[^`]*`)\s*,\s*input:\s*/g;
  for (let m = re.exec(src); m !== null; m = re.exec(src)) {
    sawTable = true;
    const start = m.index + m[0].length;
    const inputExpr = goExpression(src, start);
    const wantAt = src.indexOf("want:", start + inputExpr.length);
    const wantExpr = wantAt >= 0 ? goExpression(src, wantAt + 5) : "nil";
    const input = evaluateExpression(inputExpr, env);
    const want =
      /^\s*nil\s*$/.test(wantExpr) || /^\s*\[\]string\{\s*\}\s*$/.test(wantExpr)
        ? []
        : evaluateExpression(wantExpr, env);
    cases.push({ input, want: Array.isArray(want) ? want : want === GENERATED ? GENERATED : [want] });
  }
  return sawTable ? cases : undefined;
}

/** The source text of one Go expression starting at `from`: up to the comma or brace that ends it at depth 0. */
export function goExpression(src, from) {
  let depth = 0;
  for (let i = from; i < src.length; i++) {
    const c = src[i];
    if (c === "`") i = src.indexOf("`", i + 1);
    else if (c === '"') {
      for (i++; i < src.length && src[i] !== '"'; i++) if (src[i] === "\\") i++;
    } else if ("({[".includes(c)) depth++;
    else if (")}]".includes(c)) {
      if (depth === 0) return src.slice(from, i);
      depth--;
    } else if (c === "," && depth === 0) return src.slice(from, i);
  }
  return src.slice(from);
}

export function evaluateExpression(expr, env) {
  const prelude = [...env.entries()]
    .filter(([, v]) => typeof v === "string")
    .map(([k, v]) => `${k} := ${JSON.stringify(v)}\n`);
  const out = evaluateFile(`${prelude.join("")}__value := ${expr}\n`);
  return out.get("__value");
}

// secretlint: packages/@secretlint/secretlint-rule-<family>/test/snapshots/<case>/{input*, output.json}. Each
// message of output.json is a positive (its range in the input), caught when its text is gone from what would be
// forwarded; a snapshot without messages is one negative, flagged by any secret finding in the whole file.
/** Rules about file names, paths, comments or user-given patterns, and the presets that repeat the others. */
const SECRETLINT_NOT_CONTENT =
  /^secretlint-rule-(?:preset-.*|pattern|filter-comments|no-homedir|no-dotenv|example)$/;
function secretlint() {
  const dir = corpusPath("secretlint/secretlint");
  if (!dir) return undefined;
  const commit = readFileSync(join(dir, ".commit"), "utf8").trim();
  const root = join(dir, "packages/@secretlint");
  const rows = [];
  let configured = 0;
  let binary = 0;
  for (const pkg of readdirSync(root)) {
    if (!pkg.startsWith("secretlint-rule-") || SECRETLINT_NOT_CONTENT.test(pkg)) continue;
    const snapshots = join(root, pkg, "test/snapshots");
    if (!existsSync(snapshots)) continue;
    const family = pkg.replace("secretlint-rule-", "");
    const row = { family, tp: 0, found: 0, fakes: 0, fp: 0, flagged: 0, example: "" };
    for (const name of readdirSync(snapshots)) {
      const files = readdirSync(join(snapshots, name));
      // A case run with non-default rule options measures that option, not the rule as shipped.
      if (files.includes(".secretlintrc.json") || files.includes("options.ts")) {
        configured++;
        continue;
      }
      const inputFile = files.find((f) => f.startsWith("input"));
      if (!inputFile || !files.includes("output.json")) continue;
      const raw = readFileSync(join(snapshots, name, inputFile));
      const input = raw.toString("utf8");
      if (raw.includes(0) || input.includes("\ufffd")) {
        binary++; // a binary file (a PKCS#12 store): not text a tool call carries
        continue;
      }
      const { messages } = JSON.parse(readFileSync(join(snapshots, name, "output.json"), "utf8"));
      const { types, redacted } = inspect(input);
      if (messages.length === 0) {
        row.fp++;
        if (types.length) {
          flag(row, types);
          row.example ||= `flagged ${types[0]}: ${name}`;
          show(`flagged ${types[0]}`, `${family}/${name}`, input, redacted);
        }
        continue;
      }
      for (const message of messages) {
        const secret = input.slice(message.range[0], message.range[1]);
        row.tp++;
        if (!redacted.includes(secret)) row.found++;
        else {
          if (fakeValue(secret)) row.fakes++;
          row.example ||= `missed: ${secret}`;
          show("missed", `${family}/${name}`, secret);
        }
      }
    }
    if (row.tp + row.fp) rows.push(row);
  }
  return report(
    "secretlint rule snapshots",
    commit,
    rows,
    `${configured} snapshots run with non-default rule options, ${binary} binary inputs`,
    [
      "positive: each finding a rule's snapshot expects, caught when its text is redacted from the forwarded input",
      "negative: a snapshot that expects no finding (the whole file), flagged by any secret type",
    ],
  );
}

/** SECRETS_BENCH_ONLY=gitleaks,trufflehog runs only the named corpora (to keep the others unseen while tuning). */
export function publicSecrets() {
  console.log("\npublic corpora we did not write: secrets");
  const corpora = {
    gitleaks,
    trufflehog,
    secretlint,
    noseyparker,
    kingfisher,
    titus,
    detectsecrets: detectSecrets,
    ripsecrets,
    twoms,
    semgrep: semgrepSecrets,
    whispers,
    trivy,
    scalibr,
    credsweeper,
    sonar,
    horusec,
    custom: customPatterns,
    checkov,
    fakeleaks: fakeLeaks,
    credentialdetector: credentialDetector,
    benign: benignSources,
  };
  const only = process.env.SECRETS_BENCH_ONLY?.split(",");
  const results = {};
  for (const [name, run] of Object.entries(corpora)) if (!only || only.includes(name)) results[name] = run();
  return results;
}
