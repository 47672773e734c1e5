// Values after a credential's name that are a script's code or a reference to one, in the shapes Perl's own
// modules write them (a scan of /usr/share/perl found each): the name's value is another name, a pattern or a
// variable, never the credential.

/** A variable with its sigil, perhaps braced: `$cwd`, `${FROM_EMAIL}`. */
const SIGIL_VARIABLE = "\\$\\{?[A-Za-z_]\\w{0,63}\\}?";
/**
 * A reference to a named sub (`\&gen_delimited_pat`, `\&Test2::Util::ExternalMeta::META_KEY`), read without
 * its backslash: Perl assigns one to a glob to alias a function.
 */
const CODE_REFERENCE = /^&[A-Za-z_]\w{0,63}(?:::[A-Za-z_]\w{0,63}){0,8}$/;
/**
 * The rest of a qualified name, read after the name's first colon: `$CPAN::HTTP::Credentials::VERSION` is one
 * package variable, not "Credentials" set to ":VERSION".
 */
const QUALIFIED_REST = /^:[A-Za-z_]\w{0,63}(?:::[A-Za-z_]\w{0,63}){0,8}$/;

/** Whether `value`, read unquoted at `start` in `input`, is Perl's code: a sub's reference or a name's rest. */
export function perlCodeValue(value: string, input: string, start: number): boolean {
  const before = input[start - 1];
  return (before === "\\" && CODE_REFERENCE.test(value)) || (before === ":" && QUALIFIED_REST.test(value));
}

/** A login and a variable for its password, as a command's argument splices them: `anonymous:$FROM_EMAIL`. */
const LOGIN_THEN_VARIABLE = new RegExp(`^[A-Za-z0-9._-]{1,64}:${SIGIL_VARIABLE}$`);

export function loginThenVariable(value: string): boolean {
  return value.includes(":$") && LOGIN_THEN_VARIABLE.test(value);
}

/**
 * A variable interpolated into a message, with the message's closing punctuation or escapes after it:
 * `(pwd is $cwd)\n` says where the program was, in CPAN::Tarzip's error.
 */
const INTERPOLATED = new RegExp(`^${SIGIL_VARIABLE}(?:[)\\]}.,;:!?]|\\\\[nrt])*$`);

export function interpolatedVariable(value: string): boolean {
  return value.startsWith("$") && INTERPOLATED.test(value);
}

/**
 * A regular expression's source: a character class with a range, and a quantifier after a class, a group or
 * an escape (`[-+]?_*[0-9][0-9_]*`, Getopt::Long's PAT_INT; `[A-Za-z0-9]{40}`). A credential's characters are
 * not written so; a name such as PAT_INT or email_pat is a pattern's.
 */
const CLASS_RANGE = /\[\^?[^\]\s]{0,16}[A-Za-z0-9]-[A-Za-z0-9][^\]\s]{0,16}\]/;
const QUANTIFIED = /(?:\]|\)|\\[dwsDWS])(?:[*+?]|\{[0-9]{1,3}(?:,[0-9]{0,3})?\})/;

export function regexSource(value: string): boolean {
  return value.includes("[") && CLASS_RANGE.test(value) && QUANTIFIED.test(value);
}
