// Round 18's held-out corpora (pinned in corpora.mjs), measured blind at 480d21d before any change of the round,
// their misses never printed.
//   - protectai/llm-guard: the prompts its prompt-injection scanner's test marks valid (good prompts, the clean
//     side) or not (injections), each returned whole as a tool result. Read from the test's parametrize table
//     with python-literals.mjs; nothing is executed.
//   - project documentation: every markdown (and reStructuredText) file of six security tools' repositories, as
//     a file-reading or fetch tool returns it. Their how-tos are full of ordinary imperatives ("run", "add this
//     to your config", "never commit a key") aimed at a person, the clean side a planted-order reader must
//     leave alone.
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { valuesAfter } from "./python-literals.mjs";

const TEST = "tests/input_scanners/test_prompt_injection.py";

/** llm-guard's test prompts: { attacks: [{ source, text }], clean: [{ source, text }] }, each text once. */
export function llmGuardTexts(dir) {
  const source = readFileSync(join(dir, TEST), "utf8");
  const [table] = valuesAfter(source, '"match_type,prompt,expected_valid,expected_score",');
  const attacks = [];
  const clean = [];
  const seen = new Set();
  for (const row of Array.isArray(table) ? table : []) {
    const [, text, valid] = Array.isArray(row) ? row : [];
    if (typeof text !== "string" || typeof valid !== "boolean" || seen.has(text)) continue;
    seen.add(text);
    if (valid) clean.push({ source: "prompt-injection test: valid prompt", text });
    else attacks.push({ source: "prompt-injection test: injection", text });
  }
  if (attacks.length < 30 || clean.length < 8) throw new Error("llm-guard: fewer prompts than expected");
  return { attacks, clean };
}

/** The repositories whose documentation is the clean side (each pinned in corpora.mjs). */
export const DOCUMENTATION_REPOS = [
  "microsoft/DevSkim",
  "americanexpress/earlybird",
  "newrelic/rusty-hog",
  "microsoft/security-utilities",
  "thoughtworks/talisman",
  "awslabs/git-secrets",
];

function documents(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.(md|rst)$/i.test(entry.name)) continue;
    out.push(join(entry.parentPath ?? entry.path, entry.name));
  }
  return out.sort();
}

/** One repository's documents as clean texts: { attacks: [], clean: [{ source, text }] }. */
export function documentationTexts(dir, repo) {
  const clean = documents(dir).map((path) => ({
    source: `${repo} documentation`,
    text: readFileSync(path, "utf8"),
    path: relative(dir, path),
  }));
  if (clean.length === 0) throw new Error(`${repo}: no documents`);
  return { attacks: [], clean };
}
