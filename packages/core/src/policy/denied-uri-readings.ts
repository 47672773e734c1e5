// One reading of a URI for every rule that refuses it: the resource permissions' deny list (policy.ts) and the
// sensitive resources (integrity/sensitive.ts, `extra_sensitive_resources`). A rule is compared in the form a
// value is (normalize.ts: percent-decoded, …) and written under each scheme its site or database answers it
// with; a value is read in each spelling its server may make of it: a web URL as its site does
// (web-spellings.ts), a URI of another scheme with an authority whatever user, port, host case or final dot it
// carries (authority-spellings.ts). A spelling closed here is closed for both kinds of rule.
import { authorityReadings, authorityTwins } from "./authority-spellings.js";
import { comparedName, normalizeUri } from "./normalize.js";
import type { Pattern } from "./patterns.js";
import { webReadings, webSchemeTwins } from "./web-spellings.js";

/** The wildcards of a pattern's source: its runs of stars, and whether it is a regex. */
const wildcards = (source: string) => (source.match(/^\^|\*+/g) ?? []).join(" ");

/**
 * A rule's source in the form the values it judges are compared in (normalize.ts): a name after NFKC, a URI
 * as normalizeUri writes it (percent-decoded, …), so that a rule written exactly as a server lists a name
 * (half-width katakana, a ligature, `My%20Files`) matches it. A regex, and a source that cannot be
 * normalised, are kept as written. Normalising can make a wildcard of a character (`＊`, `%2A`, a leading
 * `＾`): a deny rule then takes the wider glob, an allow rule keeps its own (it may allow no more than it
 * names).
 */
export function comparedSource(source: string, resources: boolean, list: "deny" | "allow"): string {
  if (source.startsWith("^")) return source;
  const uri = resources ? normalizeUri(source) : undefined;
  const normalized = uri ? (uri.ok ? uri.value : source) : comparedName(source);
  if (wildcards(normalized) === wildcards(source)) return normalized;
  return list === "deny" && !normalized.startsWith("^") ? normalized : source;
}

/** A rule refusing a URI, as the sources to compile: compared as values are, under each of its twins. */
export function deniedUriSources(source: string): string[] {
  return webSchemeTwins(comparedSource(source, true, "deny")).flatMap(authorityTwins);
}

/**
 * The readings of a canonical URI that the refusing rules `deny` are also matched against: no query, fragment
 * or trailing slash, and the spellings its server may read as the same (see above).
 */
export function deniedUriReadings(value: string, deny: readonly Pattern[]): string[] {
  return (
    webReadings(value, deny) ??
    authorityReadings(value, deny) ?? [value.replace(/[?#].*$/s, "").replace(/(?<=[^/])\/+$/, "")]
  );
}
