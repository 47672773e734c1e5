// Cloudflare's unprefixed credentials: the Global API Key (37 lower-case hexadecimal digits, sent as
// X-Auth-Key with the account's e-mail) and the API token (40 characters of letters, digits, - and _, sent as a
// Bearer token). Nothing in either marks it as Cloudflare's, so the service's name in front of it does: a name
// that is or holds "cloudflare" (`cloudflare:`, `CF_CLOUDFLARE=`, `cloudflare_global =`), set to a value of
// exactly one of those two shapes. Names with a credential's word (CLOUDFLARE_API_KEY) were found already; this
// finds the config that names the key by its service alone. The prefixed formats (cfut_, v1.0- origin CA keys)
// have their own rules.
import type { SecretRule } from "./engine.js";

/** An API token is random base64url: it mixes cases (a 40-digit hexadecimal run is a commit hash, not one). */
function tokenShaped(value: string): boolean {
  if (value.length === 37) return true; // the Global API Key's hexadecimal shape, matched exactly
  return /[A-Z]/.test(value) && /[a-z]/.test(value) && /[0-9]/.test(value);
}

export const CLOUDFLARE_NAMED_KEY: SecretRule = {
  type: "cloudflare_api_key",
  keywords: ["cloudflare"],
  // The rest of the name (words joined by _ . -), an optional closing quote, an assignment (=, :, :=, =>),
  // then the key quoted or bare, not followed by more token characters.
  pattern:
    /cloudflare[A-Za-z0-9_.-]{0,30}["']?[ \t]{0,4}(?:=>|:=|[:=])[ \t]{0,4}["']?([a-f0-9]{37}|[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])/i,
  group: 1,
  entropy: 3,
  validate: tokenShaped,
};
