// Checkmarx 2ms: engine/rules/ruledefine/<rule>_test.go, each a table of {name, truePositives, falsePositives}
// string lists. 2ms' rules descend from gitleaks', so some of its fixtures are gitleaks' own texts: those are
// counted apart and left out, so the figure measures text this benchmark has not scored elsewhere. Its literal
// secrets replace the ones gitleaks makes at run time, so most fixtures are new values in known contexts.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { corpusPath } from "./corpora.mjs";
import { GENERATED } from "./go-literals.mjs";
import { evaluateExpression, gitleaksFixtures, goExpression } from "./secrets.mjs";
import { evaluateFile } from "./go-literals.mjs";
import { report, scoreRuleFixtures } from "./secret-scoring.mjs";

export function twoms() {
  const dir = corpusPath("Checkmarx/2ms");
  if (!dir) return undefined;
  const commit = readFileSync(join(dir, ".commit"), "utf8").trim();
  const gitleaksDir = corpusPath("gitleaks/gitleaks");
  const seen = new Set(gitleaksDir ? gitleaksFixtures(gitleaksDir).fixtures.map((f) => f.text) : []);
  const root = join(dir, "engine/rules/ruledefine");
  const fixtures = [];
  let skipped = 0;
  let fromGitleaks = 0;
  for (const file of readdirSync(root).filter((f) => f.endsWith("_test.go"))) {
    const family = file.replace(/_test\.go$/, "");
    const src = readFileSync(join(root, file), "utf8");
    const env = evaluateFile(src);
    for (const m of src.matchAll(/\b(truePositives|falsePositives):\s*/g)) {
      const value = evaluateExpression(goExpression(src, m.index + m[0].length), env);
      const positive = m[1] === "truePositives";
      for (const text of Array.isArray(value) ? value : [value]) {
        if (typeof text !== "string" || value === GENERATED) skipped++;
        else if (seen.has(text)) fromGitleaks++;
        else fixtures.push({ family, positive, text });
      }
    }
  }
  // As for gitleaks, a negative of one rule that another lists as its positive is counted apart.
  const { rows, crossListed } = scoreRuleFixtures(fixtures);
  return report(
    "2ms rule tests",
    commit,
    rows,
    `${skipped} fixtures not literal, ${fromGitleaks} that are gitleaks' own fixtures, ${crossListed} negatives of one rule that another rule lists as its positive`,
    [
      "positive: any secret finding in the fixture; negative: a fixture the rule must not match, flagged by any secret type",
    ],
  );
}
