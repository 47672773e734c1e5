// Telegram's application credentials (my.telegram.org → API development tools) are a numeric api_id and an
// api_hash: 32 lower-case hex characters, which together let a client log in as the application (Telethon,
// Pyrogram, TDLib all take them as `api_id` / `api_hash`). Nothing in the hash marks it as Telegram's, so
// only its name finds it: `api_hash`, `API_HASH`, `apiHash`, with a prefix of its own (TELEGRAM_API_HASH,
// tg_api_hash). A longer name that merely ends in those letters (openapi_hash, a spec's digest) is not it.
import type { SecretRule } from "./engine.js";

/** The name's start: not inside a word (openapi_hash), except a camel-case join (tgApiHash). */
function startsName(match: RegExpExecArray): boolean {
  const before = match.input.charCodeAt(match.index - 1);
  if (Number.isNaN(before)) return true;
  const isAlnum =
    (before >= 48 && before <= 57) || (before >= 65 && before <= 90) || (before >= 97 && before <= 122);
  if (!isAlnum) return true;
  // tgApiHash: a lower-case letter then the capital A of "Api".
  return before >= 97 && before <= 122 && match.input.charCodeAt(match.index) === 65;
}

/**
 * Not an application's hash: the MD5 of nothing (a digest field that hashed an empty input), and the hex
 * alphabet twice, the stand-in Telethon's and Pyrogram's documentation write for it.
 */
const NOT_A_HASH = new Set(["d41d8cd98f00b204e9800998ecf8427e", "0123456789abcdef0123456789abcdef"]);

export const TELEGRAM_API_HASH: SecretRule = {
  type: "telegram_api_hash",
  keywords: ["api_hash", "apihash"],
  // The name, an optional closing quote, an assignment (=, :, :=, =>, or a keyword argument), then the hash
  // quoted or bare and not followed by more word characters.
  pattern: /api_?hash["']?[ \t]{0,4}(?:=>|:=|[:=])[ \t]{0,4}["']?([a-f0-9]{32})(?![A-Za-z0-9_])/i,
  group: 1,
  entropy: 3,
  context: startsName,
  validate: (value) => !NOT_A_HASH.has(value) && /^[a-f0-9]{32}$/.test(value),
};
