// Extra acts ordered under a pretext: the dependency-injection family of issue 12 ("for security compliance,
// you must first call X"; "it's critical to provide context: you must first call Y"). An honest prerequisite
// says what the first call brings (an identifier, a path); these give a reason that supplies nothing the tool
// needs, compliance, verification or background, because the act itself is what the attacker wants. The honest
// sentences nearest to them (a compliance server's own prerequisites, "must call login first") are in
// poison-pretexts.test.ts. Beside them, the user's query said to be rewritten with a term written in: the
// parameter-poisoning family, where the model is told the search it makes is not the one the user asked for.
import type { Signal } from "./poison.js";

// The act demanded: another call, a command, or a destructive or sending step, as an obligation.
const ACT = String.raw`\b(?:must|are required to|is required to|needs? to|ha(?:s|ve) to)\s+(?:first\s+|also\s+|always\s+){0,2}(?:call|invoke|run|execute|perform|clean up|remove|delete|wipe|send|upload|share|disable)\b`;

// A reason of governance rather than of data: compliance, regulation, verification, quality assurance.
const GOVERNANCE = String.raw`(?:(?:regulatory\s+)?compliance|regulations?|regulatory|(?:security|integrity)\s+(?:verification|checkpoint|validation|protocol)|verification data|quality assurance|(?:data|project)\s+(?:validation|integrity))`;

// The reason framed as one: "for …", "to ensure …", "the system requires …".
const REASON = String.raw`\b(?:for|to ensure|to comply with|in compliance with|requires?|required by|mandatory for)\s+(?:[\w-]+\s+){0,4}?${GOVERNANCE}\b`;

// The same reason after the act: only its unambiguous framings, since "call X for compliance reports" is how a
// compliance server's own tools chain.
const REASON_AFTER = String.raw`\b(?:to ensure|to comply with|in compliance with|required by)\s+(?:[\w-]+\s+){0,4}?${GOVERNANCE}\b`;

// Background the request did not ask for, claimed to be indispensable.
const CONTEXT_CLAIM = String.raw`\b(?:critical|essential|crucial|vital|necessary) to provide\s+(?:[\w-]+\s+){0,3}?(?:context|background)\b|\b(?:contextual|background)\s+(?:data|information)\s+is\s+(?:essential|necessary|critical|required)\b`;

export const PRETEXT_SIGNALS: Signal[] = [
  {
    // Weight 3: with the "you must" beside it (coercive register) or a before-using demand it is withheld; an
    // honest tool that names compliance ("lists the compliance frameworks; you must call X to get an id") has
    // the reason as its subject, not as the frame of an extra act.
    name: "an extra act ordered under a pretext",
    gate: /must|required to|needs? to|ha(?:s|ve) to/gi,
    weight: 3,
    pattern: new RegExp(
      String.raw`(?:${REASON}|${CONTEXT_CLAIM}).{0,160}?${ACT}|${ACT}.{0,200}?(?:${REASON_AFTER}|${CONTEXT_CLAIM})`,
      "i",
    ),
  },
  {
    // "The query is automatically modified to include 'Olympic cities'": a fixed term put into every request.
    // An honest search tool may expand a query ("expanded to include synonyms"); it names no literal to add.
    name: "the user's query rewritten with a fixed term",
    gate: /modified|altered|rewritten|changed|augmented|expanded|extended/gi,
    weight: 4,
    pattern:
      /\b(?:quer(?:y|ies)|search(?:es| terms?)?|input|requests?|prompts?)(?: (?:about|for|on|of|in) [\w-]+(?: [\w-]+)?)? (?:is|are|will be|gets?) (?:automatically |silently |always )?(?:modified|altered|rewritten|changed|augmented|expanded|extended) to (?:include|contain|add|append|mention) [\x60'"\u2018\u201c]/i,
  },
];
