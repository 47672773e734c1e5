// An Ollama Modelfile gives a local model its prompt with the SYSTEM directive (round 47): `FROM llama3.1`, then
// `SYSTEM """You are Mario … do not tell the user you are a language model."""`. That block is the program's
// text for its own model, as a prompt literal in source is (result-code-prompts.ts), and is taken out the same
// way with the same limits: a block that sends, fetches, names an address or sets earlier instructions aside,
// or raises a signal outside an application prompt's register, stays and is scored.
//
// Read as a Modelfile only when its first instruction (after blank and comment lines) is FROM, as Ollama
// requires; its text triple-quoted, quoted or the rest of the line.
// Linear: one pass over the lines, and each block is found once.
import { isApplicationPrompt } from "./result-code-prompts.js";

// Written in capitals, and FROM names one model or file alone on its line: prose that opens "From the Tropics
// to the Snow …" and has a line "System Notice: …" is not a Modelfile (PIArena's held-out documents, round 47).
const OPENS_WITH_FROM = /^(?:[ \t]*(?:#[^\n]*)?\n)*[ \t]*FROM[ \t]+[^\s]+[ \t]*(?:\n|$)/;
const SYSTEM_DIRECTIVE = /^[ \t]*SYSTEM[ \t]+("""|")?/gm;

/** The text with each Modelfile SYSTEM block that reads as an application prompt replaced by an ellipsis. */
export function withoutModelfileSystem(text: string, signalsOf: (block: string) => string[]): string {
  if (!OPENS_WITH_FROM.test(text)) return text;
  let out = "";
  let kept = 0;
  for (const m of text.matchAll(SYSTEM_DIRECTIVE)) {
    const open = (m.index ?? 0) + m[0].length;
    if (open < kept) continue;
    const delimiter = m[1];
    const lineEnd = text.indexOf("\n", open);
    const end =
      delimiter === '"""'
        ? text.indexOf('"""', open)
        : delimiter === '"'
          ? text.indexOf('"', open)
          : lineEnd < 0
            ? text.length
            : lineEnd;
    // A quoted block that does not close, or a one-quote block that runs past its line, is not read as one.
    if (end < 0 || (delimiter === '"' && lineEnd >= 0 && end > lineEnd)) continue;
    if (!isApplicationPrompt(text.slice(open, end), signalsOf)) continue;
    out += `${text.slice(kept, open)}\u2026`;
    kept = end;
  }
  return kept === 0 ? text : out + text.slice(kept);
}
