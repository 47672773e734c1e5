// What an API key's rate limits and spend follow (Identity.keyDigest): the key itself, whatever the config
// names it, so renaming a key (or naming one that had no name) gives it no fresh allowance. Keyed with the
// daemon key, as a server's launch is: the database need not hold a plain hash of the key, which could be
// searched for a short one.
import { createHmac } from "node:crypto";

/** `credential` is ApiKeys.verify's (the key's SHA-256, the same across config reloads). */
export function keyDigestOf(credential: string, daemonKey: string): string {
  return createHmac("sha256", daemonKey).update(`api_key\u0000${credential}`).digest("hex");
}
