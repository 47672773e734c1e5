// Secret detection on the rule files of two more public scanners, held out: Nosey Parker and Kingfisher (a
// descendant of Nosey Parker with many more rules). Each rule carries `examples` (texts its pattern must match)
// and sometimes `negative_examples` (texts it must not). A rule's examples are positives only when the rule
// describes a secret: Nosey Parker says so in `categories` (a rule categorised as an identifier only, such as a
// bucket name or a public key, is neither positive nor negative); Kingfisher marks the parts of a credential
// that are not secret alone (client ids) with `visible: false`, and a few rules with categories as above.
// A negative example that another rule of the same scanner lists as its example is a credential and is not
// counted as a negative.
import { createRequire } from "node:module";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { corpusPath } from "./corpora.mjs";
import { fakeValue, flag, inspect, report, show } from "./secret-scoring.mjs";

// The workspace's YAML parser (a dependency of the config package), rather than a new one for the benchmark.
const requireFromConfig = createRequire(
  fileURLToPath(new URL("../../packages/config/package.json", import.meta.url)),
);
const { parse } = requireFromConfig("yaml");

/** Every rule of every YAML file in a directory. */
function rulesIn(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".yml") || f.endsWith(".yaml"))
    .flatMap((f) =>
      (parse(readFileSync(join(dir, f), "utf8"))?.rules ?? []).map((rule) => ({ file: f, rule })),
    );
}

/** A secret by the authors' own description: an identifier-only or invisible rule is not. */
function describesSecret(rule) {
  if (rule.visible === false) return false;
  const categories = rule.categories ?? [];
  if (categories.length === 0) return true;
  return categories.includes("secret") || !categories.includes("identifier");
}

/** Every example and negative example of a scanner's rules, or an empty set when its corpus is absent. */
function textsOf(repo, rulesPath) {
  const dir = corpusPath(repo);
  if (!dir) return new Set();
  return new Set(
    rulesIn(join(dir, rulesPath)).flatMap(({ rule }) => [
      ...(rule.examples ?? []),
      ...(rule.negative_examples ?? []),
      ...(rule.non_examples ?? []),
    ]),
  );
}

/** `seen`: texts already scored in another corpus, left out so that one text does not count twice. */
function score(name, repo, rulesPath, seen = new Set()) {
  const dir = corpusPath(repo);
  if (!dir) return undefined;
  const commit = readFileSync(join(dir, ".commit"), "utf8").trim();
  const rules = rulesIn(join(dir, rulesPath)).map(({ file, rule }) => ({
    file,
    rule: {
      ...rule,
      examples: (rule.examples ?? []).filter((t) => !seen.has(t)),
      negative_examples: (rule.negative_examples ?? []).filter((t) => !seen.has(t)),
      non_examples: (rule.non_examples ?? []).filter((t) => !seen.has(t)),
    },
  }));
  const positives = new Set(
    rules.filter(({ rule }) => describesSecret(rule)).flatMap(({ rule }) => rule.examples ?? []),
  );
  const byFamily = new Map();
  let notSecret = 0;
  let crossListed = 0;
  const rowOf = (family) => {
    if (!byFamily.has(family))
      byFamily.set(family, { family, tp: 0, found: 0, fakes: 0, fp: 0, flagged: 0, example: "" });
    return byFamily.get(family);
  };
  for (const { file, rule } of rules) {
    const family = file.replace(/\.ya?ml$/, "");
    const row = rowOf(family);
    if (!describesSecret(rule)) notSecret += (rule.examples ?? []).length;
    else
      for (const text of rule.examples ?? []) {
        if (typeof text !== "string") continue;
        row.tp++;
        if (inspect(text).types.length) row.found++;
        else {
          if (fakeValue(text)) row.fakes++;
          row.example ||= `missed: ${text.trim()}`;
          show("missed", `${family}/${rule.id}`, text.trim());
        }
      }
    for (const text of [...(rule.negative_examples ?? []), ...(rule.non_examples ?? [])]) {
      if (typeof text !== "string") continue;
      if (positives.has(text)) {
        crossListed++;
        continue;
      }
      row.fp++;
      const { types, redacted } = inspect(text);
      if (types.length) {
        flag(row, types);
        row.example ||= `flagged ${types[0]}: ${text.trim()}`;
        show(`flagged ${types[0]}`, `${family}/${rule.id}`, text.trim(), redacted.trim());
      }
    }
  }
  return report(
    name,
    commit,
    [...byFamily.values()].filter((r) => r.tp + r.fp > 0),
    `${notSecret} examples of rules that describe an identifier rather than a secret, ${crossListed} negatives that another rule lists as its example`,
    [
      "positive: a rule's example (a secret by the rule's categories), found when any secret is reported in it",
      "negative: a rule's negative example, flagged by any secret type",
    ],
  );
}

const NOSEYPARKER_RULES = "crates/noseyparker/data/default/builtin/rules";
const KINGFISHER_RULES = "data/rules";

export function noseyparker() {
  return score("noseyparker rule examples", "praetorian-inc/noseyparker", NOSEYPARKER_RULES);
}

export function kingfisher() {
  return score("kingfisher rule examples", "mongodb/kingfisher", KINGFISHER_RULES);
}

/**
 * Titus continues Nosey Parker's rules in Go: only the examples that neither Nosey Parker nor Kingfisher
 * lists are scored (with neither corpus present, every example is).
 */
export function titus() {
  const seen = new Set([
    ...textsOf("praetorian-inc/noseyparker", NOSEYPARKER_RULES),
    ...textsOf("mongodb/kingfisher", KINGFISHER_RULES),
  ]);
  return score(
    "titus rule examples (not in noseyparker or kingfisher)",
    "praetorian-inc/titus",
    "pkg/rule/rules",
    seen,
  );
}
