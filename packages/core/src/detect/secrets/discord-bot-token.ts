// Discord bot tokens carry no vendor prefix: three dot-separated base64url parts, the first being the bot's
// user id (a decimal "snowflake") in base64, then a timestamp and an HMAC. What stands in for a prefix is the
// id itself: base64 of its first three digits is one of 900 four-character strings, and those are the
// prefilter keywords, so the rule runs only where such an id can start. A hit must then decode to a
// snowflake whose embedded creation time falls in Discord's lifetime, which random base64 almost never does.
import type { SecretRule } from "./engine.js";

/** Milliseconds from the Unix epoch to Discord's (2015-01-01), as its snowflakes count. */
const DISCORD_EPOCH = 1420070400000n;
/** A snowflake created after this (2040) is not one of today's ids. */
const LATEST_PLAUSIBLE = Date.UTC(2040, 0, 1);

/** base64 of every three-digit start of an id that does not start with 0. */
function idPrefixes(): string[] {
  const prefixes: string[] = [];
  for (let n = 100; n <= 999; n++) prefixes.push(btoa(String(n)));
  return prefixes;
}

/** The first part decodes to a 17-20 digit id whose timestamp lies between Discord's epoch and 2040. */
function isSnowflakeId(token: string): boolean {
  const encoded = token.slice(0, token.indexOf(".")).replace(/-/g, "+").replace(/_/g, "/");
  let id: string;
  try {
    id = atob(encoded.padEnd(Math.ceil(encoded.length / 4) * 4, "="));
  } catch {
    return false;
  }
  if (!/^[1-9][0-9]{16,19}$/.test(id)) return false;
  const created = Number((BigInt(id) >> 22n) + DISCORD_EPOCH);
  return created <= LATEST_PLAUSIBLE;
}

export const DISCORD_BOT_TOKEN: SecretRule = {
  type: "discord_bot_token",
  keywords: idPrefixes(),
  pattern:
    /(?<![A-Za-z0-9_.-])[MNO][A-Za-z0-9_-]{22,25}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38}(?![A-Za-z0-9_-])/,
  entropy: 3.5,
  validate: isSnowflakeId,
};
