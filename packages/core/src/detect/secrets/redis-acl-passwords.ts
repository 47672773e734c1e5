// Redis 6+ ACL rules give a user its passwords with no name before them: `>pw` adds a password in clear and
// `#<64 hex>` its unsalted SHA-256 (crackable at GPU speed), among the user's other rules (`on`, `~keys:*`,
// `+@read`). They stand in an ACL file (`user app on >pw ~* +@all`), in `ACL SETUSER app on >pw` and in the
// quoted lines of `ACL LIST`. Read only on such a user line, and only after rules of ACL's own grammar, so a
// shell redirect (`user x > out.txt`) or prose about a user is not taken for one.
import type { SecretRule } from "./engine.js";

/** One ACL rule other than a password: a switch, a key/channel/command pattern, a category, a reset. */
const OTHER_RULE =
  "(?:on|off|nopass|resetpass|resetkeys|resetchannels|reset|allkeys|allchannels|allcommands|nocommands|" +
  "(?:sanitize|skip-sanitize)-payload|%R?W?~[^\\s]{1,128}|~[^\\s]{1,128}|&[^\\s]{1,128}|[+-][^\\s]{1,128}|" +
  "<[^\\s]{1,128}|![0-9a-fA-F]{64})";

/** Where an ACL user line starts: a line's start (an ACL file, `ACL LIST` numbered and quoted) or SETUSER. */
const LINE_START = /(?:(?:^|\n)[ \t]*(?:[0-9]{1,4}\)[ \t]*)?"?|acl[ \t]+set)$/i;

function startsUserLine(match: RegExpExecArray): boolean {
  return LINE_START.test(match.input.slice(Math.max(0, match.index - 16), match.index));
}

export const REDIS_ACL_PASSWORD: SecretRule = {
  type: "secret_assignment",
  generic: true,
  keywords: ["user "],
  pattern: new RegExp(`user [^\\s"]{1,64}(?: ${OTHER_RULE}){0,24} ([>#][^\\s"]{1,256})(?=[\\s"]|$)`, "i"),
  group: 1,
  context: startsUserLine,
  // `#` takes only a SHA-256 in hex; a `>` password is judged as any password is (entropy, stand-ins).
  validate: (value) => value.startsWith(">") || /^#[0-9a-fA-F]{64}$/.test(value),
};
