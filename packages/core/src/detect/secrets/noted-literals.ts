// Literals that detectors after the secret rules search a whole text for before doing anything else, noted
// instead by the rules' keyword pass (SharedPass.watchedSeen, after credential-files.ts's leads and
// european-ids.ts's): that pass reads every character anyway, where a native search for a literal that is not
// there reads the whole text again (0.2-0.5 ms per megabyte each, more where the literal's first letter is a
// common one, as in "exponent"; a megabyte of source code or log lines holds none of these).
import { CREDENTIAL_FILE_LEADS } from "../credential-files.js";
import type { SharedPass } from "../digit-chains.js";
import { ID_CODE_LEADS } from "../pii/european-ids.js";

/**
 * key-text-dumps.ts's names of a private number, chpasswd-pairs.ts's command, cookie-header-values.ts's word,
 * and the markers of three decoded views: a calendar's or a card's start (decode-folded-lines.ts), an
 * encoded-word's (decode-encoded-words.ts) and an HL7 message's header (hl7-header.ts). In lower case: the
 * pass folds ASCII case, and where a reader looks for its literal in any case, a literal it did not note is in
 * the text in no case.
 */
export const NOTED_LITERALS = [
  "priv",
  "prime",
  "exponent",
  "coefficient",
  "chpasswd",
  "cookie",
  "begin:v",
  "=?",
  "msh|^~\\&",
] as const;
export type NotedLiteral = (typeof NOTED_LITERALS)[number];

/** Where NOTED_LITERALS start among the literals the keyword pass notes (see secrets/index.ts). */
const FIRST_NOTED = CREDENTIAL_FILE_LEADS.length + ID_CODE_LEADS.length;

/**
 * Whether `text` holds `literal` as written: text.includes, asked only where the keyword pass over this text
 * (when one read it) noted the literal. The pass folds case and reads some characters as a blank, so what it
 * notes is a superset of where the literal stands as written, and the search still decides.
 */
export function holdsNoted(text: string, shared: SharedPass | undefined, literal: NotedLiteral): boolean {
  return mayHold(text, shared, literal) && text.includes(literal);
}

/**
 * False only where the keyword pass over this text noted no `literal` in any case (nor with a tab, a line
 * break, a comma or a semicolon for a blank): the text holds it nowhere. True where it did, or where no pass
 * read this text (`shared` is another text's, or none): the caller's own search decides.
 */
export function mayHold(text: string, shared: SharedPass | undefined, literal: NotedLiteral): boolean {
  const seen = shared?.text === text ? shared.watchedSeen : undefined;
  return seen === undefined || seen[FIRST_NOTED + NOTED_LITERALS.indexOf(literal)] === 1;
}
