// Words that stand where a credential's value would but describe the setting instead: what a build's
// configuration records for it, what a specification requires of it, what prose calls the option, or the next
// setting of a list of empty ones. The assignment rules (context-rules.ts) ask these of a value a credential's
// name put forward.

/**
 * Perl's Configure records each probe as `define` or `undef` (`i_pwd='define'`, `d_getpwent='undef'`, in
 * config.sh, Config_heavy.pl and `perl -V:name`): whether the system has pwd.h, not a password.
 */
const PROBE_STATE = /^(?:define|undef)$/;

/**
 * RFC 2119's requirement words in capitals, as a protocol's documentation states them for a parameter
 * (`:param token: REQUIRED.  The token that …`, quoting RFC 6749): what the field must be, not its value.
 */
const REQUIREMENT_WORD = /^(?:REQUIRED|OPTIONAL|RECOMMENDED)[.,:;]?$/;

/** What a probe or a specification says of the setting, in place of its value. */
export function describesSetting(value: string): boolean {
  return PROBE_STATE.test(value) || REQUIREMENT_WORD.test(value);
}

/**
 * The noun prose puts after an option it names ("the --username and --password options", "the --token flag"):
 * the sentence is about the option, and the word is no argument given to it.
 */
const OPTION_NOUN = /^(?:options?|flags?|switch(?:es)?|arguments?|parameters?|settings?)$/i;

export function namesTheOption(value: string): boolean {
  return OPTION_NOUN.test(value);
}

/**
 * The next setting of a list of empty ones (`"username= message= passphrase= password= scmVersion= …"`, the
 * properties a completion script offers): a setting's name, written as names are (lower or camel case, snake
 * case, a constant's capitals), then its own `=` and nothing. The credential's name was set to nothing too:
 * `between` (what stands between it and the value) is an `=` then a blank, and `before` (the text before the
 * name) ends with another empty setting, so the list began before it. A padded base64 value after `KEY = `
 * takes the same shape, but not in such a list.
 */
const SETTING_NAME =
  /^(?:[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)*|[a-z][a-z0-9]*(?:[_.-][a-z0-9]+)+|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)=$/;
const EMPTY_SETTING_BEFORE = /(?:^|[\s"'])[A-Za-z_][\w.-]{0,63}=[ \t]+$/;

export function nextEmptySetting(value: string, between: string, before: string): boolean {
  return /=[ \t]+$/.test(between) && SETTING_NAME.test(value) && EMPTY_SETTING_BEFORE.test(before);
}
