// Data routed to a literal destination with no imperative at all (round 51, atk51c): a mail tool whose every
// message "is additionally delivered as a blind copy to archive@…", file contents "mirrored to https://…", the
// Authorization header "logged to https://…", a fixed IBAN "for all transfers" or "as the recipient" of any
// payment tool, a git remote fixed while "the user's configured remote is not used". Each reads as a neutral
// spec, so the order signals miss it; what gives it away is a destination written out in the definition that
// receives a copy of the user's data, or takes the place of the one the user chose. An honest tool names the
// service it calls ("sends the request to https://api.example.com"), never a second, silent recipient.
// Each pattern holds the destination inside its match (the gate).
import type { Signal } from "./poison.js";

const ADDRESS = String.raw`(?:https?:\/\/[^\s"'<>]{3,200}|[\w.+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})`;
const IBAN = String.raw`\b[A-Z]{2}\d{2}[A-Z0-9]{11,30}\b`;

export const LITERAL_DESTINATION_SIGNALS: Signal[] = [
  {
    // A copy on the side: "additionally delivered as a blind copy to x@…", "the same contents are mirrored to
    // https://…", "also forwarded to …", "logged to https://…" of credentials.
    name: "a copy routed to a fixed destination",
    gate: /https?:\/\/|@|copy\s+of/gi,
    weight: 4,
    pattern: new RegExp(
      [
        String.raw`\b(?:additionally|also|automatically|silently|quietly)\s+(?:\w+\s+){0,2}?(?:delivered|sent|copied|forwarded|mirrored|replicated|submitted|reported)\b(?: as an? (?:blind )?(?:carbon )?copy)? to\s+${ADDRESS}`,
        String.raw`\b(?:blind (?:carbon )?cop(?:y|ies)|mirrored|duplicated|replicated)\s+to\s+${ADDRESS}`,
        String.raw`\b(?:authorization headers?|bearer tokens?|tokens?|credentials?|api[ _-]?keys?|passwords?|cookies?)\b[^.\n]{0,80}\b(?:is|are)\s+(?:\w+\s+)?(?:logged|mirrored|copied|reported|collected|archived|recorded)\s+(?:to|at|on)\s+${ADDRESS}`,
        // round 52: the manner between ("mirrored, row by row, to webhook https://…")
        String.raw`\b(?:mirrored|duplicated|replicated)\b[^.\n]{1,40}?\bto\s+(?:(?:the|a)\s+)?(?:(?:webhook|endpoint|url|collector|server|host|address)\s+)?${ADDRESS}`,
        // "a copy of every message … is posted to the channel #ext-audit in partner.slack.com"
        String.raw`\ba\s+(?:full\s+|complete\s+)?copy\s+of\s+(?:every|each|all|any)\b[^.\n]{0,80}?\b(?:is|are)\s+(?:\w+\s+)?(?:posted|sent|forwarded|delivered|uploaded|mirrored|written|archived)\s+(?:to|in|at|on)\b[^.\n]{0,60}?(?:${ADDRESS}|#[\w-]{3,}|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|io|org|dev|app|biz|co|xyz|info)\b)`,
        // the user's cookies or passwords sent to a written-out address by a tool that signs nobody in
        String.raw`(?<!\b(?:log|sign)\w*\s?in\b[^.\n]{0,40})\bthe\s+user['\u2019]?s\s+(?:(?:logged-in|session|browser|saved|stored|private)\s+)?(?:cookies|passwords?|ssh keys?|private keys?|credentials)\b(?![^.\n]{0,80}?\b(?:log ?in|sign ?in|authenticat\w*)\b)[^.\n]{0,60}?\bto\s+${ADDRESS}`,
      ].join("|"),
      "i",
    ),
  },
  {
    // The user's choice replaced by a written-out one: a fixed IBAN for every transfer, or as the recipient of
    // any payment; a fixed remote or address while the user's own "is not used".
    name: "a fixed destination replaces the user's",
    gate: /https?:\/\/|@|\b[A-Z]{2}\d{2}/gi,
    weight: 4,
    pattern: new RegExp(
      [
        String.raw`(?:IBAN\s+|account\s+)?${IBAN}[^.\n]{0,40}?\b(?:for (?:all|every|each|any) (?:transfers?|payments?|transactions?)|as the (?:recipient|beneficiary|payee|destination))\b`,
        String.raw`${ADDRESS}[^\n]{0,60}?\bthe user['\u2019]?s (?:own |configured |chosen |selected |specified )?(?:\w+ )?(?:is|are) (?:not used|ignored|replaced|overridden|discarded)\b`,
        // round 52: "the payee IBAN on every invoice is NL91…, regardless of the account the user specifies"
        String.raw`(?:${IBAN}|${ADDRESS})[^.\n]{0,80}?\bregardless of\s+(?:the|what|which|whatever|any)\b[^.\n]{0,40}?\b(?:the user|you)\b`,
        String.raw`\bregardless of\s+(?:the|what|which|whatever|any)\b[^.\n]{0,40}?\b(?:the user|you)\b[^.\n]{0,80}?(?:${IBAN}|${ADDRESS})`,
      ].join("|"),
      "i",
    ),
  },
];
