// The credentials in the URL a hosted server is reached with (round 52, narrowed after the review): whoever
// holds them uses the account without the guard, as with an `env` credential, so they are handed values.
import { isCredentialName } from "@mcp-guard/core";

/**
 * Query names that carry a key in hosted-server URLs without a credential word: Azure Functions' MCP endpoint
 * takes its system key as `?code=`, an Azure SAS its signature as `?sig=`.
 */
const URL_KEY_NAME = /^(?:code|sig|signature)$/i;

/** Letters then digits or digits then letters: each switch is one; a name like `analytics2024` has one. */
const SWITCH = /[A-Za-z](?=[0-9])|[0-9](?=[A-Za-z])/g;

/**
 * Whether a value unnamed as a credential (a path segment, a query value, the userinfo's user) has a key's
 * entropy: 16+ characters, and some piece between separators switching 3+ times between letters and digits
 * (`Zx9kQ2mV7pL4wR8tY1nB`, a UUID's `4f8a2c1e`), not dash-joined words and numbers
 * (`acme-analytics-2024`, `support-team-emea-2`), which are project and org names the model passes back.
 */
export function keyLike(value: string): boolean {
  if (value.length < 16) return false;
  return value.split(/[-_.~+/=:@]+/).some((piece) => (piece.match(SWITCH)?.length ?? 0) >= 3);
}

function decoded(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part; // A broken escape is kept as written.
  }
}

/**
 * The userinfo's password; its user, a query value or a path segment when key-like (hosted servers take the
 * account's key as a segment, `/api/mcp/s/<key>/mcp`, or as the user, git-remote style `https://<token>@…`);
 * a query value of any length when named as a credential (`?api_key=…`, `?code=…`).
 */
export function urlCredentials(url: string | undefined): string[] {
  if (url === undefined || !URL.canParse(url)) return [];
  const parsed = new URL(url);
  const found: string[] = [];
  if (parsed.password) found.push(decoded(parsed.password));
  const user = decoded(parsed.username);
  if (keyLike(user)) found.push(user);
  for (const [name, value] of parsed.searchParams) {
    if (!value) continue;
    if (isCredentialName(name) || URL_KEY_NAME.test(name) || keyLike(value)) found.push(value);
  }
  for (const segment of parsed.pathname.split("/")) {
    const part = decoded(segment);
    if (keyLike(part)) found.push(part);
  }
  return found;
}
