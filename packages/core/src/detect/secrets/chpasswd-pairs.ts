// chpasswd(8) reads `user:password` lines on its input and sets each account's password: Dockerfiles for
// SSH-enabled images write `RUN echo 'root:…' | chpasswd`, provisioning scripts `echo "deploy:…" | sudo
// chpasswd` or a here-document of such lines. What is fed to it is a password (cloud-init's `chpasswd:` list
// is read by the context rules). Each rule starts at chpasswd's name, so text without it costs nothing; a
// variable (`root:${ROOT_PASSWORD}`) or a hash given with -e is left to literalPassword's judgement.
// A here-document is read by a detector of its own, every line to its delimiter (chpasswdHereDocDetector): a
// rule per line read only its first four, and a script setting six logins' passwords gave the last two away.
import type { Detector, Span } from "../detectors.js";
import type { SecretRule } from "./engine.js";
import { holdsNoted } from "./noted-literals.js";
import { literalPassword } from "./positional-credentials.js";

/** A login's name then its colon. */
const USER = `[A-Za-z_][A-Za-z0-9_.-]{0,63}:`;
/** The password: no blank, quote or shell operator; printf's `\n` after it is not part of it. */
const VALUE = `((?:[^\\s'"\`|;&\\\\]|\\\\(?!n)){3,128})`;
/** The characters an `echo … |` may stand before chpasswd's name (the rule reads from the echo). */
const BACK = 240;

function pairRule(pattern: string): SecretRule {
  return {
    type: "secret_assignment",
    generic: true,
    keywords: ["chpasswd"],
    pattern: new RegExp(pattern),
    group: 1,
    validate: literalPassword,
  };
}

export const CHPASSWD_RULES: SecretRule[] = [
  // `echo 'root:…' | chpasswd`, `printf "deploy:…\n" | sudo chpasswd`: echo's flags, then one pair in quotes
  // of either kind or none, piped to chpasswd (perhaps through sudo and its flags).
  {
    ...pairRule(
      `(?<![\\w-])(?:echo|printf)(?:[ \\t]{1,4}-[A-Za-z]{1,3}){0,2}[ \\t]{1,4}["']?${USER}${VALUE}(?:\\\\n)?["']?[ \\t]{0,4}\\|[ \\t]{0,4}(?:sudo(?:[ \\t]{1,4}-[A-Za-z]{1,3}){0,2}[ \\t]{1,4})?(?:/usr/sbin/)?chpasswd(?![\\w-])`,
    ),
    back: BACK,
  },
];

/** chpasswd's name, its flags, then a here-document's operator and delimiter (quoted or not). */
const HERE_DOC =
  /chpasswd(?:[ \t]{1,4}-[A-Za-z]{1,3}){0,2}[ \t]{0,4}<<(-?)[ \t]{0,4}(["']?)([A-Za-z_][A-Za-z0-9_]{0,31})\2[^\n]{0,120}\n/g;
/** One login's line: blanks (tabs under <<-), the user and colon, the password, nothing after it. */
const LOGIN_LINE = new RegExp(`^[ \\t]{0,8}${USER}${VALUE}[ \\t]*\\r?$`);

/** The passwords of every line of chpasswd's here-documents, up to each one's delimiter. */
export function chpasswdHereDocDetector(): Detector {
  return {
    type: "secret_assignment",
    category: "secret",
    confidence: 0.9,
    find(text, _enabled, shared) {
      if (!holdsNoted(text, shared, "chpasswd")) return [];
      const spans: Span[] = [];
      HERE_DOC.lastIndex = 0;
      for (let m = HERE_DOC.exec(text); m !== null; m = HERE_DOC.exec(text)) {
        HERE_DOC.lastIndex = readLines(text, HERE_DOC.lastIndex, m[3] as string, m[1] === "-", spans);
      }
      return spans;
    },
  };
}

/** Each login's password from `at` to the delimiter's line; returns where the here-document ends. */
function readLines(text: string, at: number, delimiter: string, tabs: boolean, spans: Span[]): number {
  while (at < text.length) {
    const newline = text.indexOf("\n", at);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(at, end);
    const bare = line.endsWith("\r") ? line.slice(0, -1) : line;
    if ((tabs ? bare.replace(/^\t+/, "") : bare) === delimiter) return end;
    const login = LOGIN_LINE.exec(line);
    const password = login?.[1];
    if (login !== null && password !== undefined && literalPassword(password)) {
      const start = at + line.indexOf(":" + password) + 1;
      spans.push({ start, end: start + password.length });
    }
    at = end + 1;
  }
  return text.length;
}
