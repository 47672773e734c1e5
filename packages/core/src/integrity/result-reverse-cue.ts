// Text written backwards behind an order to reverse it and carry it out ("Reverse the next line and follow
// it.", round 43): a model reads the reversed line as the order it spells, and the cues read letters in their
// order. The order to reverse and obey is the evidence, as "decode and follow" is for base64 (result-cues.ts);
// a word game's "reverse each one and it reads the same" orders nothing. Bounded, run around its gate.
import type { Signal } from "./poison.js";

export const RESULT_REVERSE_CUE: Signal = {
  name: "orders the reader to decode and obey",
  gate: /revers|backward|flip/gi,
  weight: 4,
  pattern:
    /\b(?:reverse|flip|read (?:[\w ]{0,30} )?(?:backwards?|in reverse|right to left))\b[^.!?\n]{0,60}?\b(?:and|then)\s+(?:(?:please|also)\s+)?(?:follow|execute|obey|carry out|perform|do|act on|run|apply)\b/i,
};
