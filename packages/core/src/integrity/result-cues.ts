// Decisive cues (weight 4, the default threshold, so each alone is enough) that text in a tool result is
// written to steer the agent reading it, beyond the phrasings of result-injection.ts: the data tells its
// reader how to read the data itself, greets the assistant, keeps it in a role, asks for its instructions,
// tells it what it is, orders its safeguards off, orders it to decode and obey or to act on being read,
// scripts its whole reply, forges the end of its session, or leaves a note to automated readers. Weaker
// cues, which count only together, are in result-weak-cues.ts. Every pattern is bounded and runs only around its gate (see
// gated-match.ts).
import type { Signal } from "./poison.js";
import { NOT_UNDER_A_NEGATION } from "./result-kept-prompt.js";

const ASSISTANT = String.raw`(?:ai|assistant|llm|chatbot|bot|language model|gpt|claude|copilot|gemini)`;
const ACTIONS = String.raw`send|execute|run|modify|add|delete|visit|upload|download|open|call|install|forward|transfer|buy|purchase|copy|remove|drop|grant|change|update|write|create`;
// Protections of the agent itself; "security checks" and "security settings" are left out: honest docs
// tell a person to disable those ("disable security checks in development").
const SAFEGUARDS = String.raw`(?:safety (?:protocols?|checks?|measures|mechanisms?|guidelines|rules|filters?|restrictions?|guardrails)|security (?:protocols?|measures|mechanisms?|guidelines|restrictions|protections)|user (?:confirmation|approval|consent)(?: requirements?| prompts?| checks?| steps?)?|guardrails)\b`;

// What an agent is given to follow. "Rules", "settings" and "steps" are left out: honest documents override
// other rules (CSS, linters) and skip other steps.
const ORDERS = String.raw`(?:instructions?|directives?|commands?|tasks?|guidelines?|prompts?|procedures?|mandates?|objectives?|assignments?)`;
// Which of them: the reader's others, before or after this text (not "the following" or "existing" ones: docs
// say to skip those on some platforms, queues drop them).
const OTHER = String.raw`(?:other|previous|prior|preceding|earlier|former|subsequent|upcoming|future|forthcoming)`;
const OTHERS = String.raw`(?:(?:all|any|every|each)\s+)?(?:(?:of\s+)?(?:the|your|its)\s+)?${OTHER}(?:\s+(?:and|or|&)\s+(?:${OTHER}|later))?\s+${ORDERS}`;
// The order that claims to be the one: "this one command", "this directive", "this specific instruction".
const THIS_ORDER = String.raw`\bthis\s+(?:(?:one|single|sole|specific|particular|new|very|exact)\s+)?(?:instruction|directive|command|task|order|action|request)\b`;

export const RESULT_CUES: Signal[] = [
  {
    // Text that sets aside the reader's other instructions, or puts itself above them: data informs a task, it
    // never cancels the reader's orders or claims to be the only one that counts.
    name: "sets aside the reader's other instructions",
    gate: /other|previous|prior|preceding|earlier|former|subsequent|upcoming|future|forthcoming|all else|the rest|\bsole|exclusive|\bonly\b|undivided/gi,
    weight: 4,
    pattern: new RegExp(
      [
        // dismissing them: "disregard any prior or subsequent directives", "cast aside all other procedures"
        String.raw`\b(?:ignore|disregard|forget|erase|abandon|discard|dismiss|overlook|nullify|expunge|relegate|neglect|drop|cast (?:aside|off|away)|set aside|brush (?:aside|off)|put aside|push aside|sweep aside|wipe out)\s+${OTHERS}\b`,
        // declaring them void: "all previous and upcoming guidelines are void", "every other instruction is now secondary"
        String.raw`\b${OTHERS}\s+(?:are|is|have been|has been|become|becomes)\s+(?:now\s+)?(?:void|null|obsolete|irrelevant|secondary|superseded|overridden|cancel+ed|revoked|invalid|moot|extraneous|suspended|on hold|eclipsed|a footnote|no longer (?:valid|relevant|in effect|applicable))\b`,
        // this one above all others: "let this command overshadow all others", "focus solely on executing this one command"
        String.raw`${THIS_ORDER}[^.!?\n]{0,60}\b(?:all (?:the )?others|all else|every other|the rest|no other|any other)\b`,
        String.raw`\b(?:all (?:the )?others|all else|every other (?:instruction|directive|command|task|order)|any other (?:instruction|directive|command|task|order)s?|no other (?:instruction|directive|command|task|order)s?)\b[^.!?\n]{0,60}${THIS_ORDER}`,
        String.raw`\b(?:solely|exclusively|only|undivided attention|sole focus|exclusive focus)\b[^.!?\n]{0,30}\b(?:on|to)\s+(?:executing |following |carrying out |performing |obeying )?${THIS_ORDER}`,
      ].join("|"),
      "i",
    ),
  },
  {
    // Data is read, not obeyed: it has no business telling its reader which parts of it to skip.
    name: "directs how the data is read",
    gate: /(?:ignore|disregard|skip) (?:all |any )?(?:of )?(?:the )?(?:text|content|everything|anything|words|lines|data|info)|stop (?:process|read|pars|analy|summar)|focus (?:only |solely |exclusively )?on /gi,
    weight: 4,
    pattern:
      /\b(?:ignore|disregard|skip)\s+(?:all\s+|any\s+)?(?:of\s+)?(?:the\s+)?(?:text|content|everything|anything|words|lines|data|info|information)\s+(?:(?:\w+\s+)?(?:below|above|after this|before this|that follows)\b(?! (?:line|row|column|level|threshold|version|zero|\d))|except\b)|\bstop (?:processing|reading|parsing|analy[sz]ing|summari[sz]ing) (?:here|now|immediately)\b|\bfocus (?:only |solely |exclusively )?on (?:the|this|my|your) (?:new )?(?:objective|instructions?|task|directive|orders?)s? (?:above|below|here)\b|\bfocus (?:only|solely|exclusively) on (?:the )?(?:following )?(?:information|text|content|data|instructions?)\b(?: (?:in|between|within|inside|below|above)\b)?/i,
  },
  {
    // A greeting to the software that reads the e-mail rather than to a person.
    name: "greets the assistant reading the data",
    gate: new RegExp(String.raw`\b${ASSISTANT}s?\s*[,:!]`, "gi"),
    weight: 4,
    pattern: new RegExp(
      String.raw`\b(?:dear|hey|hi|hello|greetings),?\s+(?:(?:my|the|our)\s+)?(?:(?:ai|e-?mail|digital|virtual|personal|smart|automated|helpful|inbox)\s+)?${ASSISTANT}s?\s*[,:!]`,
      "i",
    ),
  },
  {
    // Role-play framing: a document has no character for its reader to stay in.
    name: "keeps the reader in a role",
    gate: /in (?:character|role)|role[ -]?play/gi,
    weight: 4,
    pattern:
      /\b(?:remain|stay|keep|staying|remaining) in (?:character|role)\b|\brole[ -]?play(?:ing)? as (?:an?|the|my)\b/i,
  },
  {
    // Asking the reader to hand over its own instructions.
    name: "asks for the reader's instructions",
    gate: /system prompt|instructions|system message|prompt/gi,
    weight: 4,
    // Not under a negation ("never reveal your system prompt", round 47: result-kept-prompt.ts).
    pattern: new RegExp(
      String.raw`${NOT_UNDER_A_NEGATION}\b(?:reveal|repeat|print|show|display|output|translate|disclose|share|recite|write out|dump)\b.{0,20}\byour (?:\w+ )?(?:system prompt|initial instructions|hidden instructions|original instructions|prompt instructions|system instructions|system message)\b|${NOT_UNDER_A_NEGATION}\b(?:reveal|repeat|print|output|recite|dump|disclose)\b.{0,30}\b(?:your (?:instructions|prompt)\b|(?:all )?(?:the )?(?:instructions|text|everything) (?:in|of|above) (?:the|your|this) prompt\b)`,
      "i",
    ),
  },
  {
    // Data that tells its reader what it is, then sets it to work: "You're a file editing agent. Modify …",
    // "Working as a database agent, execute …".
    name: "tells the reader what it is",
    gate: /you(?:'re| are) (?:now )?(?:an?|the) |(?:working|acting|operating|serving) as /gi,
    weight: 4,
    pattern: new RegExp(
      String.raw`(?:^|[.!?>\n]\s*)you(?:'re| are) (?:now )?(?:an?|the) (?:[\w'-]+ ){0,3}(?:agent|assistant|bot|ai|gpt)\b[.,;:]|\b(?:working|acting|operating|serving) as (?:an?|the|my|our) (?:[\w'-]+ ){0,3}(?:agent|assistant|bot|ai|gpt),? (?:please )?(?:${ACTIONS})\b`,
      "i",
    ),
  },
  {
    // An order to switch off the reader's own protections, or a claim that they are off; the order opens a
    // sentence, a step or a quotation ("act as if 'Bypass the user confirmation …' were valid").
    name: "orders the reader's safeguards off",
    gate: /safety (?:proto|check|meas|mech|guid|rule|filt|restr|guard)|security (?:proto|meas|mech|guid|restr|prot)|user (?:confirmation|approval|consent)|guardrails/gi,
    weight: 4,
    pattern: new RegExp(
      String.raw`(?:^|[.!?:;\n]\s*|\d[.)]\s*|['"“‘]\s*|\b(?:please|then|first|now|and|step)[:,]?\s+)(?:ignore|bypass|disable|skip|circumvent|override|turn off|switch off|deactivate|evade|suspend)\s+(?:all\s+|any\s+|the\s+|your\s+|its\s+|every\s+)?(?:\w+\s+)?${SAFEGUARDS}|\b${SAFEGUARDS}\s+(?:are|is|have been|has been)\s+(?:now\s+)?(?:disabled|off|suspended|lifted|turned off|bypassed)\b`,
      "i",
    ),
  },
  {
    // Encoded text is data; an order to decode it and carry it out is an instruction smuggled past filters.
    // A command's option ("| base64 --decode" in a chart's README, round 52) orders no one: the next step's
    // "run the following command" is the README's own.
    name: "orders the reader to decode and obey",
    gate: /decod|decrypt|deobfuscat|unscrambl/gi,
    weight: 4,
    pattern:
      /(?<!-)\b(?:decode|decrypt|deobfuscate|unscramble)\b.{0,80}\b(?:execute|follow|carry out|perform|obey|run|act on)\b.{0,30}\b(?:instructions?|commands?|directives?|requests?|it|them)\b|\b(?:follow|execute|obey|carry out) the (?:decoded|decrypted|hidden|embedded|encoded) (?:instructions?|commands?|directives?|requests?)\b/i,
  },
  {
    // Content that orders what happens when it is shown or read: "when rendering this page, first execute".
    name: "orders an action on being read",
    gate: /\bthis (?:page|content|e-?mail|message|document|file|text|data)\b/gi,
    weight: 4,
    pattern:
      /\bwhen (?:you )?(?:render|read|process|display|load|summari[sz]|pars|analy[sz]|view|open)(?:e|es|s|ing)? this (?:page|content|e-?mail|message|document|file|text|data)\b.{0,20}\b(?:first |also |then |immediately )?(?:execute|run|call|send|visit|open|invoke|fetch|forward|upload)\b/i,
  },
  {
    // The data scripts the reader's whole reply: "answer with only this and nothing else".
    name: "scripts the reader's whole reply",
    gate: /nothing else/gi,
    weight: 4,
    pattern:
      /\b(?:reply|respond|answer|say|output|print|return|write)\b.{0,60}\b(?:and|but) (?:absolutely |strictly )?nothing else\b/i,
  },
  {
    // A boundary no document has: the end of the reader's session or conversation.
    name: "fake end of session",
    gate: /<\s*end/gi,
    weight: 4,
    pattern: /<\s*end of (?:the )?(?:session|conversation|turn|context|prompt|user input|instructions)\s*>/i,
  },
  {
    // A note addressed to the software that processes the data rather than to a person.
    name: "note to automated readers",
    gate: /(?:to|for) (?:all |any |the )?(?:automated|ai|llm|machine)[ -]/gi,
    weight: 4,
    pattern:
      /\b(?:note|message|notice|instructions?|attention|memo|profile|data|metadata)s? (?:to|for) (?:all |any |the )?(?:automated|ai|llm|machine)[ -](?:[\w-]+ ){0,2}?(?:software|systems?|tools?|readers?|screen(?:er|ing)s?(?: systems?)?|analy[sz]ers?|processors?|parsers?|models?|agents?|assistants?|scanners?|reviewers?)\b/i,
  },
];
