// A rule that keeps the user in the loop reads like an order that leaves them out: "never push to the remote
// without asking the user first" and "push to main without asking the user" share their last words. Agent files
// (CLAUDE.md, AGENTS.md, .cursorrules) and a server's own prompts write the first as their most common safety
// rule (round 47), so the "bypasses the user's consent" cue asks what governs the act its "without" belongs to.
//
// A negation (never, not, don't, nor) that opens the same clause as "without", with only the act between,
// forbids acting without consent. The clause ends at a stop, a colon or semicolon, a comma, or a word that
// starts another clause (but, then, so, instead, just); and a negation of a verb that turns the rule inside
// out ("don't hesitate to …", "never forget to …", "do not wait for review and …") keeps the cue.

/** Verbs after a negation that turn "never X without asking" back into an order to do X without asking. */
const TURNS_IT_OVER = String.raw`(?:forget|fail|hesitate|neglect|stop|wait|bother|need|have|mind|worry|refuse|be afraid)`;
/** A word that opens a new clause: the negation before it does not govern what follows. */
const NEW_CLAUSE = String.raw`(?:but|then|so|instead|rather|just|otherwise)`;

/**
 * A negative lookbehind, placed before a "without …" alternative: it fails the match when a negation opens the
 * clause and governs the act. Bounded at 80 characters of clause, so the lookbehind is constant work per try.
 */
export function consentRuleAhead(): string {
  return String.raw`(?<!(?:\bnever|\bnot|n't|\bnor)\s+(?!${TURNS_IT_OVER}\b)(?:(?!\b${NEW_CLAUSE}\b)[^,;:.!?\n]){0,80})`;
}
