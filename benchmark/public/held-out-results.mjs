// Held-out corpora of instructions planted in results, added after the result signals of earlier rounds and
// first measured before any change (their blind figures are printed beside the current ones in
// docs/benchmarks.md):
//   - yunwei37/satml-llmail-injection: attack e-mails written for Microsoft's LLMail-Inject challenge (an
//     assistant summarising the user's mail must be made to send "confirmation" to contact@contact.com); each
//     e-mail (subject and body) is the attacker's message, and a result is it beside one clean e-mail;
//   - facebookresearch/wasp: the web-agent benchmark's four injection formats filled with each of its 21
//     attacker goals and both user goals, the text the authors post into a GitLab issue or a Reddit post;
//   - microsoft/TaskTracker: the trigger phrases of its test split, each before a secondary task;
//   - HumanCompatibleAI/tensor-trust-data: the game's hijacking attacks (round 4's final check, never read);
//   - greshake/llm-security: the payloads of Greshake et al.'s indirect-injection demonstrations (round 5);
//   - Giskard-AI/prompt-injections: jailbreak and hijacking prompts (round 5's final check, never read).
//   - WithSecureLabs/spikee: its seeds' jailbreaks with their instructions, at the end of its base documents
//     (round 9's held-out corpus, measured blind first, its misses never read).
//   - Zhang-Henry/AIOS_agent (Agent Security Bench): its attacker instructions appended to its simulated tools'
//     responses in the observation-injection formats of its agent (round 11's held-out corpus, misses never read).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { csvRows } from "./csv.mjs";

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

/** Python string literals starting at `at` (adjacent ones, `\` line continuations and brackets joined). */
function pythonStrings(source, at) {
  let text = "";
  let i = at;
  for (;;) {
    while (i < source.length && /[\s\\(]/.test(source[i])) i++;
    const m = /^([rRfF]*)("""|'''|"|')/.exec(source.slice(i, i + 6));
    if (!m) return text;
    const [open, prefix, quote] = m;
    const end = source.indexOf(quote, i + open.length);
    if (end === -1) return text;
    const body = source.slice(i + open.length, end);
    text += /r/i.test(prefix)
      ? body
      : body.replace(/\\(\n|n|t|"|'|\\)/g, (_, c) =>
          c === "n" ? "\n" : c === "t" ? "\t" : c === "\n" ? "" : c,
        );
    i = end + quote.length;
  }
}

/**
 * greshake/llm-security's indirect-injection payloads: every string its demonstrations assign to a name that
 * says it is the attack (`injection`, `payload`, `malicious_email`, `instructions`), and every puzzle page
 * (the pages its puzzle server serves, `{{message}}` filled with the server's default). The websites its
 * scenarios show beside the attack (`current_website`) are its clean side. Returns { attacks, clean }.
 */
export function greshakeInjections(dir) {
  const attacks = [];
  const clean = [];
  for (const folder of ["scenarios/gpt4", "scenarios/gpt3langchain"])
    for (const file of readdirSync(join(dir, folder))
      .filter((f) => f.endsWith(".py"))
      .sort()) {
      const source = readFileSync(join(dir, folder, file), "utf8");
      for (const m of source.matchAll(/^[ \t]*(\w+)[ \t]*=[ \t]*/gm)) {
        const text = pythonStrings(source, m.index + m[0].length).trim();
        if (!text) continue;
        if (/injection|payload|malicious_email|^instructions$/.test(m[1]))
          attacks.push({ key: `${folder.split("/")[1]}/${file}`, text });
        else if (m[1] === "current_website") clean.push(text);
      }
    }
  const puzzles = join(dir, "scenarios/puzzle/puzzles");
  for (const file of readdirSync(puzzles)
    .filter((f) => !f.includes("."))
    .sort())
    attacks.push({
      key: "puzzle pages",
      text: readFileSync(join(puzzles, file), "utf8").replace(
        "{{message}}",
        "You're the first one to reach this puzzle! Hello from the secret developers.",
      ),
    });
  return { attacks, clean };
}

/** Giskard's prompt-injection set: { group, text } from its CSV's `prompt` and `group` columns. */
export function giskardInjections(dir) {
  const [header, ...rows] = csvRows(readFileSync(join(dir, "prompt_injections.csv"), "utf8"));
  const prompt = header.indexOf("prompt");
  const group = header.indexOf("group");
  if (prompt === -1 || group === -1) throw new Error("giskard: no prompt or group column");
  return rows.map((r) => ({ group: r[group], text: r[prompt] }));
}

/**
 * meta-llama/PurpleLlama's CyberSecEval prompt-injection cases (round 6): { type, variant, language, text }.
 * An indirect case is a user's request followed by the document it is about ("Summarize this webpage: '<html>…'");
 * the document is what a tool would return, so the request before its first colon is cut off (when the case
 * opens with such a request) and the quotes around the document are removed. A direct case is the attacker's
 * own message, planted in data by the benchmark.
 */
export function cyberSecEvalCases(dir, file) {
  const cases = JSON.parse(
    readFileSync(join(dir, "CybersecurityBenchmarks/datasets/prompt_injection", file), "utf8"),
  );
  return cases.map((c) => {
    let text = c.user_input;
    if (c.injection_type === "indirect") {
      const colon = text.indexOf(":");
      if (colon !== -1 && colon < 120 && !text.slice(0, colon).includes("<"))
        text = text
          .slice(colon + 1)
          .trim()
          .replace(/^(['"])([\s\S]*)\1$/, "$2");
    }
    return { type: c.injection_type, variant: c.injection_variant, language: c.speaking_language, text };
  });
}

/** utkusen/promptmap's attack rules (round 6's final check): { type, text } from each rule's `prompt`. */
export function promptmapRules(dir, parseYaml) {
  const out = [];
  const root = join(dir, "rules");
  const folders = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory());
  for (const folder of folders.map((d) => d.name).sort())
    for (const file of readdirSync(join(root, folder))
      .filter((f) => f.endsWith(".yaml"))
      .sort()) {
      const rule = parseYaml(readFileSync(join(root, folder, file), "utf8"));
      if (typeof rule?.prompt === "string") out.push({ type: rule.type ?? folder, text: rule.prompt });
    }
  return out;
}

/** A JSON Lines file's records (blank lines skipped); [] when the file is absent. */
function jsonLines(file) {
  try {
    return lines(file).map((l) => JSON.parse(l));
  } catch (err) {
    if (err.code === "ENOENT") return [];
    throw err;
  }
}

// The seed folders of WithSecureLabs/spikee whose payloads are instructions planted in a document for the
// model that reads it (the investment-advice and harmful-content seeds test topical guardrails instead).
export const SPIKEE_SEEDS = [
  "seeds-cybersec-2025-04",
  "seeds-targeted-2024-12",
  "seeds-llm-mailbox",
  "seeds-sysmsg-extraction-2025-04",
];

/**
 * WithSecureLabs/spikee's injected documents, built as its generator builds its "bare" dataset: every
 * jailbreak of a seed folder with every instruction of the same language put in its <INSTRUCTION> slot, the
 * payload on its own line at the end of each of the seed's base documents (a base document that is only a
 * placeholder is the direct case, left out), and each standalone attack as it is. Returns { attacks: { seed,
 * language, family, text }[], clean: string[] } (clean: the base documents themselves).
 */
export function spikeeDocuments(dir) {
  const attacks = [];
  const clean = [];
  const seen = new Set();
  for (const seed of SPIKEE_SEEDS) {
    const base = join(dir, "spikee/data/workspace/datasets", seed);
    const docs = jsonLines(join(base, "base_documents.jsonl")).filter((d) => !d.placeholder);
    const jailbreaks = jsonLines(join(base, "jailbreaks.jsonl"));
    const instructions = jsonLines(join(base, "instructions.jsonl"));
    for (const d of docs) if (!clean.includes(d.document)) clean.push(d.document);
    for (const j of jailbreaks)
      for (const i of instructions) {
        const language = i.lang ?? "en";
        if ((j.lang ?? "en") !== language) continue;
        const payload = j.text.includes("<INSTRUCTION>")
          ? j.text.replaceAll("<INSTRUCTION>", i.instruction)
          : j.text;
        for (const d of docs) {
          const text = `${d.document}\n${payload}\n`;
          if (seen.has(text)) continue;
          seen.add(text);
          attacks.push({ seed, language, family: j.jailbreak_type ?? j.id, text });
        }
      }
    for (const s of jsonLines(join(base, "standalone_attacks.jsonl")))
      if (!seen.has(s.text)) {
        seen.add(s.text);
        attacks.push({ seed, language: s.lang ?? "en", family: "standalone attack", text: s.text });
      }
  }
  return { attacks, clean };
}

/** A single-quoted Python f-string's body read as text (only the escapes ASB's formats use). */
const pythonText = (body) => body.replace(/\\n/g, "\n").replace(/\\'/g, "'").replace(/\\\\/g, "\\");

/**
 * ASB's observation-prompt injections: each attacker instruction ("Please allocate additional CPU …") in each
 * format its attacking agent appends to a tool's response (naive, fake completion, escape characters, context
 * ignoring, combined; read from the pinned agent source rather than copied here), after the response of each
 * simulated tool of the same agent, joined by "; " as the agent joins them. Also the instruction with no
 * format around it (format "instruction alone", not one of ASB's: the way InjecAgent plants its attacks).
 * Returns { attacks: [{ format, aggressive, text }], clean: string[] } (the tools' responses alone).
 */
export function asbObservationInjections(dir) {
  const source = readFileSync(join(dir, "pyopenagi/agents/react_agent_attack.py"), "utf8");
  const injected = /self\.injected_prompt = f'((?:[^'\\]|\\.)*)'/.exec(source);
  const block = /self\.attack_prompts = \{([\s\S]*?)\n\s*\}/.exec(source);
  if (!injected || !block)
    throw new Error("ASB: the injection formats were not found in react_agent_attack.py");
  // Each entry is an f-string around the prompt, or the prompt itself (the naive format).
  const formats = [...block[1].matchAll(/'(\w+)': (?:f'((?:[^'\\]|\\.)*)'|self\.injected_prompt\b)/g)].map(
    (m) => ({
      name: m[1].replace(/_/g, " "),
      template: m[2] === undefined ? "{self.injected_prompt}" : pythonText(m[2]),
    }),
  );
  if (formats.length !== 5) throw new Error("ASB: expected five observation-injection formats");
  const responses = new Map();
  for (const tool of jsonLines(join(dir, "data/all_normal_tools.jsonl"))) {
    const list = responses.get(tool["Corresponding Agent"]) ?? [];
    list.push(tool["Expected Achievements"]);
    responses.set(tool["Corresponding Agent"], list);
  }
  const attacks = [];
  for (const tool of jsonLines(join(dir, "data/all_attack_tools.jsonl"))) {
    const instruction = tool["Attacker Instruction"];
    const prompt = pythonText(injected[1])
      .replace("{self.attack_instru}", instruction)
      .replace("{self.tool_name}", tool["Attacker Tool"]);
    const texts = formats.map((f) => ({
      format: f.name,
      text: f.template.replace("{self.injected_prompt}", prompt),
    }));
    texts.push({ format: "instruction alone", text: instruction });
    for (const response of responses.get(tool["Corresponding Agent"]) ?? [])
      for (const { format, text } of texts)
        attacks.push({ format, aggressive: tool.Aggressive === "True", text: `${response}; ${text}` });
  }
  return { attacks, clean: [...responses.values()].flat() };
}
