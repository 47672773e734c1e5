// Where a credential's name in source code is followed by code rather than a value: the assignment rules read
// `name = value`, `name: value` and `NAME value`, and code writes each of those with an expression after it.
import { loginThenVariable, perlCodeValue } from "./script-values.js";

/**
 * A qualified name, unquoted (`KeyConversionMode::kKeepNumbers`, `Auth::Mode::Basic`, Rust's
 * `KeyKind::Ed25519`): a member of an enum, a class or a module, named in C++, Rust, PHP or Ruby. The first
 * name is words (a type's or a namespace's, `std`), so a random value holding `::` is still judged.
 */
const QUALIFIED_NAME = /^(?:(?:[A-Z][a-z]{1,20}){1,6}|[a-z]{2,20})(?:::[A-Za-z_]\w{0,63}){1,8}$/;
/**
 * A macro named after a library's prefix and words (`NID_X9_62_id_ecPublicKey`, `EVP_PKEY_EC`): no word of
 * it is long enough to be a random run, nor holds more than two digits (a random run of capitals and digits
 * would: `Q7ZK_9MX2PL4VR8T` is a token).
 */
const MACRO_NAME =
  /^[A-Z][A-Z0-9]{1,15}(?:_(?=[A-Za-z]*[0-9]?[A-Za-z]*[0-9]?[A-Za-z]*(?:_|$))[A-Za-z0-9]{1,16}){1,12}$/;
/** The line so far is a C preprocessor definition's name: `#define NAME` (or `# define`). */
const DEFINE_BEFORE = /^[ \t]{0,16}#[ \t]{0,4}define[ \t]{1,8}[A-Za-z_]\w{0,127}[ \t]{0,16}$/;
/**
 * A variable whose member follows (`$pwob->uid(…)`, `keyring->get`, Perl's `$assert->{pass}` and
 * `$list->[0]`): Perl and PHP objects, with their sigil, or a C pointer named in lower case. The value stops
 * before `>`, so its last character is the arrow's `-`.
 */
const ARROW_SUBJECT = /^(?:\$[A-Za-z_]\w{0,63}|[a-z_][a-z0-9_]{0,63})-$/;

/**
 * A Go composite literal's type (`&types.CryptoKey{`, `&HTTPAuthentication{`, `depsdevpb.VersionKey{`): a
 * pointer to or a package-qualified struct type, its fields' brace right after it. The type's name holds a
 * word of lower-case letters, so a random run of capitals and digits before a brace is still judged.
 */
const COMPOSITE_TYPE = /^(?:&(?:[a-z][a-z0-9_]{0,30}\.)?|[a-z][a-z0-9_]{0,30}\.)[A-Z][A-Za-z0-9_]{0,63}$/;

/** Whether `value`, read unquoted from `input` at `[start, end)`, is code. */
export function isCodeValue(value: string, input: string, start: number, end: number): boolean {
  if (QUALIFIED_NAME.test(value)) return true;
  if (
    COMPOSITE_TYPE.test(value) &&
    /[a-z]{2}/.test(value.slice(value.lastIndexOf(".") + 1)) &&
    input[end] === "{"
  )
    return true;
  if (ARROW_SUBJECT.test(value) && /^>[ \t]{0,4}[A-Za-z_{[]/.test(input.slice(end, end + 8))) return true;
  // A class method called on a package (`autodie::Scope::Guard->new(…)`): the value stops at the arrow's `-`.
  if (
    value.endsWith("-") &&
    QUALIFIED_NAME.test(value.slice(0, -1)) &&
    /^>[ \t]{0,4}[A-Za-z_]/.test(input.slice(end, end + 8))
  )
    return true;
  if (perlCodeValue(value, input, start) || loginThenVariable(value)) return true;
  if (declaredVariable(value, input, start, end)) return true;
  if (!MACRO_NAME.test(value)) return false;
  const lineStart = input.lastIndexOf("\n", start - 1) + 1;
  return start - lineStart <= 160 && DEFINE_BEFORE.test(input.slice(lineStart, start));
}

/** A name as code spells a variable's. */
const VARIABLE_NAME = /^[A-Za-z_$][A-Za-z0-9_$]{0,63}$/;
/** How far before the value its declaration is looked for: a function's body, bounded so a scan stays linear. */
const DECLARATION_WINDOW = 2000;

/**
 * A variable the code declared or set a little earlier (`const direct = env[KEY]; … return { passphrase:
 * direct };`), followed by code's punctuation: the value is read from it, not written there. A word alone
 * under a password's name elsewhere (`password: letmein`, a YAML flow map) is still judged: no code set it.
 */
function declaredVariable(value: string, input: string, start: number, end: number): boolean {
  if (!VARIABLE_NAME.test(value) || !/^[ \t]{0,4}(?:[,;)}]|\r?\n|$)/.test(input.slice(end, end + 6)))
    return false;
  const before = input.slice(Math.max(0, start - DECLARATION_WINDOW), start);
  const name = value.replace(/\$/g, "\\$");
  return new RegExp(`(?<![\\w$.])${name}(?![\\w$])[ \\t]{0,4}:?=(?!=)`).test(before);
}

/** CSS's pseudo-classes and pseudo-elements that follow a selector's class name (`.codicon-pass:before`). */
const PSEUDO =
  /^::?(?:before|after|hover|focus|focus-within|focus-visible|active|visited|link|disabled|enabled|checked|first-child|last-child|only-child|first-of-type|last-of-type|nth-child|nth-of-type|not|is|where|has|empty|placeholder|selection|marker|root|target)(?![\w-])/;

/**
 * The name is a CSS selector's class or id (`.codicon-pass`, `#login-pass`, `a.pass`: a `.` or `#` before
 * its last word, which the keyword ends) and the colon after it opens a pseudo-class: a style rule, not a key
 * and its value. `nameStart` is where the name's written prefix starts (its words before the keyword).
 */
export function inCssSelector(input: string, nameStart: number, afterName: number): boolean {
  if (!PSEUDO.test(input.slice(afterName, afterName + 20))) return false;
  return /[.#][A-Za-z0-9_-]*$/.test(input.slice(Math.max(0, nameStart - 1), afterName - 1));
}
