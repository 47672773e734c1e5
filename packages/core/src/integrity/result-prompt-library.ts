// A prompt library kept as a table (round 47): the starred "act as" lists, a team's prompts.csv, a prompt data
// set exported as CSV, one persona prompt per row under a header such as `"act","prompt"`. Every such cell is
// written to a model, because that is what the file is for ("I want you to act as a SQL console … reply only
// with the result table, and nothing else"), but it is data the user asked for, quoted in a column whose
// header says so, as an eval config's test inputs are (result-eval-cases.ts). So in a CSV or TSV whose header
// names a prompt column, that column's cells are taken out before the text is scored.
//
// Decided by the table's structure and each cell's register: a cell stays and is scored as before when it asks
// for something an attacker wants (a send, a fetch, an address, earlier instructions set aside: the same test
// as an application's prompt literal) or raises alone any signal but a request's register (a part to play, the
// shape of the answer, the reply scripted): concealment from the user, an act done unnoticed, an address to
// the AI reading the file. Other columns, and text before the header, are read as they were. Linear: one pass
// over the characters.
import { ASKS_FOR_SOMETHING, PROMPT_REGISTER } from "./result-code-prompts.js";
import { REQUEST_REGISTER_CUES } from "./result-chat-request.js";

/** A header cell that names the prompt column: prompt, system_prompt, "Prompt Text", instructions. */
const PROMPT_COLUMN =
  /^(?:[\w ]{0,30}[_ -])?(?:prompts?|instructions?|system[_ ]?(?:prompt|message))(?:[_ -](?:text|template|content))?$/i;
/** What a persona prompt is made of: a part to play, the shape and the script of the answer. */
const PERSONA_REGISTER = new Set([...REQUEST_REGISTER_CUES, "scripts the reader's whole reply"]);
const inRegister = (signal: string) =>
  PERSONA_REGISTER.has(signal) || (PROMPT_REGISTER.has(signal) && signal !== "concealment from the user");

/** A cell's span in the text, the quotes left out of it. */
interface Cell {
  start: number;
  end: number;
  column: number;
}

/** The cells of the table that starts at `from`, record by record, with quoted cells' line breaks inside them. */
function cellsOf(text: string, from: number, separator: string): Cell[] {
  const cells: Cell[] = [];
  let column = 0;
  let i = from;
  while (i <= text.length) {
    let start = i;
    let end: number;
    if (text[i] === '"') {
      start = i + 1;
      let j = start;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) return cells; // an open quote: not a table past here
        if (text[q + 1] === '"') j = q + 2;
        else {
          end = q;
          i = q + 1;
          break;
        }
      }
    } else {
      let j = i;
      while (j < text.length && text[j] !== separator && text[j] !== "\n") j++;
      end = j;
      i = j;
    }
    cells.push({ start, end, column });
    if (i >= text.length) break;
    if (text[i] === separator) column++;
    else if (text[i] === "\n" || text[i] === "\r") {
      if (text[i] === "\r" && text[i + 1] === "\n") i++;
      column = 0;
    } else return cells; // text after a closing quote: not a table past here
    i++;
  }
  return cells;
}

/** The text with the prompt column's cells (those a library holds) replaced by an ellipsis, or the text itself. */
export function withoutPromptLibrary(text: string, signalsOf: (cell: string) => string[]): string {
  if (!/prompt|instruction/i.test(text)) return text;
  const headerEnd = text.indexOf("\n");
  const header = headerEnd < 0 ? text : text.slice(0, headerEnd);
  const separator = header.includes(",") ? "," : header.includes("\t") ? "\t" : "";
  if (!separator) return text;
  const names = header.split(separator).map((name) => name.trim().replace(/^"|"$/g, ""));
  const column = names.findIndex((name) => PROMPT_COLUMN.test(name));
  if (column < 0 || headerEnd < 0) return text;
  let out = "";
  let kept = 0;
  for (const cell of cellsOf(text, headerEnd + 1, separator)) {
    if (cell.column !== column || cell.end <= cell.start) continue;
    const value = text.slice(cell.start, cell.end).replaceAll('""', '"');
    if (ASKS_FOR_SOMETHING.test(value) || !signalsOf(value).every(inRegister)) continue;
    out += `${text.slice(kept, cell.start)}\u2026`;
    kept = cell.end;
  }
  return kept === 0 ? text : out + text.slice(kept);
}
