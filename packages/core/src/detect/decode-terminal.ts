// The text as a terminal shows it: without its escape sequences (terminal-escapes.ts), so a token with
// `ESC[0m` or `ESC(B` inside is read whole, and found where it is written, sequence included.
import { ViewBuilder, type DecodedView } from "./decode.js";
import { TERMINAL_ESCAPE } from "./terminal-escapes.js";

const SEQUENCE = new RegExp(TERMINAL_ESCAPE, "g");

/** The text without its escape sequences; undefined when it has none (or only a lone ESC, which hides nothing). */
export function terminalView(text: string): DecodedView | undefined {
  // Almost no text holds an ESC: a native search lets it go before the regex runs.
  const first = text.indexOf("\u001b");
  if (first < 0) return undefined;
  const view = new ViewBuilder();
  let at = 0;
  SEQUENCE.lastIndex = first;
  for (let m = SEQUENCE.exec(text); m !== null; m = SEQUENCE.exec(text)) {
    view.copy(text, at, m.index);
    view.replace("", m.index, m.index + m[0].length);
    at = m.index + m[0].length;
  }
  if (!view.changed) return undefined;
  view.copy(text, at, text.length);
  return view.build();
}
