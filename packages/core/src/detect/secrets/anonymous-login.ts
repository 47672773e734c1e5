// The password of an anonymous login: FTP's `anonymous` (and its alias `ftp`) user is let in whatever password
// it gives, and by convention (RFC 1635) gives the user's e-mail address, or a name followed by "@" as clients
// fill it in (busybox@, -wget@, IEUser@). Such a password identifies, it authenticates nothing.

/** An e-mail address, or its local part followed by "@" alone. */
const IDENTITY = /^[A-Za-z0-9._+-]{1,64}@(?:[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,6})?$/;

/**
 * A user, login or username field set to `anonymous` or `ftp` (server->user = "anonymous";, ftp_user=ftp,
 * "login": "anonymous"), read in the lines just before the password's name.
 */
const ANONYMOUS_USER =
  /(?:^|[^A-Za-z0-9])(?:user(?:name)?|login|usr)["']?[ \t]*(?:=|:|=>|->)?[ \t]*["']?(?:anonymous|ftp)["']?(?![A-Za-z0-9_])/i;

/** How far back the user is looked for: the statement or two before, not another server's block. */
const LOOK_BACK = 160;

/**
 * Whether `value`, set to a password's name at `nameAt` in `text`, is an anonymous login's identity: an
 * e-mail-like value, with the user set to anonymous just before. A password of any other shape beside an
 * anonymous user (anonymous / Xk29!fq7Lm) is still judged as one.
 */
export function anonymousLoginIdentity(value: string, text: string, nameAt: number): boolean {
  if (!value.includes("@") || !IDENTITY.test(value)) return false;
  return ANONYMOUS_USER.test(text.slice(Math.max(0, nameAt - LOOK_BACK), nameAt));
}

/** A .netrc entry's login token set to anonymous or ftp. */
const NETRC_ANONYMOUS = /(?:^|[ \t\r\n])login[ \t]+(?:anonymous|ftp)(?=[ \t\r\n]|$)/;

/**
 * Whether a .netrc entry's password is an anonymous login's identity: `tokens` are the entry's login and
 * account tokens (before or after the password), `value` its password. Net::Netrc documents `default login
 * anonymous password user@site`; any other password beside an anonymous login is still judged.
 */
export function anonymousNetrcIdentity(tokens: string, value: string): boolean {
  return value.includes("@") && IDENTITY.test(value) && NETRC_ANONYMOUS.test(tokens);
}
