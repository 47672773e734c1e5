// How prose (a form's message, a field's description) is read for a request for a credential. A credential
// named in a clause is asked for unless a negation governs it (credential-warnings.ts). A request may also
// name it by a pronoun: "We never store your password. Please confirm it below." is the bank-scam page's
// shape, the warning first to earn trust and the request after it. "it" (or "them", "yours") as the object of
// a verb of handing over, in an order no negation governs, asks for the credential named last before it: in
// its own sentence, or else in the sentence just before; so does a pronoun a threat's negated condition asks
// for ("If you don't confirm it, your account will be locked."). A warning alone ("Never share your password
// with anyone, not even with us.") and advice about the credential ("keep it safe", "write it down", "do not
// enter it elsewhere") ask for nothing.
import { type ClauseWord, inCondition, warnedAgainst } from "./credential-warnings.js";
import { credentialPhrasesIn, readingsOf, splitCasedWords, splitWords } from "./credential-words.js";

/**
 * Where a sentence ends: a pronoun reaches back one sentence. Not at a dot a letter follows, which is inside
 * a name ("id_rsa.pub", "example.com").
 */
const SENTENCE_END = /[!?\n]|\.(?!\p{L})/u;
/** Where a clause ends inside a sentence: a negation reaches no further (a comma only to a list). */
const CLAUSE_END = /[;:()[\]]/;

/** Pronouns that stand for a credential named before: "confirm it", "enter them", "type yours". */
const PRONOUNS = new Set(["it", "them", "yours"]);
/** Verbs that ask the reader to hand over what their object names (not "keep", "store", "write down"). */
const REQUEST_VERBS = new Set(
  "give share enter type send provide supply input paste submit fill confirm verify retype reenter".split(
    " ",
  ),
);
/** Words that may open an order before its verb: "please confirm it", "you only need to enter it", "re-enter". */
const LEAD = new Set(
  "please kindly just simply now then also so do re you can may should must need to will only but instead".split(
    " ",
  ),
);
/** Words after a pronoun that make it the subject, not the object: "confirm it's you", "verify it was you". */
const SUBJECT_OF = new Set(
  "s is was were are has have had will would can could should may might must does did d ll".split(" "),
);

/**
 * The first credential prose asks for, by name or by a pronoun for it, of those that count there (a postal
 * "PIN code" does not where a postal code is asked for); undefined if it asks for none.
 */
export function askedInProse(
  text: string,
  counts: (phrase: string) => boolean = () => true,
): string | undefined {
  for (const reading of readingsOf(text)) {
    const asked = askedIn(reading, counts);
    if (asked !== undefined) return asked;
  }
  return undefined;
}

function askedIn(text: string, counts: (phrase: string) => boolean): string | undefined {
  let namedInSentenceBefore: string | undefined;
  for (const sentence of text.split(SENTENCE_END)) {
    let namedLast = namedInSentenceBefore;
    let namedHere: string | undefined;
    for (const clause of sentence.split(CLAUSE_END)) {
      const cased = clause.split(",").map(splitCasedWords);
      const words: ClauseWord[] = cased.flatMap((piece, index) =>
        piece.map((word) => ({ word: word.toLowerCase(), piece: index })),
      );
      const found = credentialPhrasesIn(cased.flat()).filter(({ phrase }) => counts(phrase));
      const asked = found.find((phrase) => !warnedAgainst(words, phrase));
      if (asked !== undefined) return asked.phrase;
      for (const pronoun of requestedPronouns(words)) {
        const named = found.filter((phrase) => phrase.at < pronoun).pop()?.phrase ?? namedLast;
        if (named !== undefined) return named;
      }
      namedHere = found.pop()?.phrase ?? namedHere;
      namedLast = namedHere ?? namedLast;
    }
    if (splitWords(sentence).length > 0) namedInSentenceBefore = namedHere;
  }
  return undefined;
}

/**
 * Where a pronoun is the object of an order to hand it over: a request verb right before it, only order
 * words (LEAD) between the verb and the start of its comma-piece, so no negation governs it ("do not enter
 * it" is advice), or else a negation that states a condition ("if you don't confirm it, …" threatens); and
 * no verb after it of which it is the subject.
 */
function requestedPronouns(words: readonly ClauseWord[]): number[] {
  const at: number[] = [];
  for (let i = 1; i < words.length; i++) {
    const verb = words[i - 1];
    if (!PRONOUNS.has(words[i]?.word ?? "") || verb === undefined || !REQUEST_VERBS.has(verb.word)) continue;
    if (SUBJECT_OF.has(words[i + 1]?.word ?? "")) continue;
    let start = i - 2;
    while (start >= 0 && words[start]?.piece === verb.piece && LEAD.has(words[start]?.word ?? "")) start--;
    if (start < 0 || words[start]?.piece !== verb.piece || inCondition(words, start)) at.push(i);
  }
  return at;
}
