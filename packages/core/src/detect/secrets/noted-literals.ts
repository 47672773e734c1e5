// Literals that detectors after the secret rules search a whole text for before doing anything else, noted
// instead by the rules' keyword pass (SharedPass.watchedSeen, after credential-files.ts's leads and
// european-ids.ts's): that pass reads every character anyway, where a native search for a literal that is not
// there reads the whole text again (0.2-0.5 ms per megabyte each, more where the literal's first letter is a
// common one, as in "exponent"; a megabyte of source code or log lines holds none of these).
import { CREDENTIAL_FILE_LEADS } from "../credential-files.js";
import type { SharedPass } from "../digit-chains.js";
import { ID_CODE_LEADS } from "../pii/european-ids.js";

/** key-text-dumps.ts's names of a private number, then chpasswd-pairs.ts's command. */
export const NOTED_LITERALS = ["priv", "prime", "exponent", "coefficient", "chpasswd"] as const;
export type NotedLiteral = (typeof NOTED_LITERALS)[number];

/** Where NOTED_LITERALS start among the literals the keyword pass notes (see secrets/index.ts). */
const FIRST_NOTED = CREDENTIAL_FILE_LEADS.length + ID_CODE_LEADS.length;

/**
 * Whether `text` holds `literal` as written: text.includes, asked only where the keyword pass over this text
 * (when one read it) noted the literal. The pass folds case and reads some characters as a blank, so what it
 * notes is a superset of where the literal stands as written, and the search still decides.
 */
export function holdsNoted(text: string, shared: SharedPass | undefined, literal: NotedLiteral): boolean {
  const seen = shared?.text === text ? shared.watchedSeen : undefined;
  if (seen !== undefined && seen[FIRST_NOTED + NOTED_LITERALS.indexOf(literal)] !== 1) return false;
  return text.includes(literal);
}
