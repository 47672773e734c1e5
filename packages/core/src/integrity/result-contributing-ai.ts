// A contributing guide's section for AI agents (round 47): projects add "## For AI agents — If you are an AI
// coding assistant contributing to this repo: read ARCHITECTURE.md first, do not edit vendor/, run `make check`"
// or "## Note for AI agents — disclose AI assistance in the PR description". The address to an AI is what the
// result cues read as a planted order, and here it is the guide speaking to contributors who happen to be
// agents, about the project's own workflow, which the agent the user sent to read the guide most needs.
//
// Decided by structure: in a document whose title says it is a contributing guide, a section whose heading
// addresses AI agents or AI-assisted work is taken out before the text is scored when its words ask only for the
// project's workflow: nothing sent, fetched or run from an address (the prompt literal's test,
// result-code-prompts.ts), no secret, credential or home-directory file, no access granted, and alone nothing
// raised but the address itself (concealment from the user, an act done unnoticed or any other cue keeps it).
// Other sections, and the same section in any other document, are read as before. Linear: one pass over lines.
import { ASKS_FOR_SOMETHING } from "./result-code-prompts.js";

/** The guide's title: its first heading. */
const GUIDE_TITLE =
  /^\s*#[ \t]+(?:contributing|contributor(?:s|'s)? guide|how to contribute|contribution guidelines?)\b/i;
const HEADING = /^[ \t]{0,3}(#{1,6})[ \t]+(.*)$/;
/** A heading addressed to AI agents or about AI-assisted contributions. */
const AI_HEADING =
  /\b(?:ai|llm)[ -](?:coding |code )?(?:agents?|assistants?|tools?|assisted|generated|contributors?|contributions?)\b|\b(?:for|to) (?:coding )?agents\b/i;
/** What the project's own workflow never asks of a contributor. */
const OUTSIDE_THE_WORKFLOW =
  /\.env\b|\bsecrets?\b|\btokens?\b|\bcredentials?\b|\bpasswords?\b|\bapi[ _-]?keys?\b|\bssh\b|\bprivate key|~\/|\/etc\/|\bcollaborators?\b|\binvite\b|\b(?:admin|owner|write|push) (?:access|rights|role|permissions?)\b|\bgrant\b|\bdeploy keys?\b|\bauthorized_keys\b/i;
/** The signals the address alone raises. */
const ADDRESS_ONLY = new Set([
  "addresses an AI reading the data",
  "casts the reader as an agent",
  "note to automated readers",
]);

/** The text with each workflow-only AI section of a contributing guide replaced by an ellipsis. */
export function withoutContributingAiSections(
  text: string,
  signalsOf: (section: string) => string[],
): string {
  if (!GUIDE_TITLE.test(text)) return text;
  const lines = text.split("\n");
  const out: string[] = [];
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const heading = HEADING.exec(lines[i] ?? "");
    if (!heading || !AI_HEADING.test(heading[2] ?? "")) {
      out.push(lines[i] ?? "");
      continue;
    }
    const level = (heading[1] ?? "").length;
    let end = i + 1;
    for (; end < lines.length; end++) {
      const next = HEADING.exec(lines[end] ?? "");
      if (next && (next[1] ?? "").length <= level) break;
    }
    const section = lines.slice(i, end).join("\n");
    if (
      ASKS_FOR_SOMETHING.test(section) ||
      OUTSIDE_THE_WORKFLOW.test(section) ||
      !signalsOf(section).every((s) => ADDRESS_ONLY.has(s))
    ) {
      out.push(lines[i] ?? "");
      continue;
    }
    out.push("\u2026");
    changed = true;
    i = end - 1;
  }
  return changed ? out.join("\n") : text;
}
