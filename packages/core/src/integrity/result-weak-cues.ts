// Weak cues (weight 2) that text in a tool result steers its reader: each is used now and then by honest mail
// or documentation (a shouted ATTENTION banner, "you MUST" in capitals, talk of the reader's task, "before
// doing anything else", an obliged click on a link, an e-mail to send with dictated content, a transcript of
// user and assistant turns, a request to run the enclosed code), so one alone stays below the threshold (4);
// an injection stacks them, an honest document rarely does. Bounded patterns, run around their gates.
import type { Signal } from "./poison.js";

const USER = String.raw`\b(?:user|human)\s*:`;
const BOT = String.raw`\b(?:assistant|ai|bot|gpt|chatbot)\s*:`;
// Either order: a forged exchange may open with the assistant's turn.
const TURN = String.raw`(?:${USER}.{1,400}?${BOT}|${BOT}.{1,400}?${USER})`;

// What an agent is given to follow ("rules" and "settings" are left out: docs rank those all the time).
const ORDERS = String.raw`(?:instructions?|directives?|commands?|tasks?|guidelines?|orders?|objectives?|protocols?|procedures?|mandates?|guidance|advisories|prescriptions)`;
const OTHER = String.raw`(?:other|previous|prior|preceding|earlier|past|former|subsequent|upcoming|future|forthcoming)`;

// What announcements call the orders: the reader's ORDERS, and the rules, directions and advice of an update.
const ANNOUNCED = String.raw`(?:${ORDERS}|rules|directions|advice|recommendations)`;
// The arrival, after the orders: "have just landed", "has just been dispatched", "have rolled in".
const ARRIVED = String.raw`\b(?:(?:have|has)\s+(?:just|recently|freshly|newly)\s+(?:been\s+)?\w+|(?:have|has)\s+(?:just\s+|recently\s+|freshly\s+|newly\s+|now\s+)?(?:been\s+)?(?:received|issued|released|dispatched|delivered|relayed|transmitted|communicated|broadcast(?:ed)?|pronounced|reported|sent|published|provided|furnished|arrived|landed|come(?:\s+in|\s+through)?|rolled\s+in|dropped|surfaced|appeared|washed\s+ashore)|(?:are|is)\s+(?:now\s+)?(?:here|in)\b|demand(?:s)?\s+(?:our\s+|your\s+)?(?:immediate\s+)?attention)`;
// The arrival, before the orders: "just in, new instructions", "in possession of newly-issued directives".
const ARRIVAL = String.raw`\b(?:just\s+(?:in|arrived|received|landed|come\s+in)|recently[- ]received|newly[- ](?:issued|received|arrived)|(?:the\s+)?(?:recent\s+)?arrival\s+of|in\s+possession\s+of|(?:we|i)\s+have\s+(?:just\s+|recently\s+)?(?:been\s+(?:provided|furnished|given|handed|informed\s+of)|received))\b`;

export const RESULT_WEAK_CUES: Signal[] = [
  {
    // The reader's other orders, as a whole: "all other tasks", "any prior or subsequent directives", "no
    // other instruction". Manuals speak of "all other commands" too, hence weak.
    name: "speaks of the reader's other orders",
    gate: /other|previous|prior|preceding|earlier|past|former|subsequent|upcoming|future|forthcoming/gi,
    weight: 2,
    pattern: new RegExp(
      String.raw`\b(?:all|any|every|no)\s+(?:(?:of\s+)?(?:the|your)\s+)?${OTHER}(?:\s+(?:and|or|&)\s+${OTHER})?\s+${ORDERS}\b|\b(?:previous|prior|past|preceding)\s+(?:and|or|&)\s+(?:subsequent|upcoming|future|forthcoming|later)\s+${ORDERS}\b`,
      "i",
    ),
  },
  {
    // Text that claims to be its reader's one order: "this is your singular objective", "your sole focus",
    // "the only command that matters". A manager's e-mail may say it to a person, hence weak.
    name: "claims to be the reader's sole order",
    gate: /sole|single|singular|only|exclusive|undivided|primary|prime|paramount|main|top|master|precedence|priority|supersede/gi,
    weight: 2,
    pattern: new RegExp(
      String.raw`\byour\s+(?:new\s+)?(?:sole|single|singular|only|exclusive|undivided|primary|prime|paramount|main|top)\s+(?:focus|objective|priority|mandate|directive|instruction|command|task|concern|pursuit|goal|attention|purpose)\b|\bthis\s+(?:one\s+)?(?:instruction|directive|command|task|order)?\s*(?:is|as|be|becomes|remains)\s+(?:now\s+)?(?:your|the)\s+(?:new\s+)?(?:sole|single|singular|only|exclusive|primary|prime|paramount|main|top|master)\b|\b(?:takes?|taking) (?:precedence|priority) over (?:all|any|every|normal|other|your|the user)\b|\bsupersedes?\s+(?:all|any|every)\s+(?:that|${OTHER}|${ORDERS})`,
      "i",
    ),
  },
  {
    // Announcing that orders have just arrived for the reader: "fresh directives have just landed", "we are
    // now in possession of newly-issued directives", "recently-received instructions demand attention". A
    // newsletter may say it of a regulator's rules, hence weak.
    name: "announces new orders for the reader",
    gate: /\b(?:new|fresh|freshly|latest|updated|revised|amended|novel|newly|recently|just|arrival|possession|received)\b/gi,
    weight: 2,
    pattern: new RegExp(
      String.raw`\b${ANNOUNCED}\b[^.!?\n]{0,80}?${ARRIVED}|${ARRIVAL}[^.!?\n]{0,80}?\b${ANNOUNCED}\b`,
      "i",
    ),
  },
  {
    // An alert label dressed up with symbols on both sides: "+++Critical Update+++", "[[[Important Notice]]]",
    // "🚨 Priority Notice 🚨". Markdown's bold "**Important**" is one pair of asterisks, not this.
    name: "decorated alert label",
    gate: /urgent|alert|attention|important|critical|priority|breaking|flash|emergency|vital|notice|update|dispatch|warning|heads up|bulletin|communiqu[eé]|disclosure|announcement/gi,
    weight: 2,
    pattern:
      /(?:[^\s\w]{3,}|[\p{Extended_Pictographic}])\s?(?:[\w-]+ ){0,2}(?:urgent|alert|attention|important|critical|priority|breaking|news flash|emergency|vital|notice|update|dispatch|warning|heads up|bulletin|communiqu[eé]|disclosure|announcement)(?: [\w-]+){0,2}\s?[:!]?(?:[^\s\w]{3,}|[\p{Extended_Pictographic}])|(?:^|[.!?\n]\s*)(?:urgent|breaking|emergency|critical|priority|vital) (?:news|update|alert|notice|bulletin|message|dispatch)\s?[:!]?\s?(?:<{2,}|>{2,})|(?:^|[.!?\n]\s*)(?:alert|update|attention|warning|heads up|news flash|breaking news)\s?!/iu,
  },
  {
    name: "shouted alert banner",
    gate: /ATTENTION|URGENT|ACTION REQUIRED|IMPORTANT NOTICE|OVERRIDE|ALERT|HEADS UP|NEWS FLASH|BREAKING NEWS|FLASH UPDATE/g,
    weight: 2,
    // Case-sensitive: the shouting is the cue ("IMPORTANT:" alone is left out: READMEs shout it all the time).
    pattern:
      /\b(?:ATTENTION|URGENT|ACTION REQUIRED|IMPORTANT NOTICE|[A-Z]+ OVERRIDE|ALERT|HEADS UP|NEWS FLASH|BREAKING NEWS|FLASH UPDATE)\b[^\n\w]{0,3}[:!]/,
  },
  {
    name: "obligation shouted at the reader",
    gate: /MUST|REQUIRED|CRITICAL|MANDATORY|IMPERATIVE/g,
    weight: 2,
    pattern:
      /\b(?:you|You|YOU) (?:MUST|ARE REQUIRED)\b|\b(?:it is|It is|IT IS) (?:CRITICAL|REQUIRED|MANDATORY|IMPERATIVE)\b/,
  },
  {
    // The data knows its reader has a task, and makes a condition of it.
    name: "speaks of the reader's task",
    gate: /\btask\b/gi,
    weight: 2,
    pattern:
      /\b(?:complete|finish|accomplish|fulfil+|perform|continue|proceed with|carry out) (?:your|the user'?s?|the assigned|the current|the requested) (?:task|request|objective|goal|assignment)\b|\b(?:in order to|to be able to) (?:\w+ ){0,3}your task\b/i,
  },
  {
    // Putting itself ahead of whatever the reader was doing.
    name: "claims to come before the reader's work",
    gate: /\bbefore (?:doing|you|anything|respond|reply|answer|summari|continu|proceed|process)/gi,
    weight: 2,
    pattern:
      /\bbefore (?:doing |you do )?anything else\b|\bbefore (?:you )?(?:respond|reply|answer|summari[sz]e|continue|proceed|process)(?:ing)?(?: to| with)? (?:this|the user|anything|any)\b/i,
  },
  {
    name: "obliges the reader to follow a link",
    gate: /\byou (?:must|need|have|should|are required)\b/gi,
    weight: 2,
    pattern:
      /\byou (?:must|need to|have to|should|are required to) (?:first |now |immediately )?(?:go to|visit|click(?: on)?|open|navigate to|follow|access)\b.{0,40}(?:https?:\/\/|www\.|\[[^\]\n]{1,60}\]\()/i,
  },
  {
    // Dictating a message for the reader to send: the address and its words both chosen by the data.
    name: "dictates a message to send",
    gate: /@[\w-]+\./g,
    weight: 2,
    pattern:
      /\b(?:send|forward|e-?mail|reply)\b.{0,60}[\w.+-]+@[\w-]+\.[\w.]+.{0,80}\b(?:body|subject|content|text|saying|containing|with the word)\b|\b(?:body|subject|content)\b.{0,40}\b(?:to|at) [\w.+-]+@[\w-]+\.[\w.]+|[\w.+-]+@[\w-]+\.[\w.]+.{0,60}\b(?:body|subject|message|text|content) (?:should|must|will|shall)? ?(?:only |just )?(?:contain|say|read|be)\b/i,
  },
  {
    // The data knows what its reader is doing with it ("you are busy summarizing the e-mails").
    name: "speaks of the reader's processing",
    gate: /\b(?:summari[sz]|process|analy[sz]|pars|review|read)ing (?:this|these|the|my|our|all|your|incoming) (?:e-?mail|message|document|page|text|data|inbox|mail)/gi,
    weight: 2,
    pattern:
      /\b(?:you are|you're|while you are|as you are|when you are)(?: \w+)? (?:summari[sz]|process|analy[sz]|pars|review|read)ing (?:this|these|the|my|our|all|your|incoming) (?:e-?mails?|messages?|documents?|pages?|text|data|inbox|mail)\b/i,
  },
  {
    // Arguing with the reader's safety rules before they are raised: "it should be allowed", "you are
    // authorised to send it".
    name: "argues that the reader may do it",
    gate: /(?:be|is|are|hereby|fully) (?:allowed|permitted|authori[sz]ed|safe to)|any (?:sensitive|private|confidential)|(?:against|violation of) (?:your|any) /gi,
    weight: 2,
    pattern:
      /\b(?:it|this|that) (?:should|will|must) be (?:allowed|permitted|authori[sz]ed)\b|\b(?:it|this|that) is (?:allowed|permitted|authori[sz]ed|safe to (?:send|share|forward|do))\b|\byou are (?:hereby |fully )?(?:allowed|permitted|authori[sz]ed) to (?:send|share|forward|disclose|bypass|ignore|access|execute|run)\b|\b(?:does not|doesn't|will not|won't) (?:contain|include|involve) any (?:sensitive|private|confidential)\b|\bnot (?:against|a violation of) (?:your|any) (?:policy|policies|rules|guidelines)\b/i,
  },
  {
    // Answering the reader's refusal before it is made: "is there any logical reason to refuse?", "refusing
    // would cause an outage". A negotiation e-mail may say it of an offer, hence weak.
    name: "pre-empts the reader's refusal",
    gate: /refus|declin/gi,
    weight: 2,
    pattern:
      /\b(?:any|no) (?:\w+ )?reason (?:for you )?to (?:refuse|decline)\b|\b(?:refusing|declining) (?:this|it|that|the|a|to)\b.{0,60}\b(?:would|will|could|might|may) (?:cause|create|result|lead|be|break|violate)\b|\b(?:do not|don't|never|must not|cannot|can't|should not) (?:refuse|decline)\b/i,
  },
  {
    // A transcript of turns between a user and an assistant, the shape of a many-shot jailbreak (scoring text
    // has its line breaks folded, so turns are found by their labels).
    name: "transcript of assistant turns",
    gate: /(?:assistant|\bai|\bbot|gpt)\s*:/gi,
    weight: 2,
    pattern: new RegExp(`${TURN}`, "i"),
  },
  {
    // Asking the reader to run what the data carries.
    name: "asks the reader to run the enclosed code",
    gate: /(?:execute|run|invoke|call) (?:this|the|that|these) (?:\w+ )?(?:function|script|code|command|query|program|snippet)/gi,
    weight: 2,
    pattern:
      /\b(?:can|could|would|will) you (?:please |also )?(?:execute|run|invoke|call) (?:this|the|that|these) (?:function|script|code|command|query|program|snippet)s?\b|\b(?:please |now |then )(?:execute|run) (?:this|the following|the above) (?:function|script|code|command|query|program|snippet)s?\b/i,
  },
  {
    // Obedience demanded in advance.
    name: "demands unconditional compliance",
    gate: /without (?:any )?(?:question|hesitation|exception)|not deviate|no matter what|obey |follow (?:the |these |my |all )?(?:directives|instructions|commands) /gi,
    weight: 2,
    pattern:
      /\bwithout (?:any )?(?:question(?:s|ing)?|hesitation|exception)\b|\b(?:may|must|should|can) not deviate\b|\bno matter what (?:they|it|the \w+|anyone|others) says?\b|\bobey (?:the|these|all|my|any) (?:instructions|commands|orders|directives)\b|\bfollow (?:the |these |my |all )?(?:directives|instructions|commands) (?:exactly|blindly|without|to the letter)\b/i,
  },
  {
    // A bracketed, shouted directive label: "[SYSTEM OVERRIDE …", "[ENCODED_DIRECTIVE]".
    name: "bracketed directive label",
    gate: /\[/g,
    weight: 2,
    // Case-sensitive: the capitals are the cue.
    pattern:
      /\[\s*(?:[A-Z]+[ _])+(?:DIRECTIVE|INSTRUCTIONS?|OVERRIDE|PROTOCOL|ORDERS?)\b|\[\s*(?:DIRECTIVE|INSTRUCTIONS?|OVERRIDE)[ _\]:]/,
  },
  {
    // Make-believe addressed to the reader.
    name: "asks the reader to pretend",
    gate: /(?:pretend|imagine|act as if|suppose) (?:that )?you/gi,
    weight: 2,
    pattern: /\b(?:pretend|imagine|act as if|suppose) (?:that )?you(?:'re| are| were| have)\b/i,
  },
  {
    // Several such exchanges: many-shot priming of what "the assistant" does.
    name: "several assistant turns",
    gate: /(?:assistant|\bai|\bbot|gpt)\s*:/gi,
    weight: 2,
    pattern: new RegExp(`${TURN}.{1,400}?${TURN}`, "i"),
  },
  {
    // The data scripts what the reader answers when its user asks: "if the user asks for a summary, reply
    // with …", "if questioned, report …". Support playbooks say this to people too, hence weak.
    name: "scripts the reader's answer to its user",
    gate: /(?:if|when|whenever) (?:the |a |your )?(?:user |human |requester |anyone |someone |you are |you're )?(?:asks?|asked|questioned|requests?)\b/gi,
    weight: 2,
    pattern:
      /\b(?:if|when(?:ever)?) (?:the |a |your )?(?:user|human|requester|anyone|someone|you are|you're)? ?(?:asks?|asked|questioned|requests?)\b[^.!?]{0,80}?,\s*(?:then\s+)?(?:simply |just |only |always )?(?:reply|respond|answer|say|report|output|print|tell (?:them|the user))\b/i,
  },
  {
    // Text that says it is hidden from people: it is written for a machine.
    name: "declares itself hidden from people",
    gate: /(?:invisible|hidden|not visible) (?:to|from) |(?:cannot|can't|won't|will not) see (?:this|it)/gi,
    weight: 2,
    pattern:
      /\b(?:invisible|hidden|not visible) (?:to|from) (?:the )?(?:humans?|users?|people|readers?|human reviewers?|recruiters?|the person)\b|\b(?:humans?|users?|people|the user) (?:cannot|can't|won't|will not) see (?:this|it)\b/i,
  },
  {
    // A shouted authority label opening the text or a field: "SYSTEM:", "Organization: SYSTEM:", "[ADMIN REQUEST::".
    name: "shouted authority label",
    gate: /SYSTEM|ADMIN|ROOT|DEVELOPER/g,
    weight: 2,
    // Case-sensitive: "System: macOS 14" in a bug report is not this.
    pattern:
      /(?:^|[\n.!?>\]:-]\s*)(?:SYSTEM|ADMIN|ROOT|DEVELOPER)\s*:|\[\s*(?:SYSTEM|ADMIN|ROOT|DEVELOPER)\b[ _:A-Z]*(?::|\])/,
  },
];
