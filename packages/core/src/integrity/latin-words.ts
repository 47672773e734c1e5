// Where a word of a Latin-script language starts and ends. \b knows ASCII letters only, so in "à votre
// réponse", "dì" or "réponds" it finds a word's edge at the accented letter; these take Latin-1's and Latin
// Extended's letters (à-ɏ) as letters too.
export const LATIN_WORD_START = String.raw`(?<![\wà-ɏ])`;
export const LATIN_WORD_END = String.raw`(?![\wà-ɏ])`;
