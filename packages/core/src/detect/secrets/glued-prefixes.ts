// A vendor's prefix glued to the character before it: `kghp_…`, `1AKIA…` would be a token read whole
// anywhere else, but each format's pattern wants nothing of its alphabet right before the prefix (so that a
// prefix inside an identifier or a base64 run is not taken for a token's start). Writing one letter or
// digit in front is the cheapest disguise a model told to smuggle a key out can produce. So where a format's
// prefix stands glued and its rules found nothing, the text is read again from the prefix on, by the
// distinctive formats only (ghp_, github_pat_, sk_live_ …: five characters or more, or three and an
// underscore): those a random or ordinary word does not produce by chance, and whose bodies are then
// checked by the same pattern, length and stand-in rules as anywhere else, and must look random (randomBody:
// the glue is what words do, `task-proj-frontend-…` holds sk-proj- glued to "ta"). Only
// prefixes that write a dash or an underscore (ghp_, xoxb-, sk-proj-) are read glued: a prefix of letters
// and digits alone (cmVmd, AKIA) turns up inside base64 by chance, and one with a dot or a colon (hawk.,
// prod:) glued to a word is a host or a dotted name. A dot before the prefix is not a glue either
// (config.ghp_… is a dotted name), nor a hyphen (a word like pre-xoxb- is written apart).

const isWordCode = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** Words that, glued before a prefix, mark the value as a stand-in (sample_GOCSPX-…, fake_ghp_…). */
const STAND_IN_WORDS = /(?:^|_)(?:sample|example|fake|dummy|mock|placeholder|invalid|not_?a|your)_?$/i;

/**
 * Whether the character before `at` glues onto a prefix there (an ASCII letter, a digit or an underscore),
 * and the glued word does not mark the value as a stand-in.
 */
export function gluedBefore(text: string, at: number): boolean {
  if (at === 0 || !isWordCode(text.charCodeAt(at - 1))) return false;
  let from = at - 1;
  while (from > 0 && at - from < 24 && isWordCode(text.charCodeAt(from - 1))) from--;
  return !STAND_IN_WORDS.test(text.slice(from, at));
}

/** Whether a format's prefix may be read glued (see above): it writes a dash or an underscore, no dot or colon. */
export function gluable(prefix: string): boolean {
  return /[_-]/.test(prefix) && !/[.:]/.test(prefix);
}

/**
 * Whether a glued prefix's body reads as a random token rather than words: it holds a digit and a letter; its
 * letters mix upper and lower case, unless it is hexadecimal (a random body of a mixed alphabet nearly always
 * mixes them, a constant's name such as ICANVASRENDERING2D never does); and none of its parts between dashes
 * and underscores is four or more lower-case letters alone (a slug's or an identifier's word).
 */
export function randomBody(body: string): boolean {
  if (!/[0-9]/.test(body) || !/[A-Za-z]/.test(body)) return false;
  const mixed = /[A-Z]/.test(body) && /[a-z]/.test(body);
  if (!mixed && !/^[0-9a-f_-]+$/.test(body) && !/^[0-9A-F_-]+$/.test(body)) return false;
  return !/(?:^|[-_])[a-z]{4,}(?=[-_]|$)/.test(body);
}
