// Jailbreak prompts a news story or an encyclopaedia reports, taken out before the text is scored (round 45):
// - a prompt named as what someone used ('a prompt called DAN, short for "do anything now", that tried to make
//   ChatGPT ignore …'): the quote is the prompt's name, and the sentence narrates what it did;
// - what an attacker may write ('an attacker may write "ignore previous instructions" in a web page'): the
//   definition's example, said of a third party;
// - a leaked system prompt quoted after "begins:" or "reads:": an application's prompt, as in source code
//   (result-code-prompts.ts), and taken out on the same terms: scored alone it raises nothing but a prompt's
//   register.
// A quote that names an address, a tool or a secret, or whose sentence goes on to the reader, stays and is
// scored as before; so does the same payload standing alone. Each pattern is bounded and behind a literal gate.
import { PROMPT_REGISTER } from "./result-code-prompts.js";

/** A prompt named, its name's expansion quoted, and the sentence narrating what it did. */
const NAMED_PROMPT =
  /\b(?:prompts?|jailbreaks?|personas?) (?:called|named|known as|dubbed) [^.!?\n"\u201c]{1,40}(["\u201c])([^"\u201d\n]{4,80})["\u201d](?=[^.!?\n]{0,120}?\b(?:tried|attempted|aimed|was|were|had|made|got|let)\b)/gi;

/** What a third party may write, its quote in the middle of the report's sentence. */
const THIRD_PARTY_WRITES =
  /\b(?:attackers?|adversar(?:y|ies)|hackers?|malicious (?:users?|actors?|sites?|pages?|documents?)|bad actors?) (?:(?:may|might|could|can|would|often|sometimes) )?(?:write|writes|wrote|type|types|typed|insert|inserts|inserted|embed|embeds|embedded|hide|hides|hid|plant|plants|planted|include|includes|included|enter|enters|entered|add|adds|added|post|posts|posted)\b[^"\u201c\n.]{0,20}(["\u201c])([^"\u201d\n]{4,120})["\u201d](?=\s*[a-z,;(])/gi;

/** A leaked or extracted system prompt quoted after what it begins or reads with. */
const LEAKED_PROMPT =
  /\b(?:leaked|extracted|original|hidden|internal|full|reported|alleged) (?:system )?prompts? (?:begins|began|starts|started|reads|read|says|said|opens|opened)(?: with| like this)?\s*:?\s*(["\u201c])([^"\u201d\n]{4,1000})["\u201d]/gi;

/** What a report's quote must not carry to be set aside: an address, a tool, a secret, an act on the user. */
const ACTS =
  /https?:|www\.|@[\w-]+\.|~\/|\/etc\/|\.env\b|\b\w+_\w+\b|\b(?:tool|send|upload|forward|e-?mail|delete|password|token|secret|credential|key)s?\b/i;

/** The rest of the sentence turning to the reader: the quote is then handed over. */
const TO_THE_READER = /\b(?:you|your|now|must|please|follow|obey|execute|comply)\b/i;

/**
 * The text with each reported jailbreak quote replaced by an ellipsis, or the text itself. `signalsOf` scores a
 * quoted prompt on its own (the result scorer; a quote is shorter than the text it is in).
 */
export function withoutReportedPrompts(text: string, signalsOf: (quote: string) => string[]): string {
  if (!/prompt|jailbreak|persona|attacker|adversar|hacker|malicious|bad actor/i.test(text)) return text;
  const masked = (whole: string, open: string, quoted: string) =>
    whole.replace(`${open}${quoted}`, `${open}\u2026`);
  const restOf = (all: string, end: number) => /^[^.!?\n]{0,200}/.exec(all.slice(end))?.[0] ?? "";
  return text
    .replace(NAMED_PROMPT, (whole: string, open: string, quoted: string, at: number, all: string) =>
      ACTS.test(quoted) || TO_THE_READER.test(restOf(all, at + whole.length))
        ? whole
        : masked(whole, open, quoted),
    )
    .replace(THIRD_PARTY_WRITES, (whole: string, open: string, quoted: string, at: number, all: string) =>
      ACTS.test(quoted) || TO_THE_READER.test(restOf(all, at + whole.length))
        ? whole
        : masked(whole, open, quoted),
    )
    .replace(LEAKED_PROMPT, (whole: string, open: string, quoted: string) =>
      signalsOf(quoted).every((signal) => PROMPT_REGISTER.has(signal)) && !ACTS.test(quoted)
        ? masked(whole, open, quoted)
        : whole,
    );
}
