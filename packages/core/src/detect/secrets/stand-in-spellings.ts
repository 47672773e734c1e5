// Stand-ins that documentation spells another way than the stand-in words placeholders.ts lists: the word
// "password" with its letters swapped for the symbols every tutorial uses (`pa$$word`, `p@ssword`), and a
// token's kind before a stand-in (`jwt_abc123`, `token-xyz`). Each is the first guess of any attacker's
// list, as `password` and `abc123` are, which already pass: redacting them protects nothing and leaves holes
// in every README that shows a login. A word with a number or any other character beside it is still judged.

/** Stand-in words a respelling may spell. */
const SPELLED_WORDS = new Set(["password", "passwd", "secret", "changeme"]);
/** The symbols and digits that stand for letters in such a respelling. */
const LETTER_FOR: Record<string, string> = { $: "s", "@": "a", "0": "o", "3": "e", "1": "i", "5": "s" };
const RESPELLABLE = /^[A-Za-z$@0135]{6,8}$/;

/** Whether `value` is a stand-in word respelled with symbols (`pa$$word`, `p@ssw0rd`, `s3cret`). */
export function respelledStandIn(value: string): boolean {
  if (!RESPELLABLE.test(value) || /^[A-Za-z]+$/.test(value)) return false;
  const word = value.toLowerCase().replace(/[$@0135]/g, (c) => LETTER_FOR[c] ?? c);
  return SPELLED_WORDS.has(word);
}

/** A token's kind, then a stand-in: `jwt_abc123`, `token-xyz`, `session_1234`. */
const KIND_THEN_STAND_IN =
  /^(?:jwt|token|bearer|session|access|refresh|api|key|secret|auth)[_-](?:abc|abc123|xyz|xyz123|123|1234|12345|123456|test|example|dummy|fake)$/i;

export function kindThenStandIn(value: string): boolean {
  return KIND_THEN_STAND_IN.test(value);
}
