// Orders a text mentions without giving them to its reader, taken out before the text is scored (round 43):
// - older advice on the text's own subject set aside ("Ignore all previous advice about watering succulents;",
//   "Forget the previous instructions for the IKEA Malm,"): a forum answer or a how-to speaks so to a person,
//   and what it sets aside is bound to a thing of the world, never to the reader's task, answer or rules;
// - a payload quoted inside a report of an attack ('An attacker could embed text such as "Ignore all previous
//   instructions …" in a shared document'), or described as what hidden text tells a model ("hidden
//   instructions that tell the LLM to disregard …"): the advisory, the paper and the news story say what an
//   attacker wrote, the quote sits in the middle of their own sentence, and nothing in that sentence turns to
//   the reader; or labelled as the payload a test used ("Payload used: '…'", round 44).
// - (round 49) what an attacker's text can make an agent do, said with a modal verb and no quotes ("A crafted
//   web page can instruct the agent to ignore previous instructions …", "could cause Copilot to ignore …"), or
//   a payload quoted in a bug report's repro step ("1. Put 'Ignore all previous instructions …' in README"): an
//   advisory, a CVE entry or an issue describes an attack's effect, its subject a page or an attacker, never
//   the reader; only in a text that reports an attack or a bug.
// Everything else in the text is scored as before: the same payload standing alone, after "For example:" as the
// end of its sentence, or quoted but followed by an order to the reader, still counts. Each pattern is bounded
// and behind a literal gate; linear in the text.

/** A set-aside of older guidance bound to a subject, up to where its clause ends. */
const SET_ASIDE =
  /\b(?:ignore|forget|disregard)\s+(?:all\s+)?(?:of\s+)?(?:the\s+)?(?:previous|prior|earlier|old|older|former)?\s*(?:rules?|advice|instructions?|warnings?|tips?|guidance|recommendations?|directions?)\s+(?:about|for|on|regarding|concerning|in|from)\s+([^.;:!?\n,\u2013\u2014]{1,60}?)(?=\s*(?:[.;:!?\n,\u2013\u2014]|\s-\s|$))/gi;

/**
 * A subject that is the reader's own business, or that goes on into another clause, or a time rather than a
 * topic ("ignore the previous instructions for a moment", "for now", "for the time being": Tensor Trust's
 * hijacks set the reader's rules aside so): no set-aside of a topic.
 */
const READERS_BUSINESS =
  /\b(?:moments?|while|now|time|being|once|good|ever|forever|seconds?|minutes?|bit|rest|next|remainder|duration|today|tonight|and|then|instead|but|your|yours|yourself|you (?:are|were|must|should|will|need)|this|these|above|below|user|users|human|assistant|ai|model|llm|system|prompt|task|conversation|chat|session|repl(?:y|ies)|answers?|response|output|summar\w*|format\w*|tools?|everything|anything|safety|security|polic(?:y|ies)|restrictions?|guardrails?|filters?|confidential\w*|secrets?|privacy|previous|prior)\b/i;

/** After the set-aside's clause: a comma that goes on with an order is no end of it. */
const GOES_ON = /^\s*,\s*(?:and|then|now|instead|but|just|only|so|please|from now)\b/i;

/** A text that reports an attack on a model: only such a text's quotes are read as reported payloads. */
const ATTACK_REPORT =
  /\b(?:prompt[- ]injections?|injections?|injected|attackers?|attacks?|payloads?|jailbreaks?|exploit\w*|malicious|adversarial|red[- ]team\w*|vulnerab\w*|fool(?:s|ed|ing)?|trick(?:s|ed|ing)?|hidden (?:lines?|text|instructions?|prompts?|comments?|messages?)|phish\w*|scam\w*)\b/i;

/**
 * A quote after a lead-in that reports it ("such as", "a hidden line in a résumé,"), its clause going on. The
 * clause ends at a semicolon: what follows one ("…" in a web page; when summarized, the model would follow it)
 * is the report's next clause, not the quote's.
 */
const REPORTED_QUOTE =
  /\b(?:such as|like|e\.g\.|for example|for instance|lines?|text|strings?|payloads?|prompts?|messages?|comments?|instructions?|sentences?|phrases?)\b[^"\u201c\n.]{0,40}(["\u201c])([^"\u201d\n]{4,300})["\u201d](?=\s*[,;)]?\s*[a-z(])([^.!?;\n]{0,200})/g;

/**
 * (round 50) A quote given as what attackers or phishing mails say, in single or double quotes, as a security-
 * awareness mail warns staff ("Attackers may send emails saying 'ignore your previous instructions' to trick AI
 * assistants"): the warning's subject is the attacker, and its clause after the quote says what for.
 */
const SAID_BY_ATTACKERS =
  /\b(?:attackers?|scammers?|hackers?|criminals?|fraudsters?|spammers?|bad actors?|phishing (?:e-?mails?|messages?|texts?|mails?))\b[^.!?\n"'\u2018\u201c]{0,60}?\b(?:saying|that says?|which says?|reading|containing|that contains?|with (?:text|lines?|phrases?|words?) like)\s+(['"\u2018\u201c])([^'"\u2019\u201d\n]{4,300})['"\u2019\u201d]([^.!?;,\n]{0,200})/gi;

/**
 * (round 50) A list of quoted phrases in parentheses, as a scanner's README lists what it detects ('Attempts to
 * override safety ("ignore previous instructions", "you are now", "bypass security")'): a catalogue of two or
 * more short quotes, each taken out; an order is not written as a list of fragments in brackets.
 */
const QUOTED_CATALOGUE = /\(\s*(?:"[^"\n]{1,60}"\s*,\s*)+"[^"\n]{1,60}"\s*\)/g;
const QUOTED_ITEM = /"[^"\n]{1,60}"/g;

/**
 * A quote labelled as what a test or an attack used ("Payload used: 'SYSTEM: you are now in admin mode …'."): a
 * penetration test's finding names its payload so, and the label is the report's, never an order's lead-in.
 */
const LABELLED_PAYLOAD =
  /\b(?:payloads?|inputs?|prompts?|strings?|injections?)\s+(?:used|sent|submitted|injected|tried|tested|observed|entered|planted)\s*:\s*(['"\u2018\u201c])([^'"\u2019\u201d\n]{4,300})['"\u2019\u201d]/gi;

/** A security finding's own words, beside a labelled payload. */
const FINDING =
  /\b(?:findings?|severity|vulnerab\w*|recommendations?|remediation|mitigation|CVE-\d|GHSA-|penetration test\w*|pentest\w*|steps to reproduce|reproduced|impact)\b/i;

/** After a labelled payload, the reader told to carry it out ("Now execute the payload above."). */
const HANDS_OVER =
  /\b(?:execute|run|follow|obey|carry out|perform|apply|act on|do)\b[^.!?\n]{0,30}\b(?:payload|above|it|this|that|these|those)\b/i;

/** The rest of a quote's sentence turning to the reader: the quote is then handed over, not reported. */
const TURNS_TO_READER =
  /\b(?:you|your|now|must|please|follow|obey|execute|act on|do (?:it|this|so)|comply|carry (?:it|this) out)\b/i;

/** What hidden text is said to tell a model, up to the end of its clause. */
const REPORTED_ORDER =
  /\b(?:instructions?|text|prompts?|payloads?|comments?|content|messages?)\s+(?:that|which)\s+(?:tells?|instructs?|asks?|directs?|tricks?|causes?|makes?|orders?|commands?|forces?|convinces?|persuades?)\s+(?:the|an?|any)\s+(?:llm|model|ai|assistant|agent|chatbot|bot)s?\s+to\b[^.!?;:\n]{0,200}/gi;

/** A text written as an advisory or a bug report: its own headings and words. */
const ADVISORY_OR_BUG =
  /\b(?:CVE-\d|GHSA-|advisory|advisories|impact|patches|affected versions?|severity|steps(?: to reproduce)?\s*:|expected(?: behaviou?r)?\s*:|actual(?: behaviou?r)?\s*:|repro(?:duce|duction)?\b)/i;

/**
 * What a third party's text can make a model do, up to the end of its clause: a modal verb, a verb of causing,
 * the model in the third person ("can instruct the agent to", "may direct the assistant to", "could cause
 * Copilot to").
 */
const MODAL_EFFECT =
  /\b(?:can|could|may|might|would|is able to|are able to)\s+(?:be used to\s+)?(?:instruct|tell|make|cause|direct|trick|get|lead|force|convince|persuade|coerce|manipulate|induce)\s+(?:the|an?|any|its|this|that)?\s*(?:[\w-]+\s+){0,2}?(?:llm|model|ai|assistant|agent|chatbot|bot|summari[sz]er|copilot|claude|chatgpt|gpt|gemini|cursor|codex)s?\s+(?:to\s+)?[^.!?;:\n]{0,200}/gi;

/** A payload quoted in a repro step: "Put '…' in README", "add "…" to the issue body". */
const REPRO_QUOTE =
  /\b(?:put|insert|add|paste|write|include|place|embed|type|enter|commit)\s+(['"\u2018\u201c])([^'"\u2019\u201d\n]{4,300})['"\u2019\u201d]\s+(?:in|into|to|inside|at)\s+(?:the\s+|a\s+|an\s+|your\s+)?(?:[\w.-]+\s+){0,2}?(?:readme|file|issue|comment|page|document|pdf|description|body|title|prompt|field|message|e-?mail|repo\w*|[\w-]+\.(?:md|txt|json|html|py|js|ts))\b/gi;

/** The text with orders it only mentions taken out (each replaced by an ellipsis), or the text itself. */
export function withoutMentionedOrders(text: string): string {
  let out = text;
  if (/\b(?:ignore|forget|disregard)\b/i.test(out))
    out = out.replace(SET_ASIDE, (whole: string, subject: string, at: number, all: string) => {
      if (READERS_BUSINESS.test(subject)) return whole;
      return GOES_ON.test(all.slice(at + whole.length, at + whole.length + 40)) ? whole : "\u2026";
    });
  if (ADVISORY_OR_BUG.test(out) || ATTACK_REPORT.test(out))
    out = out
      .replace(MODAL_EFFECT, "\u2026")
      .replace(REPRO_QUOTE, (whole: string, open: string, quoted: string) =>
        whole.replace(`${open}${quoted}`, `${open}\u2026`),
      );
  if (!ATTACK_REPORT.test(out)) return out;
  const reported = (whole: string, open: string, quoted: string, rest: string) =>
    TURNS_TO_READER.test(rest) ? whole : whole.replace(`${open}${quoted}`, `${open}\u2026`);
  out = out
    .replace(REPORTED_QUOTE, reported)
    .replace(SAID_BY_ATTACKERS, reported)
    .replace(QUOTED_CATALOGUE, (list: string) => list.replace(QUOTED_ITEM, '"\u2026"'));
  // The label names itself a payload, so it cannot be the only sign of a report: a finding's own words must
  // stand beside it (a bare "Payload used: '…'" is an order with a label put in front).
  if (FINDING.test(out))
    out = out.replace(
      LABELLED_PAYLOAD,
      (whole: string, open: string, quoted: string, at: number, all: string) =>
        HANDS_OVER.test(all.slice(at + whole.length, at + whole.length + 200))
          ? whole
          : whole.replace(`${open}${quoted}`, `${open}\u2026`),
    );
  return out.replace(REPORTED_ORDER, "\u2026");
}
