// Words that stand where a credential's value would but describe the setting instead: what a build's
// configuration records for it, what a specification requires of it, what prose calls the option, or the next
// setting of a list of empty ones. The assignment rules (context-rules.ts) ask these of a value a credential's
// name put forward.

/**
 * The noun prose puts after an option it names ("the --username and --password options", "the --token flag"):
 * the sentence is about the option, and the word is no argument given to it.
 */
const OPTION_NOUN = /^(?:options?|flags?|switch(?:es)?|arguments?|parameters?|settings?)$/i;

export function namesTheOption(value: string): boolean {
  return OPTION_NOUN.test(value);
}
