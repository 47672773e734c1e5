// Whether a credential word in prose is warned against rather than asked for. A negation anywhere earlier in
// a clause is no warning: "Don't worry, just type your online banking password below" asks for it. A
// negation excuses only the word it governs: the object of the verb it negates ("never share your
// password", "do not enter your PIN here", "we will never ask for your password"), or the word right after
// it but for a determiner ("no password needed", "without a PIN"). The verb's reach is short, ends at a new
// verb ("do not reuse an old one, enter your bank password") and crosses a comma only to the items of a list
// ("do not give us your phone number, pin, or other sensitive info", the reference server's form). Clauses
// are split by the caller: a sentence, a semicolon, a colon or a bracket ends the reach too. An exception
// later in the clause undoes the negation: "do not give anyone except us your password", "never share your
// PIN with anyone but us" and "do not type anything but your PIN" ask for it, the form being "us". A
// negation that states a condition is a threat, not a warning: "if you don't enter your password, your
// account will be locked" demands it; and so is "without" after a denial or a negated verb, two negations
// that make a demand: "you cannot continue without entering your password", "do not submit the form without
// your password".

/** A word of a clause, with which of its comma-separated pieces it stands in. */
export interface ClauseWord {
  word: string;
  piece: number;
}

/** Words that negate what follows: "don't" is read as the words "don" and "t". */
const NEGATIONS = new Set(["not", "never", "no", "dont", "don", "t", "without", "nor"]);
/** Words that open a condition, which a negation inside states rather than advises ("if you don't …"). */
const CONDITIONS = new Set(["if", "unless", "until", "when", "whenever"]);
/**
 * Words between a condition and its negation: a subject, an auxiliary, an adverb ("if you still have not",
 * "if you didn't", "unless we do not"); "didn't" is read as "didn" and "t".
 */
const SUBJECT_AND_AUXILIARY = new Set(
  [
    "i you we they he she it one still yet already ever just",
    "do does did don doesn didn have has haven hasn had hadn",
    "will won would wouldn can could couldn should shouldn",
  ].flatMap((words) => words.split(" ")),
);
/** Words besides the negations that deny what follows, and turn a "without" after them into a demand. */
const DENIALS = new Set(["cannot", "unable", "impossible"]);
/** Words between a negation and the verb it negates: "do not ever share", "no need to enter", "don't you give". */
const BEFORE_VERB = new Set(["t", "ever", "need", "to", "be", "you"]);
/** Words between a negation and the credential it governs directly: "no password", "without your PIN". */
const DETERMINERS = new Set(["a", "an", "the", "any", "your", "our", "their", "my", "other"]);
/** Words that join a second verb to the negated one ("never share or enter", "never be asked to give"). */
const JOINING = new Set(["or", "and", "nor", "to"]);
/** Words that join an item to a list: "…, pin, or other sensitive info". */
const COORDINATORS = new Set(["or", "and", "nor"]);

/** Words that make an exception of what follows: "anyone except us", "besides us". */
const EXCEPTING = new Set(["except", "excepting", "besides"]);
/** Pairs that do: "anyone other than us", "apart from us", "anything else than your PIN". */
const EXCEPTING_PAIRS = new Set(["other than", "else than", "apart from", "aside from"]);
/**
 * Words before "but" that make it "except", of people, places and things ("anyone but us", "anywhere but
 * here", "anything but your PIN"); elsewhere it joins clauses ("but keep it safe").
 */
const INDEFINITE = new Set(
  [
    "anyone anybody one nobody none everyone everybody else",
    "anywhere nowhere everywhere anything nothing everything something",
  ].flatMap((words) => words.split(" ")),
);
/** Words after "but" or "only" that name who may have it ("but us", "only to us"), not what ("only your name"). */
const EXCEPTED = new Set(["us", "me", "to", "with", "here"]);

/** Verbs of handing a credential over, in the forms prose uses: what a negation warns against and a request asks. */
const HANDING_OVER = new Set(
  [
    "give gives giving gave given",
    "share shares sharing shared",
    "enter enters entering entered",
    "type types typing typed",
    "use uses using used reuse reusing reused",
    "send sends sending sent",
    "provide provides providing provided supply supplying",
    "input inputs inputting paste pasting",
    "submit submits submitting submitted",
    "tell telling told disclose disclosing reveal revealing",
    "write writing put putting include including",
    "ask asks asking asked request requesting",
    "store storing save saving",
    "fill filling",
  ].flatMap((forms) => forms.split(" ")),
);

/**
 * How many words but determiners and coordinators may stand between the negated verb and its object
 * (`give us your phone number, or your PIN`: three).
 */
const VERB_REACH = 4;

/** Where a credential phrase stands in a clause's words: from `at`, `length` words. */
export interface PhraseAt {
  at: number;
  length: number;
}

/** Whether a credential phrase is governed by a negation before it in its clause. */
export function warnedAgainst(words: readonly ClauseWord[], phrase: PhraseAt): boolean {
  for (let negation = phrase.at - 1; negation >= 0; negation--) {
    if (!warns(words, negation) || exceptionAfter(words, negation)) continue;
    if (governsDirectly(words, negation, phrase.at) || negatedVerbReaches(words, negation, phrase))
      return true;
  }
  return false;
}

/**
 * Whether the word at `at` is a negation that warns: not one inside a condition (a threat), nor a "without"
 * after a denial in its piece ("you cannot continue without …", "you won't get your refund without …").
 */
function warns(words: readonly ClauseWord[], at: number): boolean {
  const word = words[at];
  if (word === undefined || !NEGATIONS.has(word.word)) return false;
  if (word.word === "without")
    return !words
      .slice(0, at)
      .some(
        ({ word: before, piece }) => piece === word.piece && (NEGATIONS.has(before) || DENIALS.has(before)),
      );
  return !inCondition(words, at);
}

/** Whether the word at `at` is a negation that states a condition: "if you don't", "unless you do not". */
export function inCondition(words: readonly ClauseWord[], at: number): boolean {
  if (!NEGATIONS.has(words[at]?.word ?? "")) return false;
  const piece = words[at]?.piece;
  let before = at - 1;
  while (
    before >= 0 &&
    words[before]?.piece === piece &&
    SUBJECT_AND_AUXILIARY.has(words[before]?.word ?? "")
  )
    before--;
  const opener = words[before];
  return opener !== undefined && opener.piece === piece && CONDITIONS.has(opener.word);
}

/** Whether the clause makes an exception after a negation, which then forbids nothing ("except us"). */
function exceptionAfter(words: readonly ClauseWord[], negation: number): boolean {
  return words.slice(negation + 1).some(({ word, piece }, i, after) => {
    const before = after[i - 1];
    const next = after[i + 1]?.word ?? "";
    if (EXCEPTING.has(word) || EXCEPTING_PAIRS.has(`${word} ${next}`)) return true;
    // After a comma, "but" opens a clause: "never share it with anyone, but keep it safe".
    if (word === "but") return (before?.piece === piece && INDEFINITE.has(before.word)) || EXCEPTED.has(next);
    return word === "only" && EXCEPTED.has(next);
  });
}

/** "no password", "without your PIN": only determiners between, in one piece. */
function governsDirectly(words: readonly ClauseWord[], negation: number, at: number): boolean {
  const piece = words[negation]?.piece;
  return words.slice(negation + 1, at + 1).every(({ word, piece: p }, i, all) => {
    const isPhrase = i === all.length - 1;
    return p === piece && (isPhrase || DETERMINERS.has(word));
  });
}

/** Whether the verb a negation negates takes the credential phrase as its object. */
function negatedVerbReaches(words: readonly ClauseWord[], negation: number, phrase: PhraseAt): boolean {
  const piece = words[negation]?.piece;
  let verb = negation + 1;
  while (verb < phrase.at && words[verb]?.piece === piece && BEFORE_VERB.has(words[verb]?.word ?? "")) verb++;
  const negated = words[verb];
  if (verb >= phrase.at || negated === undefined || negated.piece !== piece) return false;
  if (!HANDING_OVER.has(negated.word)) return false;
  const between = words.slice(verb + 1, phrase.at);
  if (between.filter(({ word }) => !DETERMINERS.has(word) && !COORDINATORS.has(word)).length > VERB_REACH)
    return false;
  // Another verb before the credential is a new request ("…, enter your bank password"), unless joined to
  // the negated one ("never share or enter"); and a "without" ends the verb's reach, its words after it the
  // without's, two negations that make a demand: "do not submit the form without your bank password" asks to
  // submit it with the password.
  for (let i = verb + 1; i < phrase.at; i++) {
    const word = words[i];
    if (word?.word === "without") return false;
    if (word === undefined || !HANDING_OVER.has(word.word)) continue;
    const joined = word.piece === words[i - 1]?.piece && JOINING.has(words[i - 1]?.word ?? "");
    if (!joined) return false;
  }
  return words[phrase.at]?.piece === piece || isListItem(words, phrase);
}

/**
 * Whether a phrase past a comma is an item of the list the negated verb took: its piece holds nothing else
 * (but determiners and a coordinator before it), and a coordinator opens it or the piece after it ("…, pin,
 * or other sensitive info"). "Don't share this link, your password" is no list: its piece is the request.
 */
function isListItem(words: readonly ClauseWord[], phrase: PhraseAt): boolean {
  const piece = words[phrase.at]?.piece;
  const inPiece = words.filter((w) => w.piece === piece);
  const first = words.findIndex((w) => w.piece === piece);
  const end = phrase.at + phrase.length;
  const lead = words.slice(first, phrase.at).map((w) => w.word);
  const leadIsJoin = lead.every((word, i) => (i === 0 && COORDINATORS.has(word)) || DETERMINERS.has(word));
  if (!leadIsJoin || first + inPiece.length !== end) return false;
  const opened = COORDINATORS.has(lead[0] ?? "");
  return opened || COORDINATORS.has(words[end]?.word ?? "");
}
