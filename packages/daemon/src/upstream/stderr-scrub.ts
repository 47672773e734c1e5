// What a server says outside its messages reaches the client (in upstream_unavailable), `status`, the dashboard
// and the daemon's log, and none of it passes the pipeline: a stdio server's stderr, and the body of an HTTP
// server's error status, which the MCP SDK's transports put in their errors. A server that fails on a rejected
// credential commonly prints that credential, so every such text is redacted here first, with every built-in
// detector on and every finding redacted whatever its configured action (shown-text.ts), after the credentials
// the guard handed the server itself are taken out (known-values.ts).
import { withoutEveryOccurrence } from "@mcp-guard/core";
import { redactShown } from "../shown-text.js";

export function scrubStderr(line: string, known: readonly string[] = []): string {
  return redactShown(withoutEveryOccurrence(line, known), "stderr line");
}

/** Characters of a transport's failure text kept (it is repeated in the error's message and its data). */
const SERVER_TEXT_MAX = 1_000;

/** Characters read before the cut: a value that straddles SERVER_TEXT_MAX is still found whole. */
const SERVER_TEXT_READ = 8 * SERVER_TEXT_MAX;

/**
 * An HTTP server's error text (its error status's body), redacted, then cut to SERVER_TEXT_MAX: cut first, a
 * token across the cut would leave its beginning, too short for any detector, in the clear.
 */
export function scrubServerText(text: string, known: readonly string[] = []): string {
  const clean = redactShown(withoutEveryOccurrence(text.slice(0, SERVER_TEXT_READ), known), "server error");
  return clean.length > SERVER_TEXT_MAX || text.length > SERVER_TEXT_READ
    ? `${clean.slice(0, SERVER_TEXT_MAX)}… [cut]`
    : clean;
}

const KEY_BEGINS = /-----BEGIN [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----/;
const KEY_ENDS = /-----END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----/;
/** What stands for each line of a private key. */
export const IN_KEY = "[REDACTED:private_key]";

/**
 * A line of nothing but base64 with upper case, lower case and digits in it: the body of a key or a
 * certificate (PEM wraps at 64), which no detector finds alone. A server's stderr is diagnostics, where such a
 * line is almost never anything else, so it is withheld even when its BEGIN line was never seen (cut off,
 * past the characters read, or written in pieces the line reader did not join).
 */
const BODY_LINE = /^(?=[^a-z]*[a-z])(?=[^A-Z]*[A-Z])(?=[^0-9]*[0-9])[A-Za-z0-9+/]{16,}={0,2}$/;

/**
 * A server's stderr, line by line as it comes: each line is redacted on its own (scrubStderr), and a PEM
 * private key, whose body lines no detector finds alone (each is base64 of a few dozen bytes), is withheld
 * from its BEGIN line to its END line whole; a body line outside any armour seen is withheld as well.
 */
export class StderrScrub {
  private inKey = false;

  /** `known`: the credentials the guard handed this server (known-values.ts). */
  constructor(private readonly known: readonly string[] = []) {}

  line(text: string): string {
    return this.armoured(text) ? IN_KEY : scrubLine(text, this.known);
  }

  /**
   * Follows a private key's armour through the next line, without redacting it (a line not logged is still
   * read, so that the key state holds for the lines after it): true when the line is part of a key.
   */
  armoured(text: string): boolean {
    if (this.inKey) {
      // A new BEGIN after the END on one line starts the next key.
      const end = KEY_ENDS.exec(text);
      if (end) this.inKey = lastBeginOpen(text.slice(end.index + end[0].length));
      return true;
    }
    if (KEY_BEGINS.test(text)) {
      this.inKey = lastBeginOpen(text);
      return true;
    }
    return false;
  }
}

/** A stderr line outside any key armour, redacted (a key's body line seen alone is withheld whole). */
export function scrubLine(text: string, known: readonly string[] = []): string {
  return BODY_LINE.test(text.trim()) ? IN_KEY : scrubStderr(text, known);
}

/** Whether a line's last BEGIN has no END after it (`…END-----  -----BEGIN…` leaves a key open). */
function lastBeginOpen(text: string): boolean {
  const begins = [...text.matchAll(new RegExp(KEY_BEGINS.source, "g"))];
  const last = begins.at(-1);
  return last !== undefined && !KEY_ENDS.test(text.slice(last.index + last[0].length));
}
