// Files that hold prompts for another model, in shapes other than a literal in source (result-code-prompts.ts):
// a contributing guide's section for AI agents (result-contributing-ai.ts), a prompt library's prompt column
// (result-prompt-library.ts) and a Modelfile's SYSTEM block (result-modelfile.ts), round 47. Each pass takes
// out only what its structure says is a prompt and what asks for nothing an attacker wants; each returns the
// text itself when its shape is absent, after one cheap test.
import { withoutContributingAiSections } from "./result-contributing-ai.js";
import { withoutModelfileSystem } from "./result-modelfile.js";
import { withoutPromptLibrary } from "./result-prompt-library.js";

/** The text with the prompts these files hold taken out. `signalsOf` scores a part alone (the result scorer). */
export function withoutPromptFiles(text: string, signalsOf: (part: string) => string[]): string {
  return withoutModelfileSystem(
    withoutPromptLibrary(withoutContributingAiSections(text, signalsOf), signalsOf),
    signalsOf,
  );
}
