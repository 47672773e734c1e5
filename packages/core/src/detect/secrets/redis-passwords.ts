// Redis's own password in the places Redis itself writes or prints it: `requirepass` in redis.conf (or
// `CONFIG SET requirepass …`, `redis-server --requirepass …`), a Sentinel's `sentinel auth-pass <master> <pw>`
// (Sentinel rewrites its file itself), and the AUTH command's last argument, quoted as `redis-cli MONITOR`
// prints each command (`"AUTH" "default" "pw"`) or typed at a redis-cli prompt (`host:6379> AUTH default pw`).
// A typed AUTH counts only after a prompt or on a redis-cli line: "auth" is an ordinary word in prose.
import { COMMAND_VALUE, strongEnough } from "./context-rules.js";
import type { SecretRule } from "./engine.js";
import { isPlaceholder, isReference } from "./placeholders.js";

function literalPassword(value: string): boolean {
  return (
    !isPlaceholder(value) && !isReference(value) && !/^[$%]/.test(value) && strongEnough(value, "password")
  );
}

/** The master's (or the user's) name before the password: a word of its own. */
const NAME = "[^\\s\"'`]{1,64}[ \\t]{1,4}";

/** A redis-cli prompt (`127.0.0.1:6379>`, `redis.example.com:6379[2]>`) or a redis-cli command before AUTH. */
const TYPED_AT = /(?:>[ \t]{0,2}|redis-cli[^\n]{0,200}[ \t])$/i;

/** The 240 characters before AUTH, from its line's start: searched no further back, so a long line costs no more. */
function typedAtRedis(match: RegExpExecArray): boolean {
  const before = match.input.slice(Math.max(0, match.index - 240), match.index);
  return TYPED_AT.test(before.slice(before.lastIndexOf("\n") + 1));
}

const rule = (keywords: string[], pattern: RegExp, group: number, context?: SecretRule["context"]) => ({
  type: "secret_assignment",
  generic: true,
  keywords,
  pattern,
  group,
  validate: literalPassword,
  ...(context ? { context } : {}),
});

export const REDIS_PASSWORDS: SecretRule[] = [
  rule(["requirepass"], new RegExp(`requirepass[ \\t]{1,4}${COMMAND_VALUE}`, "i"), 2),
  rule(["auth-pass"], new RegExp(`auth-pass[ \\t]{1,4}${NAME}${COMMAND_VALUE}`, "i"), 2),
  // MONITOR's quoted arguments: "AUTH" "password" or "AUTH" "user" "password" (the last is the password).
  rule(['"auth" "'], /"auth" (?:"[^"\r\n]{1,64}" )?"((?:[^"\\\r\n]|\\.){1,256})"(?=\s|$)/i, 1),
  rule(["auth "], new RegExp(`auth[ \\t]{1,4}(?:${NAME})?${COMMAND_VALUE}`, "i"), 2, typedAtRedis),
];
