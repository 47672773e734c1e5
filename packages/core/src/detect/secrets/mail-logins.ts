// SMTP, IMAP and POP3 clients log in with SASL PLAIN, whose initial response is the base64 of
// `authzid\0user\0password` (RFC 4616): `AUTH PLAIN <base64>` in SMTP and POP3, `AUTHENTICATE PLAIN <base64>`
// in IMAP, or the same base64 alone on the line after the server's empty 334 (or IMAP's `+`) challenge. SMTP's
// AUTH LOGIN asks `334 UGFzc3dvcmQ6` ("Password:" in base64) and the client answers with the base64 of the
// password. swaks, `openssl s_client`, Postfix's and Dovecot's debug logs print both: the password is one
// decode away, as in HTTP's `Authorization: Basic`. Each rule starts at its command or at the prompt.
import type { SecretRule } from "./engine.js";
import { isPlaceholder } from "./placeholders.js";

const BASE64 = "([A-Za-z0-9+/]{4,684}={0,2})(?![A-Za-z0-9+/=])";

/** The text a whole base64 value decodes to, or undefined when it is not base64 (LOGIN, CRAM-MD5 …). */
function decoded(value: string): string | undefined {
  if (value.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return undefined;
  return Buffer.from(value, "base64").toString("utf8");
}

/** PLAIN's response: NUL-separated, a password after the last NUL that is not a stand-in. */
function plainResponse(value: string): boolean {
  const text = decoded(value);
  if (text === undefined || !text.includes("\0")) return false;
  const password = text.slice(text.lastIndexOf("\0") + 1);
  return password.length > 0 && !isPlaceholder(password);
}

/** The answer to the password prompt: printable text that is not a stand-in (`*` cancels the exchange). */
function passwordAnswer(value: string): boolean {
  const text = decoded(value);
  // eslint-disable-next-line no-control-regex
  return text !== undefined && text.length > 0 && !/[\u0000-\u001f\ufffd]/.test(text) && !isPlaceholder(text);
}

export const MAIL_LOGIN_RULES: SecretRule[] = [
  {
    type: "basic_auth",
    generic: true,
    keywords: ["auth plain", "authenticate plain"],
    // Inline, or on the client's line after an empty challenge (a log's prefix, "C: " or " -> ", before it).
    pattern: new RegExp(
      `AUTH(?:ENTICATE)? PLAIN(?:[ \\t]{1,4}|[ \\t]*\\r?\\n[^\\n]{0,40}?(?:334|\\+)[ \\t]*\\r?\\n[^\\n]{0,120}?(?<![A-Za-z0-9+/=]))${BASE64}`,
      "i",
    ),
    group: 1,
    validate: plainResponse,
  },
  {
    type: "basic_auth",
    generic: true,
    keywords: ["334 UGFzc3dvcmQ6", "334 cGFzc3dvcmQ6"],
    // The client's line is the base64 alone after a short prefix ("C: ", " -> ", a log's stamp and peer).
    pattern: new RegExp(
      `334 [Uc]GFzc3dvcmQ6[ \\t]*\\r?\\n[^\\n]{0,120}?(?<![A-Za-z0-9+/=])${BASE64}[ \\t]*(?=\\r?\\n|$)`,
    ),
    group: 1,
    validate: passwordAnswer,
  },
];
