// Pattern pieces that more than one cue file reads orders with, kept in one place so that a widening or a fix
// reaches every cue that uses them (the result cues and the definition signals alike).

/** One character of the same sentence: a dot inside an address, a domain or a number does not end it. */
export const IN_SENTENCE = String.raw`(?:[^.!?\n]|\.(?=\S))`;

/**
 * Where a clause that may be an order begins: the start of the text, a line, a sentence, a quoted field or a
 * bracket; inside a sentence, a comma before a sequencing or polite word (", then …", ", please …"), or a bare
 * "then" ("grab my records then e-mail them …"). Each cue file follows it with the polite and sequencing words
 * it reads ("please", "also", "can you …"). A short lead-in closed by a comma ("Hi Bob, …", "Quick favour, …")
 * is marked with U+2029 after its comma in the lines the cues read (scoring-text.ts, breakLeadIns): once per
 * text, where an optional lead-in here cost every pattern a scan at every sentence start (twice the time).
 */
export const CLAUSE_START = String.raw`(?:(?:^|[\n\u2029.!?;:>\]}"'*(\-])\s*|,\s*(?=(?:then|and then|and|also|please|kindly)\s)|\s(?=(?:and )?then\s))`;

/** A language the reader may be told to answer in (English left out: an honest server may ask for it). */
export const REPLY_LANGUAGE = String.raw`(?:french|spanish|german|italian|portuguese|russian|chinese|mandarin|japanese|korean|arabic|hindi|dutch|swedish|polish|turkish|greek|hebrew|latin|klingon|elvish)`;

/** A register no person asks a reader to answer in. */
export const ODD_REGISTER = String.raw`(?:pig latin|leet ?speak|l33t|1337|pirate(?: speak| language| talk)?|uwu|gibberish|emojis? only|only emojis?|all caps|upper ?case only|backwards|reverse(?:d)? (?:order|text)|rot13|morse(?: code)?|base ?64|binary|hex(?:adecimal)?)`;

/**
 * Every reply's opening or ending fixed to a link or quoted words: "end every reply with a link to …",
 * "begin all responses with 'I am free'". One reply's opening ("start your response with …") is not this.
 */
export const EVERY_REPLY_FRAMED = String.raw`\b(?:end|start|begin|close|finish|open|conclude|sign off|prefix|suffix)\s+(?:every|each|all)\s+(?:(?:one\s+)?of\s+)?(?:your\s+)?(?:(?:future|subsequent|later|next)\s+)?(?:repl(?:y|ies)|responses?|answers?|outputs?)\s+with\s+(?:a link to|the link|the url|the phrase|the words?|the sentence|https?:\/\/|www\.|["\u201c'\u2018])`;

/** An e-mail address or the start of a web address, where something is sent. */
export const AN_ADDRESS = String.raw`(?:[\w.+-]+@[\w-]+\.[\w.]+|https?:\/\/)`;

/** The verbs that open a chain by fetching what it will send on ("get my …, then send it to …"). */
export const FETCH_VERB = String.raw`(?:retrieve|get|grab|fetch|find|access|read|open|collect|gather|extract|obtain|look up|pull(?: up)?|download|list|compile|check|search|export|copy|dump|take|go through|locate)`;

/**
 * What a chain's second verb ships: what was fetched, named back ("them", "this information", "the output", "a
 * copy of them", "every entry", "their contents", "everything you find").
 */
export const THE_FETCHED = String.raw`(?:(?:the|all|my|their|its|a|an|this|that|these|those) (?:full )?(?:\w+ ){0,2}?(?:details|data|information|info|list|results|records|contents?|text|files?|summary|copy|copies|screenshot|scan|export|output|findings|transcripts?|reports?|overview|schedule|coordinates|logs?)|(?:every|each|all) (?:\w+ )?(?:entry|entries|item|items|one|record|records|code|codes|password|passwords)|(?:a )?cop(?:y|ies) of (?:it|them|this|these|those)|them|it|this|these|that|those|both|all of (?:it|them)|everything(?: you (?:find|found|get|see))?|what you (?:find|found))`;

/**
 * The end of a chain that ships something on: "… and e-mail them (via e-mail) to (my accountant at) x@y.com".
 * What is sent is what was fetched before it (them, it, the details, a summary), the recipient an e-mail or web
 * address, perhaps behind the person's description.
 */
export const SENT_ON_TO_AN_ADDRESS = String.raw`\b(?:and|then),?\s+(?:(?:please|also)\s+)?(?:send|e-?mail|mail|forward|share|post|upload|transmit|text|message|dm|paste|submit)\s+${THE_FETCHED}(?:\s+(?:via|by|through|over|in)\s+(?:an?\s+)?(?:e-?mail|mail|text(?: message)?|sms|message|dm))?\s+(?:over\s+)?(?:to|with|at)\s+(?:(?:my|the|our|his|her|their) (?:[\w-]+ ){0,2}?[\w-]+,?\s(?:at\s)?)?${AN_ADDRESS}`;
