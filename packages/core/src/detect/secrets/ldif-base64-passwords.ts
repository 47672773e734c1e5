// LDIF (RFC 2849) writes a value base64-encoded after a double colon, `attr:: <base64>`, and ldapsearch and
// slapcat print a password attribute so (`userPassword:: e1NTSEF9…`, the base64 of `{SSHA}…` or of a password
// kept in clear; Active Directory's `unicodePwd::`). Under that name the base64 is the password itself, only
// written another way, so it is read as the attribute's value: one colon or two, it is redacted. A long value
// is folded onto lines that begin with one blank; the folds belong to the value.
import type { SecretRule } from "./engine.js";

/** The attribute's name opens its line: an LDIF record, not a sentence that mentions `password::`. */
const ATTRIBUTE_BEFORE = /(?:^|\n)[A-Za-z0-9-]{0,41}$/;

function opensLine(match: RegExpExecArray): boolean {
  return ATTRIBUTE_BEFORE.test(match.input.slice(Math.max(0, match.index - 42), match.index));
}

/** Whole base64 once the folds are taken out, and something in it: four bytes or more. */
function isBase64Value(value: string): boolean {
  const joined = value.replace(/\r?\n /g, "");
  return joined.length >= 8 && joined.length % 4 === 0 && /^[A-Za-z0-9+/]+={0,2}$/.test(joined);
}

export const LDIF_BASE64_PASSWORD: SecretRule = {
  type: "secret_assignment",
  generic: true,
  keywords: ["password:: ", "pwd:: "],
  pattern: /(?:password|pwd):: ([A-Za-z0-9+/=]{8,1024}(?:\r?\n [A-Za-z0-9+/=]{1,1024}){0,32})(?=\s|$)/i,
  group: 1,
  context: opensLine,
  validate: isBase64Value,
};
