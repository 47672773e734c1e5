// Commands that read a password from their standard input, and what a script feeds them: `echo … | docker
// login --password-stdin`, `echo … | passwd --stdin deploy` (RHEL, Fedora), `echo -e "…\n…" | smbpasswd -s -a
// deploy` (Samba), `echo -n … | kinit deploy@REALM` (MIT Kerberos), `echo … | sudo -S …`, `echo … | htpasswd
// -i file user`, or the same commands given a here-string (`kinit deploy <<< '…'`). Provisioning scripts,
// their `bash -x` traces, CI logs and shell histories hold them; what is fed in is the password (chpasswd's
// `user:password` lines are read in chpasswd-pairs.ts).
//
// One rule per way of feeding, over every reader: each starts at a reader's name (a keyword), looking back from
// it to the echo, so a text without one costs nothing. The value must be a literal: `echo "$DEPLOY_PASSWORD"`
// is left (literalPassword).
import { COMMAND_VALUE } from "./context-rules.js";
import type { SecretRule } from "./engine.js";
import { commandRule } from "./positional-credentials.js";

/** Where a reader's name stands: a command's start, after sudo and its flags or a path. */
const COMMAND_START = String.raw`(?<![\w-])(?:/usr)?(?:/s?bin/)?`;
/** The readers, each with the option that makes it read standard input (kinit reads it when it is no tty). */
const READER = [
  String.raw`[^\n|]{0,200}?--password-stdin(?![\w-])`,
  String.raw`${COMMAND_START}passwd[ \t][^\n|<]{0,80}?--stdin(?![\w-])`,
  String.raw`${COMMAND_START}smbpasswd[ \t][^\n|<]{0,80}?-[A-Za-z]{0,3}s[A-Za-z]{0,3}(?![\w-])`,
  String.raw`${COMMAND_START}kinit(?![\w-])`,
  String.raw`${COMMAND_START}sudo[ \t][^\n|<]{0,40}?-[A-Za-z]{0,3}S[A-Za-z]{0,3}(?![\w-])`,
  String.raw`${COMMAND_START}htpasswd[ \t][^\n|<]{0,80}?-[A-Za-z]{0,3}i[A-Za-z]{0,3}(?![\w-])`,
].join("|");
/** sudo and its flags before a reader (`echo … | sudo passwd --stdin deploy`). */
const SUDO = String.raw`(?:sudo(?:[ \t]{1,4}-[A-Za-z]{1,3}){0,2}[ \t]{1,4})?`;
/** echo's or printf's flags (-n, -e), then what it prints. */
const ECHO = String.raw`(?<![\w-])(?:echo|printf)(?:[ \t]{1,4}-[A-Za-z]{1,3}){0,2}[ \t]{1,4}`;
/** How far before the reader's name the echo may start. */
const BACK = 240;

/**
 * The password `echo -e "…\n…"` prints twice (smbpasswd asks for it again). The detectors read the escaped
 * break before a value as a break (line-breaks.ts: `\r\n`, as long as the escape), so the password is its
 * first line, and the lines after it, up to the closing quote, are redacted with it.
 */
const REPEATED = String.raw`(["'])((?:[^\s'"\`|;&\\]|\\(?!n)){3,128})(?:\r\n[^\s'"\`|;&\\]{1,128}){1,3}(?:\r\n)?\1`;
const REPEATS = /(?:\r\n[^\s"'`|;&\\]{1,128}){1,3}/y;
const withRepeats = (text: string, end: number) => {
  REPEATS.lastIndex = end;
  return REPEATS.test(text) ? REPEATS.lastIndex : end;
};

export const STDIN_PASSWORD_RULES: SecretRule[] = [
  // `echo … | reader`: the echo, a pipe, the reader (sudo before it is read as its own reader too).
  {
    ...commandRule(
      ["--password-stdin", "passwd", "kinit", "sudo"],
      new RegExp(String.raw`${ECHO}${COMMAND_VALUE}[ \t]{0,4}\|[ \t]{0,4}${SUDO}(?:${READER})`),
    ),
    back: BACK,
  },
  // `echo -e "…\n…" | reader`: the same password twice (see REPEATED).
  {
    ...commandRule(
      ["--password-stdin", "passwd", "kinit", "sudo"],
      new RegExp(String.raw`${ECHO}${REPEATED}[ \t]{0,4}\|[ \t]{0,4}${SUDO}(?:${READER})`),
    ),
    back: BACK,
    extend: withRepeats,
  },
  // `reader … <<< '…'`: a here-string after the reader's arguments; the rule may start a path and sudo
  // before the keyword (`/usr/bin/smbpasswd`).
  {
    ...commandRule(
      ["--password-stdin", "passwd", "kinit", "sudo"],
      new RegExp(String.raw`${SUDO}(?:${READER})[^\n|<]{0,120}?<<<[ \t]{0,4}${COMMAND_VALUE}`),
    ),
    back: 32,
  },
];
