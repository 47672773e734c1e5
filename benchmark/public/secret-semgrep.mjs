// Secret detection on semgrep-rules' generic secret rules (generic/secrets/security, and generic/secrets/gitleaks,
// semgrep's own port of gitleaks' rules), held out and measured blind first. Each rule has a test file in which an
// annotation comment names the rule before the text it must match (`ruleid:`, or `todoruleid:` where the rule is
// known to miss it) or must not match (`ok:`, or `todook:` where the rule is known to match it wrongly). The
// annotated text runs from the line after the annotation to the next annotation or blank line, so a private key
// block counts once. Texts that are gitleaks' own fixtures are counted apart and left out.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { corpusPath } from "./corpora.mjs";
import { gitleaksFixtures } from "./secrets.mjs";
import { report, scoreRuleFixtures } from "./secret-scoring.mjs";

const ANNOTATION = /^\s*(?:#|\/\/|<!--|\/\*|;|--)\s*(todoruleid|ruleid|todook|ok):\s*[\w.,-]+/;

/** The annotated texts of one test file: {positive, text}. */
export function annotatedTexts(src) {
  const lines = src.split(/\r?\n/);
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    const m = ANNOTATION.exec(lines[i]);
    if (!m) continue;
    const body = [];
    for (let j = i + 1; j < lines.length && lines[j].trim() && !ANNOTATION.test(lines[j]); j++)
      body.push(lines[j]);
    if (body.length) out.push({ positive: m[1].endsWith("ruleid"), text: body.join("\n") });
  }
  return out;
}

export function semgrepSecrets() {
  const dir = corpusPath("semgrep/semgrep-rules");
  if (!dir) return undefined;
  const commit = readFileSync(join(dir, ".commit"), "utf8").trim();
  const gitleaksDir = corpusPath("gitleaks/gitleaks");
  const seen = new Set(gitleaksDir ? gitleaksFixtures(gitleaksDir).fixtures.map((f) => f.text) : []);
  const fixtures = [];
  let fromGitleaks = 0;
  for (const sub of ["security", "gitleaks"]) {
    const root = join(dir, "generic/secrets", sub);
    for (const file of readdirSync(root).filter((f) => !/\.ya?ml$/.test(f))) {
      const family = `${sub}/${file.replace(/\.[^.]+$/, "")}`;
      for (const { positive, text } of annotatedTexts(readFileSync(join(root, file), "utf8"))) {
        if (seen.has(text.trim())) fromGitleaks++;
        else fixtures.push({ family, positive, text });
      }
    }
  }
  const { rows, crossListed } = scoreRuleFixtures(fixtures);
  return report(
    "semgrep generic secret rule tests",
    commit,
    rows,
    `${fromGitleaks} texts that are gitleaks' own fixtures, ${crossListed} negatives of one rule that another rule's test annotates as a match`,
    [
      "positive: a text annotated ruleid/todoruleid, found when any secret is reported in it",
      "negative: a text annotated ok/todook, flagged by any secret type",
    ],
  );
}
