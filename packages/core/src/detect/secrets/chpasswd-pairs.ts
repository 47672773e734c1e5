// chpasswd(8) reads `user:password` lines on its input and sets each account's password: Dockerfiles for
// SSH-enabled images write `RUN echo 'root:…' | chpasswd`, provisioning scripts `echo "deploy:…" | sudo
// chpasswd` or a here-document of such lines. What is fed to it is a password (cloud-init's `chpasswd:` list
// is read by the context rules). Each rule starts at chpasswd's name, so text without it costs nothing; a
// variable (`root:${ROOT_PASSWORD}`) or a hash given with -e is left to literalPassword's judgement.
import type { SecretRule } from "./engine.js";
import { literalPassword } from "./positional-credentials.js";

/** A login's name then its colon. */
const USER = `[A-Za-z_][A-Za-z0-9_.-]{0,63}:`;
/** The password: no blank, quote or shell operator; printf's `\n` after it is not part of it. */
const VALUE = `((?:[^\\s'"\`|;&\\\\]|\\\\(?!n)){3,128})`;
/** The characters an `echo … |` may stand before chpasswd's name (the rule reads from the echo). */
const BACK = 240;

/** A here-document's pairs, one rule per line of it read (the first few), the password of that line. */
const HERE_DOC_LINES = 4;

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
  ...Array.from({ length: HERE_DOC_LINES }, (_, line) =>
    pairRule(
      `chpasswd(?:[ \\t]{1,4}-[A-Za-z]{1,3}){0,2}[ \\t]{0,4}<<-?[ \\t]{0,4}["']?[A-Za-z_]{1,32}["']?[^\\n]{0,120}\\n(?:[ \\t]{0,8}${USER}[^\\s]{1,128}\\n){${line}}[ \\t]{0,8}${USER}${VALUE}[ \\t]*(?=\\r?\\n)`,
    ),
  ),
];
