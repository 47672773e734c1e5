// The line-based protocols send a password as a command's argument: IMAP's `<tag> LOGIN <user> <password>`
// (RFC 9051), and POP3's and FTP's `USER <user>` then `PASS <password>` (RFC 1939, RFC 959); IRC's `PASS`
// comes before its NICK and USER. curl -v, `openssl s_client`, Dovecot's rawlog and a client's debug log print
// them one to a line, perhaps after a prefix ("C: ", "> ", a stamp and a peer). The commands are read in
// capitals, as clients send them, on a line of their own; PASS only beside a USER or NICK line, so a test
// runner's "PASS tests/login.test.ts" is no login.
import { COMMAND_VALUE } from "./context-rules.js";
import type { SecretRule } from "./engine.js";
import { literalPassword } from "./positional-credentials.js";

/** Where a protocol log's line may begin before its command: nothing, blanks, or a prefix ending in `>` or `:`. */
const LOG_PREFIX = "(?:[^\\n]{0,60}?[>:][ \\t]{1,4}|[ \\t]{0,4})";
/** A command's last argument: the line ends after it. */
const LAST = `${COMMAND_VALUE}[ \\t]*(?=\\r?\\n|$)`;
/** The longest line prefix read before a command. */
const PREFIX_MAX = 80;

/** The text from the start of the keyword's line to the keyword, or undefined when that is too long. */
function linePrefix(text: string, at: number): string | undefined {
  const start = text.lastIndexOf("\n", at - 1) + 1;
  return at - start > PREFIX_MAX ? undefined : text.slice(start, at);
}

/** An IMAP tag (a001, A2, 7, or the `.` of a hand-typed session) after the line's prefix. */
const TAGGED = new RegExp(`^${LOG_PREFIX}(?:[A-Za-z]{0,8}[0-9]{1,8}|\\.)[ \\t]$`);
const COMMAND_OPENS_LINE = new RegExp(`^${LOG_PREFIX}$`);

/** The lines next to the one holding `at` (up to `count` before or after), each cut to PREFIX_MAX + 80. */
function nearbyLines(text: string, at: number, count: number, after: boolean): string[] {
  const lines: string[] = [];
  let edge = after ? text.indexOf("\n", at) : text.lastIndexOf("\n", at - 1);
  while (lines.length < count && edge !== -1) {
    if (after) {
      const end = text.indexOf("\n", edge + 1);
      lines.push(text.slice(edge + 1, Math.min(end === -1 ? text.length : end, edge + 1 + PREFIX_MAX + 80)));
      edge = end;
    } else {
      if (edge === 0) break;
      const start = text.lastIndexOf("\n", edge - 1);
      lines.push(text.slice(Math.max(start + 1, edge - PREFIX_MAX - 80), edge));
      edge = start;
    }
  }
  return lines;
}

const USER_LINE = new RegExp(`^${LOG_PREFIX}USER[ \\t]{1,4}[^\\s]`);
const NICK_OR_USER_LINE = new RegExp(`^${LOG_PREFIX}(?:NICK|USER)[ \\t]{1,4}[^\\s]`);

/** PASS is a login's: its line holds the command alone, and a USER line is among the three before it (POP3,
 *  FTP, with the server's answer between) or a NICK or USER line among the two after it (IRC). */
function passOfLogin(match: RegExpExecArray): boolean {
  const prefix = linePrefix(match.input, match.index);
  if (prefix === undefined || !COMMAND_OPENS_LINE.test(prefix)) return false;
  return (
    nearbyLines(match.input, match.index, 3, false).some((line) => USER_LINE.test(line)) ||
    nearbyLines(match.input, match.index, 2, true).some((line) => NICK_OR_USER_LINE.test(line))
  );
}

function taggedLogin(match: RegExpExecArray): boolean {
  const prefix = linePrefix(match.input, match.index);
  return prefix !== undefined && TAGGED.test(prefix);
}

export const PROTOCOL_LOGIN_RULES: SecretRule[] = [
  {
    type: "secret_assignment",
    generic: true,
    keywords: ["login "],
    pattern: new RegExp(`LOGIN[ \\t]{1,4}(?:"[^"\\r\\n]{1,128}"|[^\\s"(){%*]{1,128})[ \\t]{1,4}${LAST}`),
    group: 2,
    context: taggedLogin,
    validate: literalPassword,
  },
  {
    type: "secret_assignment",
    generic: true,
    keywords: ["pass "],
    pattern: new RegExp(`PASS[ \\t]{1,4}${LAST}`),
    group: 2,
    context: passOfLogin,
    validate: literalPassword,
  },
];
