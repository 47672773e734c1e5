// Round 12's held-out corpus (sleeepeer/PIArena, pinned in corpora.mjs), measured blind before any change of the
// round, its misses never printed:
//   - PIArena's documents (SQuAD passages, Dolly contexts, retrieved NQ, MS MARCO and HotpotQA passages), each
//     with the injected task its authors wrote for it (phishing links, promotion, refusals, fake outages),
//     placed at the end of the document in each of the benchmark's heuristic attack formats (read from the
//     pinned piarena/attacks/heuristic.py, not copied here); the documents alone are the clean side;
//   - InjecAgent (Zhan et al., 2024, as PIArena vendors it): its tool responses (product reviews, notes,
//     e-mails, calendar events, ...) with the attacker instruction in a field, base and "enhanced" (with the
//     authors' hacking prefix), direct-harm and data-stealing cases; each response template with the field
//     left empty is the clean side.
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const PIARENA_DATASETS = [
  "squad_v2",
  "dolly_closed_qa",
  "dolly_information_extraction",
  "dolly_summarization",
  "nq_rag",
  "msmarco_rag",
  "hotpotqa_rag",
];

/** The heuristic attack formats: [{ name, template }] with {injected_task} where the task goes. */
function heuristicFormats(dir) {
  const source = readFileSync(join(dir, "piarena/attacks/heuristic.py"), "utf8");
  const formats = [];
  for (const m of source.matchAll(/name = "(\w+)"[\s\S]*?injected_prompt = f"((?:[^"\\]|\\.)*)"/g))
    formats.push({ name: m[1], template: m[2].replace(/\\n/g, "\n") });
  if (formats.length !== 5 || formats.some((f) => !f.template.includes("{injected_task}")))
    throw new Error("PIArena: expected five heuristic formats in piarena/attacks/heuristic.py");
  return formats;
}

/**
 * PIArena's documents: { attacks: [{ dataset, format, category, text }], clean: [{ dataset, text }] }, each
 * attack placed at the end of its document as PIArena's inject(..., "end") does (the document, a space, the
 * formatted task).
 */
export function piarenaDocuments(dir) {
  const formats = heuristicFormats(dir);
  const attacks = [];
  const clean = [];
  for (const dataset of PIARENA_DATASETS) {
    const cases = JSON.parse(readFileSync(join(dir, "datasets", `${dataset}.json`), "utf8"));
    for (const c of cases) {
      clean.push({ dataset, text: c.context });
      for (const f of formats)
        attacks.push({
          dataset,
          format: f.name,
          category: c.category,
          text: `${c.context} ${f.template.replace("{injected_task}", c.injected_task)}`,
        });
    }
  }
  return { attacks, clean };
}

/**
 * The user's tool call a case's response answers: its tool's name and its parameters, which InjecAgent writes
 * as a Python dict literal (single quotes); read as JSON after swapping the quotes, or kept as text.
 */
function userCall(c) {
  const raw = String(c["Tool Parameters"] ?? "");
  let args = raw;
  try {
    args = JSON.parse(raw.replace(/'/g, '"'));
  } catch {
    // A value with an apostrophe in it: the text itself still names what was asked for.
  }
  return { name: c["User Tool"], arguments: args };
}

/**
 * InjecAgent's test cases: { attacks: [{ setting, text, call }], clean: string[], cleanCalls }; setting is "direct harm" or
 * "data stealing", with " (enhanced)" for the cases carrying the authors' hacking prefix.
 */
export function injecAgentResponses(dir) {
  const data = join(dir, "agents/InjecAgent/data");
  const attacks = [];
  for (const [file, setting] of [
    ["test_cases_dh_base.json", "direct harm"],
    ["test_cases_dh_enhanced.json", "direct harm (enhanced)"],
    ["test_cases_ds_base.json", "data stealing"],
    ["test_cases_ds_enhanced.json", "data stealing (enhanced)"],
  ])
    for (const c of JSON.parse(readFileSync(join(data, file), "utf8")))
      attacks.push({ setting, text: c["Tool Response"].replace(/^"|"$/g, ""), call: userCall(c) });
  const cleanCases = readFileSync(join(data, "user_cases.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  const clean = cleanCases.map((c) => c["Tool Response Template"].replace("<Attacker Instruction>", ""));
  return { attacks, clean, cleanCalls: cleanCases.map(userCall) };
}
