// The text as a terminal shows it: without its escape sequences (terminal-escapes.ts) and without the other
// control characters, which it shows as nothing (NUL, BEL, the information separators, DEL, the C1 controls;
// the tab and the line breaks are read as blanks already). A token with `ESC[0m`, `ESC(B` or a NUL inside is
// read whole, and found where it is written, what was dropped included.
import { ViewBuilder, type DecodedView } from "./decode.js";
import { TERMINAL_ESCAPE } from "./terminal-escapes.js";

// eslint-disable-next-line no-control-regex -- control characters are what this view drops
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/;
/** The ASCII ones, each looked for on its own: a native search for one character is three times faster. */
const ASCII_CONTROLS = Array.from({ length: 0x80 }, (_, c) => String.fromCharCode(c)).filter((c) =>
  CONTROL.test(c),
);
const AS_A_TERMINAL = new RegExp(`${TERMINAL_ESCAPE}|${CONTROL.source}+`, "g");
const CONTROLS = new RegExp(`${CONTROL.source}+`, "g");

/**
 * The text without them, and when it holds an ESC also without the control characters alone: a terminal
 * reads `ESC y` as one sequence and shows no `y`, a model reads the letter. None when it holds no control.
 */
export function terminalViews(text: string, ascii: boolean): DecodedView[] {
  // Almost no text holds a control character: native searches let it go before anything is built (this
  // runs for every string of every message; the C1 controls are beyond ASCII).
  if (ascii && !hasAsciiControl(text)) return [];
  const first = text.search(CONTROL);
  if (first < 0) return [];
  const views = [dropped(text, first, AS_A_TERMINAL)];
  if (text.includes("\u001b")) views.push(dropped(text, first, CONTROLS));
  return views.filter((view) => view !== undefined);
}

/** Up to this length a text is read a character at a time: thirty native searches cost more there. */
const SHORT = 64;

/** Whether an ASCII text holds one of ASCII_CONTROLS. */
function hasAsciiControl(text: string): boolean {
  if (text.length > SHORT) return ASCII_CONTROLS.some((c) => text.includes(c));
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7f || (c < 0x20 && (c < 0x09 || c > 0x0d))) return true;
  }
  return false;
}

function dropped(text: string, first: number, what: RegExp): DecodedView | undefined {
  const view = new ViewBuilder();
  let at = 0;
  what.lastIndex = first;
  for (let m = what.exec(text); m !== null; m = what.exec(text)) {
    // At either end a control cuts nothing: a view without it would be read for nothing.
    if (m.index === 0 || m.index + m[0].length === text.length) continue;
    view.copy(text, at, m.index);
    view.replace("", m.index, m.index + m[0].length);
    at = m.index + m[0].length;
  }
  if (!view.changed) return undefined;
  view.copy(text, at, text.length);
  return view.build();
}
