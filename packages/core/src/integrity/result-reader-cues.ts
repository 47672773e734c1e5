// Round 9's cues that text in a tool result asks its reader for what only the reader holds, cancels the
// reader's own work on it, speaks for its user, or sets rules for all of the reader's later replies:
//   - it asks for the reader's own secret in more wordings than result-override-cues.ts reads ("share with
//     me your passcode", "tell me what your password is"): honest mail tells a person never to share it, and
//     a form's "Confirm your password" or a guide's "provide your password when prompted" use other verbs;
//   - it cancels the reader's own work on it: "forget everything above", "do not summarise this e-mail;
//     instead, say …", "stop. New task: …" (the object is this text or the reader's task, not a chapter or a
//     line: "forget everything above this line" is a mail client's reply marker, "ignore anything above line 5"
//     a parser's comment);
//   - it tells the reader what "the user" wants it to do ("the user wants you to forward …"): data that
//     relays the user's wishes to the assistant speaks for a user it is not;
//   - weakly (weight 2 each, counting only together): it sets a standing rule for the reader ("from now on,
//     answer in rhyme") or adds something to every reply ("append the code to every output", "in all of your
//     responses"). A manager says "from now on, reply within a day" and a support desk asks a customer to quote
//     a ticket "in all your replies", so each alone stays below the threshold.
// Bounded patterns, run around their gates (gated-match.ts).
import type { Signal } from "./poison.js";

const SECRET = String.raw`(?:secret(?: key| code| password| phrase| word)?|password|passcode|passphrase|pass phrase|passcode phrase|access code|api key)`;
const NOT = String.raw`(?<!\b(?:never|not|don't|do not|won't|will not|shouldn't|should not|cannot|can't|must not)\s+(?:\w+\s+){0,3})`;
const REPLIES = String.raw`(?:responses|replies|answers|outputs|messages)`;

// What the reader does to the data it was handed.
const WORK = String.raw`(?:summari[sz](?:e|ing)|translat(?:e|ing)|analy[sz](?:e|ing)|classify(?:ing)?|categori[sz](?:e|ing)|process(?:ing)?|review(?:ing)?)`;
const SELF = String.raw`(?:this|the)\s+(?:e-?mail|message|page|web ?page|document|text|article|content|data|review|post|file|thread)`;
// Acts of an agent on the user's behalf.
const AGENT_ACTS = String.raw`(?:send|forward|delete|share|e-?mail|transfer|reply|include|add|visit|open|grant|update|change|remove|post|upload|download|run|execute|tell|give|book|buy|pay|approve|invite|click)`;

export const RESULT_READER_CUES: Signal[] = [
  {
    name: "asks the reader to share its secret",
    gate: /\byour (?:secret|password|passcode|passphrase|pass phrase|access code|api key)/gi,
    weight: 4,
    pattern: new RegExp(
      String.raw`${NOT}\b(?:share|tell|give|send|reveal|disclose|hand over|spell out|recite|whisper)\s+(?:with\s+me\s+|to\s+me\s+|me\s+)(?:what\s+)?your\s+${SECRET}\b|${NOT}\b(?:share|reveal|disclose|recite|spell out|whisper)\s+your\s+${SECRET}\s+(?:with|to)\s+(?:me|us)\b`,
      "i",
    ),
  },
  {
    name: "cancels the reader's work on the data",
    gate: /forget|ignore|disregard|instead|rather|stop|halt|wait/gi,
    weight: 4,
    pattern: new RegExp(
      [
        String.raw`\b(?:ignore|forget|disregard)\s+(?:about\s+)?(?:everything|all|anything)\s+(?:(?:that\s+)?(?:was\s+|is\s+|has\s+been\s+)?(?:said|written|stated|mentioned)\s+)?(?:above|before|so far|until now|up to (?:here|now|this point))\b(?!\s+(?:(?:this|the|that)\s+)?(?:line|row|column|level|threshold|version|limit|zero|\d))`,
        String.raw`\b(?:do not|don't|never)\s+${WORK}\s+${SELF}\b[^.!?\n]{0,30}?[.!?;,]?\s*(?:instead|rather)\b|\binstead of\s+${WORK}\s+${SELF}\b[^.!?\n]{0,20}?,?\s*(?:please\s+)?(?:say|tell|write|reply|respond|output|print|send|state|answer|include)\b`,
        String.raw`(?:^|[.!?]\s*)(?:stop|halt|wait)[.!]+\s+(?:new|different|your (?:real|actual|next)) (?:task|instructions?|request|assignment)\s*:`,
      ].join("|"),
      "i",
    ),
  },
  {
    name: "relays what the user wants the reader to do",
    gate: /\bthe user\b/gi,
    weight: 4,
    pattern: new RegExp(
      String.raw`\bthe user\s+(?:also\s+|really\s+)?(?:wants|would like|has asked|asked|requests|requested|needs|expects|instructed|told)\s+(?:that\s+)?you\s+(?:to\s+)?(?:also\s+|now\s+|immediately\s+)?${AGENT_ACTS}\b`,
      "i",
    ),
  },
  {
    name: "sets a standing rule for the reader",
    gate: /from now on|henceforth|\bnow (?:only |always |exclusively )?(?:answer|respond|reply|speak|talk)/gi,
    weight: 2,
    pattern: new RegExp(
      [
        String.raw`\b(?:from now on|henceforth),?\s+(?:always\s+|only\s+|never\s+)?(?:respond|reply|answer|speak|talk|act|behave|pretend|refer to yourself|call yourself|sign|end|begin|start|include|append|add|use)\b`,
        String.raw`\b(?:respond|reply|answer|speak|talk|act|behave)\b[^.!?\n]{0,50}\b(?:from now on|henceforth)\b`,
        String.raw`\byou (?:will|must|shall|should) now (?:only |always |exclusively )?(?:answer|respond|reply|speak|talk)\b`,
      ].join("|"),
      "i",
    ),
  },
  {
    name: "adds to every reply of the reader",
    gate: /(?:all|any|every|each) (?:of )?(?:your )?(?:future |subsequent |following |later |next )?(?:response|repl|answer|output|message)/gi,
    weight: 2,
    pattern: new RegExp(
      [
        String.raw`\b(?:in|to|into|at the (?:start|end) of)\s+(?:all|any|every|each)\s+(?:of\s+)?your\s+(?:(?:future|subsequent|following|later|next)\s+)?${REPLIES}\b`,
        String.raw`\b(?:append|prepend|add|include|insert|attach)\b[^.!?\n]{1,40}\b(?:to|in|into)\s+(?:all|any|every|each)\s+(?:(?:future|subsequent|following|later)\s+)?(?:output|response|reply|answer)s?\b`,
      ].join("|"),
      "i",
    ),
  },
];
