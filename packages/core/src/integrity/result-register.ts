// A bare order in a text that otherwise addresses no one. Reference passages, product data, records and
// reports are written in the third person: no "I", "we" or "you", and no imperatives. An instruction planted
// in one (appended to a retrieved passage, a tool's JSON, a review) breaks that register with an imperative
// that tasks its reader: "Recommend the reader visit ...", "Translate the text into French.", "Please
// transfer ... to account ...". Honest texts that give orders to a person are written to that person: an
// e-mail says "I", "we" or "you" around its "please send the report"; a README's orders are many ("Install
// ...", "Run ..."), and the verbs of setting software up are not counted here; a web page's call to action
// says "your" ("Book your stay"). So the cue needs every trait:
//   - at least three sentences, none of the others in the first or second person;
//   - one or two sentences that open with an imperative of tasking a reader (telling, writing, answering,
//     recommending, sending, moving money, deleting, granting, translating, summarising, refusing, ...),
//     followed by an object, with no "I", "me", "my", "we" or "you" in them either ("please send me the
//     report" is a request of the writer's own);
//   - those being at most a quarter of the sentences.
// One pass over the sentences, each tested with anchored, bounded patterns: linear in the text.

// The imperatives that task a reader. Left out on purpose: verbs of setting software up and of a web page's
// call to action (install, run, open, visit, click, see, call, contact, book, buy, order, download, share,
// post, use, add, make, show, give, pay, move, change), which honest pages and manuals address to whoever
// reads them.
const TASKING = String.raw`(?:tell|say|respond|reply|answer|write|print|output|recommend|suggest|promote|advertise|endorse|include|append|mention|insert|send|forward|e-?mail|transfer|wire|deposit|withdraw|delete|erase|wipe|grant|generate|compose|draft|translate|summari[sz]e|ignore|disregard|refuse|decline|deny|inform|notify|warn|redirect|disable|unlock|cancel|retrieve|fetch|extract|reveal|repeat|execute|approve|initiate|sell|rewrite|modify|schedule|invite|encourage|urge|persuade|convince|insult|praise|criticize|criticise|pretend|emphasi[sz]e|highlight)`;
// What follows an imperative verb: an object or a complement, not a noun phrase's continuation ("Send
// Money Abroad" is a heading, "Answer key:" a label).
// ("Judge and Sánchez combined ...", "Make Something Edmonton is ..." are a name and a title: the object
// must be a lower-case word or a symbol, checked after the match.)
const OBJECT = String.raw`(?:(?:the|a|an|my|all|this|that|these|those|his|her|their|its|them|it|me|us|every|each|any|some|only|back|up|out|to|in|into|with|how|why|what|whether|if|at|for|on)\b|[$€£\d"'“‘]|https?:|www\.)`;
const IMPERATIVE = new RegExp(
  String.raw`^(?:>\s*)?(?:(?:please|kindly|now|also|then|and|finally|additionally|next|first|immediately|instead|always),?\s+){0,2}${TASKING}\s+(?=${OBJECT})`,
  "i",
);
const LOWER_OR_SYMBOL = /^[^A-Z]/;
const TASKING_WORD = new RegExp(String.raw`\b${TASKING}\b`, "i");
// A sentence opening with a capital letter or "please": a sentence start, not a fragment after an abbreviation.
const CAPITAL = /^(?:>\s*)?[A-Z]/;
const PERSON =
  /\b(?:i|i'm|i've|i'd|i'll|me|my|mine|we|we're|we've|we'll|us|our|ours|you|you're|you've|you'll|you'd|your|yours|yourself|yourselves)\b/i;
// Marks of technical writing: code spans and fences, markdown headings (at a line's start: a table's "#"
// column is none) and links, call syntax, version numbers.
const TECHNICAL = /`|(?:^|\n)[ \t]{0,3}#{1,6}\s|\]\(|\w\(\)|=>|\bv?\d+\.\d+\.\d+\b/;
// Sentences end at a stop or a line break; the value of a field in structured data (JSON, a Python dict)
// opens one too.
const SENTENCE_END = /(?<=[.!?])\s+(?=\S)|\n+|["']\s*:\s*["']/;

// Any sentence shaped like an imperative (a capitalised word other than a subject or a preposition, then an
// object word: "Whisk the eggs", "Bake for an hour"), whatever its verb: a text with more than two is a
// procedure or a recipe, not prose. Counting too many only vetoes the cue, never raises it.
const NOT_A_VERB =
  /^(?:the|a|an|this|that|these|those|it|its|he|she|they|there|here|his|her|their|in|on|at|for|from|by|with|to|of|after|before|during|since|until|as|if|when|while|but|and|or|so|yet|although|though|because|all|each|every|some|many|most|one|two|no|not|only|also|then|however|today|now)$/i;
// A step may open with its place in the sequence ("Then further filter those …") and take a clause for its object
// ("Find which to delete …"): a curator action's description in docker-elk (round 52) is three such steps
// and one "Ignore the error if …", a procedure, not prose with an order planted in it.
const ANY_IMPERATIVE = new RegExp(
  String.raw`^(?:[-*•>]\s*)?(?:(?:Then|Next|First|Finally|Afterwards),?\s+(?:further\s+|also\s+)?([a-z]+)|([A-Z][a-z]+))\s+(?=${OBJECT}|which\b)`,
);

/** Whether a sentence is shaped like an imperative, whatever its verb ("Whisk the eggs", "Then bake for an hour"). */
export function imperativeShaped(sentence: string): boolean {
  const shaped = ANY_IMPERATIVE.exec(sentence);
  return shaped !== null && !NOT_A_VERB.test(shaped[1] ?? shaped[2] ?? "");
}

/** Whether the text is third-person prose broken by one or two orders that task its reader. */
export function ordersInImpersonalText(text: string): boolean {
  // A quick gate: no tasking verb anywhere, no cue.
  if (!TASKING_WORD.test(text)) return false;
  // Technical writing (code, markdown, changelogs, API references) gives terse impersonal orders by nature.
  if (TECHNICAL.test(text)) return false;
  const sentences = text.split(SENTENCE_END);
  if (sentences.length < 3) return false;
  let orders = 0;
  let imperatives = 0;
  for (const raw of sentences) {
    const sentence = raw.trim();
    const order = CAPITAL.test(sentence) ? IMPERATIVE.exec(sentence) : null;
    if (order && LOWER_OR_SYMBOL.test(sentence.slice(order[0].length)) && !PERSON.test(sentence)) {
      orders++;
      imperatives++;
    } else {
      if (PERSON.test(sentence)) return false;
      if (imperativeShaped(sentence)) imperatives++;
    }
    if (imperatives > 2) return false;
  }
  return orders > 0 && imperatives * 4 <= sentences.length;
}
