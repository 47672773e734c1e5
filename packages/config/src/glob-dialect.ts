// Glob syntax of other dialects that the rules' globs (core's patterns.ts: `*` and `**` only) would read as
// literal characters. Operators know `{pem,key}` and `[0-9]` from shells, .gitignore, minimatch and editors;
// read literally, a rule holding them names no tool or URI a server lists, so a deny rule would silently deny
// nothing. Such a rule is refused with the spelling that works instead of being accepted.
// Not supported rather than refused-and-expanded: a rule's source passes through URI normalisation, case
// folding, the web and file spellings and the sensitive-resource needles, each of which reads its literal
// characters; a regex (`^…`) already gives alternatives and classes, and a brace expands to one rule each.

/** `{a,b}` or `{1..9}`: alternatives or a range, as a shell's brace expansion and minimatch read them. */
const BRACES = /\{[^{}]*(?:,|\.\.)[^{}]*\}/;
/** `[abc]`, `[0-9]`, `[!x]`: a class of one character. */
const CLASS = /\[[^\]]+\]/;
/** An IPv6 host in a URI's authority (`postgres://user@[::1]:5432/…`) is written in brackets and is no class. */
const IPV6_HOST = /^([A-Za-z][A-Za-z0-9+.-]*:\/\/(?:[^/@]*@)?)\[[0-9A-Fa-f:.]+(?:%[^\]]*)?\]/;

/** Why a glob rule would not match what its author meant, or undefined when it reads as written. */
export function unreadGlobSyntax(source: string): string | undefined {
  if (source.startsWith("^")) return undefined; // a regex: its braces and brackets are its own
  const braces = BRACES.exec(source);
  if (braces) {
    const alternatives = braces[0].slice(1, -1).split(",");
    const rules = alternatives.length > 1 ? alternatives.map((a) => source.replace(braces[0], a)) : [];
    const instead = rules.length
      ? `one rule per alternative (${rules.map((r) => JSON.stringify(r)).join(", ")})`
      : "one rule per value";
    return `${JSON.stringify(source)}: braces ${braces[0]} are not read as alternatives in a rule (only * and ** are wildcards), so it would match only a name holding those characters; write ${instead} or a regex starting with ^`;
  }
  const cls = CLASS.exec(source.replace(IPV6_HOST, "$1"));
  if (cls)
    return `${JSON.stringify(source)}: ${cls[0]} is not read as a character class in a rule (only * and ** are wildcards), so it would match only a name holding those characters; use * or a regex starting with ^`;
  return undefined;
}
