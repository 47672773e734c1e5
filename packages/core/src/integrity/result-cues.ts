// Cues that text in a tool result is written to steer the agent reading it, beyond the phrasings of
// result-injection.ts. Two kinds:
//   - decisive ones (weight 4): the data tells its reader how to read the data itself ("ignore all text
//     below", "stop processing here"), or greets the assistant that reads it;
//   - weak ones (weight 2) that honest mail or documentation also uses now and then (a shouted ATTENTION
//     banner, "you MUST" in capitals, talk of the reader's task, "before doing anything else", an obliged
//     click on a link, an e-mail to send with dictated content). One alone stays below the threshold (4); an
//     injection stacks them, an honest document rarely does.
// Every pattern is bounded and runs only around its gate (see gated-match.ts).
import type { Signal } from "./poison.js";

const ASSISTANT = String.raw`(?:ai|assistant|llm|chatbot|bot|language model|gpt|claude|copilot|gemini)`;

export const RESULT_CUES: Signal[] = [
  {
    // Data is read, not obeyed: it has no business telling its reader which parts of it to skip.
    name: "directs how the data is read",
    gate: /\b(?:ignore|disregard|skip|stop|focus)\b/gi,
    weight: 4,
    pattern:
      /\b(?:ignore|disregard|skip)\s+(?:all\s+|any\s+)?(?:of\s+)?(?:the\s+)?(?:text|content|everything|anything|words|lines|data)\s+(?:\w+\s+)?(?:below|above|after this|before this|that follows)\b|\bstop (?:processing|reading|parsing|analy[sz]ing|summari[sz]ing) (?:here|now|immediately)\b|\bfocus (?:only |solely |exclusively )?on (?:the|this|my|your) (?:new )?(?:objective|instructions?|task|directive|orders?)s? (?:above|below|here)\b/i,
  },
  {
    // A greeting to the software that reads the e-mail rather than to a person.
    name: "greets the assistant reading the data",
    gate: /\b(?:dear|hey|hi|hello|greetings)\b/gi,
    weight: 4,
    pattern: new RegExp(
      String.raw`\b(?:dear|hey|hi|hello|greetings),?\s+(?:(?:my|the|our)\s+)?(?:(?:ai|e-?mail|digital|virtual|personal|smart|automated|helpful|inbox)\s+)?${ASSISTANT}s?\s*[,:!]`,
      "i",
    ),
  },
  {
    // Role-play framing: a document has no character for its reader to stay in.
    name: "keeps the reader in a role",
    gate: /character|role[ -]?play/gi,
    weight: 4,
    pattern:
      /\b(?:remain|stay|keep|staying|remaining) in (?:character|role)\b|\brole[ -]?play(?:ing)? as (?:an?|the|my)\b/i,
  },
  {
    // Asking the reader to hand over its own instructions.
    name: "asks for the reader's instructions",
    gate: /\byour\b/gi,
    weight: 4,
    pattern:
      /\b(?:reveal|repeat|print|show|display|output|translate|disclose|share|recite|write out|dump)\b.{0,20}\byour (?:\w+ )?(?:system prompt|initial instructions|hidden instructions|original instructions|prompt instructions|system instructions|system message)\b/i,
  },
  {
    name: "shouted alert banner",
    gate: /ATTENTION|URGENT|ACTION REQUIRED|IMPORTANT NOTICE|OVERRIDE/g,
    weight: 2,
    // Case-sensitive: the shouting is the cue.
    pattern: /\b(?:ATTENTION|URGENT|ACTION REQUIRED|IMPORTANT NOTICE|[A-Z]+ OVERRIDE)\b[^\n\w]{0,3}[:!]/,
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
    gate: /\bbefore\b/gi,
    weight: 2,
    pattern:
      /\bbefore (?:doing |you do )?anything else\b|\bbefore (?:you )?(?:respond|reply|answer|summari[sz]e|continue|proceed|process)(?:ing)?(?: to| with)? (?:this|the user|anything|any)\b/i,
  },
  {
    name: "obliges the reader to follow a link",
    gate: /\byou\b/gi,
    weight: 2,
    pattern:
      /\byou (?:must|need to|have to|should|are required to) (?:first |now |immediately )?(?:go to|visit|click(?: on)?|open|navigate to|follow|access)\b.{0,40}(?:https?:\/\/|www\.|\[[^\]\n]{1,60}\]\()/i,
  },
  {
    // Dictating a message for the reader to send: the address and its words both chosen by the data.
    name: "dictates a message to send",
    gate: /@/g,
    weight: 2,
    pattern:
      /\b(?:send|forward|e-?mail|reply)\b.{0,60}[\w.+-]+@[\w-]+\.[\w.]+.{0,80}\b(?:body|subject|content|text|saying|containing|with the word)\b|\b(?:body|subject|content)\b.{0,40}\b(?:to|at) [\w.+-]+@[\w-]+\.[\w.]+/i,
  },
  {
    // The data knows what its reader is doing with it ("you are busy summarizing the e-mails").
    name: "speaks of the reader's processing",
    gate: /\b(?:summari[sz]|process|analy[sz]|pars|review|read)ing\b/gi,
    weight: 2,
    pattern:
      /\b(?:you are|you're|while you are|as you are|when you are)(?: \w+)? (?:summari[sz]|process|analy[sz]|pars|review|read)ing (?:this|these|the|my|our|all|your|incoming) (?:e-?mails?|messages?|documents?|pages?|text|data|inbox|mail)\b/i,
  },
  {
    // Arguing with the reader's safety rules before they are raised: "it should be allowed", "you are
    // authorised to send it".
    name: "argues that the reader may do it",
    gate: /allowed|permitted|authori[sz]ed|sensitive|policy|policies|safe/gi,
    weight: 2,
    pattern:
      /\b(?:it|this|that) (?:should|will|must) be (?:allowed|permitted|authori[sz]ed)\b|\b(?:it|this|that) is (?:allowed|permitted|authori[sz]ed|safe to (?:send|share|forward|do))\b|\byou are (?:hereby |fully )?(?:allowed|permitted|authori[sz]ed) to (?:send|share|forward|disclose|bypass|ignore|access|execute|run)\b|\b(?:does not|doesn't|will not|won't) (?:contain|include|involve) any (?:sensitive|private|confidential)\b|\bnot (?:against|a violation of) (?:your|any) (?:policy|policies|rules|guidelines)\b/i,
  },
];

// A model reads the words of a slug ("ignore-all-text-below") as words; patterns read them once the
// hyphens or pluses between them are spaces. Only long runs are rewritten (four or more joined words).
const SLUG = /\b[A-Za-z]+(?:[-+][A-Za-z]+){3,}\b/g;

export function unslug(text: string): string {
  return text.replace(SLUG, (run) => run.replace(/[-+]/g, " "));
}
