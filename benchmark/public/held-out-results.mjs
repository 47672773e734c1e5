// Held-out corpora of instructions planted in results, added after the result signals of earlier rounds and
// first measured before any change (their blind figures are printed beside the current ones in the README):
//   - yunwei37/satml-llmail-injection: attack e-mails written for Microsoft's LLMail-Inject challenge (an
//     assistant summarising the user's mail must be made to send "confirmation" to contact@contact.com); each
//     e-mail (subject and body) is the attacker's message, and a result is it beside one clean e-mail;
//   - facebookresearch/wasp: the web-agent benchmark's four injection formats filled with each of its 21
//     attacker goals and both user goals, the text the authors post into a GitLab issue or a Reddit post;
//   - microsoft/TaskTracker: the trigger phrases of its test split, each before a secondary task;
//   - HumanCompatibleAI/tensor-trust-data: the game's hijacking attacks (the final check, run last and
//     never read).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** LLMail attack e-mails: { technique, text } for each prompt file of the zero-shot and few-shot runs. */
export function llmailAttacks(dir) {
  const out = [];
  for (const folder of ["zero-shot-baseline/prompts", "few-shots-2-tech/prompts"]) {
    const path = join(dir, "examples/satml", folder);
    for (const file of readdirSync(path)
      .filter((f) => f.endsWith(".json"))
      .sort()) {
      const prompt = JSON.parse(readFileSync(join(path, file), "utf8"));
      out.push({ technique: prompt.id, text: `Subject: ${prompt.subject}\n\n${prompt.body}` });
    }
  }
  return out;
}

// The hosts the authors' environment runs on; any reachable name reads the same to a scorer.
const DOMAINS = {
  gitlab_domain: "http://gitlab.example.com:8023",
  reddit_domain: "http://reddit.example.com:9999",
};
const USER_GOALS = { gitlab: ["comment", "like"], reddit: ["comment", "upvote"] };

/** Python's str.format for named fields only (`{{`/`}}` are literal braces). */
function format(template, params) {
  return template.replace(/\{\{|\}\}|\{(\w+)\}/g, (m, name) =>
    m === "{{" ? "{" : m === "}}" ? "}" : String(params[name] ?? m),
  );
}

/** The four formats of constants.py, read from the pinned source rather than copied here. */
function waspFormats(dir) {
  const source = readFileSync(join(dir, "webarena_prompt_injections/constants.py"), "utf8");
  const formats = {};
  for (const m of source.matchAll(/^\s*(GOAL_HIJACKING_\w+|GENERIC_\w+): "((?:[^"\\]|\\.)*)",?$/gm))
    formats[m[1]] = JSON.parse(`"${m[2]}"`);
  if (Object.keys(formats).length !== 4)
    throw new Error("wasp: expected four injection formats in constants.py");
  return formats;
}

/** WASP's injections: { format, text } for every format, attacker goal and user goal. */
export function waspAttacks(dir) {
  const formats = waspFormats(dir);
  const config = JSON.parse(
    readFileSync(join(dir, "webarena_prompt_injections/configs/experiment_config.raw.json"), "utf8"),
  ).prompt_injections_setup_config;
  const out = [];
  for (const goal of Object.values(config)) {
    const params = { ...DOMAINS, ...goal.parameters };
    const url = format(goal.action_url, params);
    const instruction = format(goal.instruction, params);
    for (const [name, template] of Object.entries(formats))
      for (const userGoal of USER_GOALS[goal.environment])
        out.push({
          format: name.toLowerCase(),
          text: format(template, {
            user_goal_str: userGoal,
            instantiated_url_of_action: url,
            instantiated_instruction_text: name.includes("URL")
              ? instruction.replaceAll(" ", "-")
              : instruction,
          }),
        });
  }
  return out;
}

const lines = (file) =>
  readFileSync(file, "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * microsoft/TaskTracker's test injections: each trigger phrase of its test split ("Disregard any prior …")
 * followed by a secondary task, as its authors build them (trigger, a space, the task). The secondary tasks
 * read here are the ones the repository ships: trivia questions, the same in other languages, and PAIR
 * jailbreaks. Returns { triggers, tasks: { family: string[] } }.
 */
export function taskTrackerInjections(dir) {
  const base = join(dir, "task_tracker/dataset_creation/datasets");
  const triggers = lines(join(base, "saved_injections_test.txt"));
  const trivia = lines(join(base, "trivia_pairs.txt")).map((l) =>
    l.replace(/^Question:\s*/, "").replace(/\s*Answer:.*$/, ""),
  );
  return {
    triggers,
    tasks: {
      "trivia question": trivia,
      "question in another language": lines(join(base, "translated_secondary_tasks.txt")),
      "PAIR jailbreak": lines(join(base, "jailbreaks_pair_attack.txt")),
    },
  };
}

/** TaskTracker's embedding: the injection at the start, the end, or a word boundary near the middle, with spaces. */
export function embedWithSpaces(text, injection, position) {
  if (position === "start") return `${injection} ${text}`;
  if (position === "end") return `${text} ${injection}`;
  const cut = text.indexOf(" ", Math.floor(text.length / 2));
  const at = cut === -1 ? text.length : cut;
  return `${text.slice(0, at)} ${injection}${text.slice(at)}`;
}

/** Tensor Trust's hijacking attacks (text a player wrote to make a guarded model say "Access Granted"). */
export function tensorTrustAttacks(dir) {
  return lines(join(dir, "benchmarks/hijacking-robustness/v1/hijacking_robustness_dataset.jsonl")).map(
    (l) => JSON.parse(l).attack,
  );
}
