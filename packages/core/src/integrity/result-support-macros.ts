// A support desk's macro or saved reply (round 46): "Macro: Refund approved / Reply to the customer with: "Hi
// {{ticket.requester.first_name}}, …" Then set the ticket status to Solved." It tells the desk's agent (a person,
// or the support assistant the user is building) what to write to "the customer", a third party the macro's
// own user serves, not the user the reader answers. In a text labelled as one on its first line, the order to
// tell the customer is the macro's content; orders to tell "the user", links and secrets are read as before.

/** Signals that a support macro's content raises by what it is. */
export const SUPPORT_MACRO_CUES: ReadonlySet<string> = new Set(["orders what to tell the customer"]);

// The label a helpdesk gives its saved replies (Zendesk's macros, Help Scout's saved replies, Front's
// templates, Intercom's macros and saved replies).
const MACRO_LABEL =
  /^\s*(?:#+\s*)?(?:macro|saved (?:reply|response)|canned (?:reply|response)|reply template|response template|support template)(?:\s+(?:name|title))?\s*:/i;

/** Whether the text's first line labels it as a support macro or saved reply. */
export function opensAsSupportMacro(lines: string): boolean {
  return MACRO_LABEL.test(lines.slice(0, 120));
}
