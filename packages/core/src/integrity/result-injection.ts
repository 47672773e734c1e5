// Instructions planted in data a tool returns (an e-mail, a web page, a table cell, a code comment) and
// addressed to the model that reads it: what to put in its answer, how to encode it, which link to add, what
// to do next. The evidence is phrasing that speaks to the reader's own *answer* or *solution*, or to an AI
// reading the data: honest documents address a person, and thank you for your reply rather than shape it.
// Each signal here alone is enough (weight 4, the default threshold); result-cues.ts adds more of those, and
// result-weak-cues.ts cues of weight 2 that count only together. Slugs are read as words first ("ignore-all-
// text-below"). Every pattern is bounded; linear in the text.
import { calendarText } from "./calendar-text.js";
import { anyGateTest, gatedTest } from "./gated-match.js";
import { CLAUSE_START, IN_SENTENCE } from "./order-phrases.js";
import { RESULT_ASIDE_CUES } from "./result-aside-cues.js";
import { RESULT_PLAIN_CUES } from "./result-plain-cues.js";
import { RESULT_BARE_CUES } from "./result-bare-cues.js";
import { poisonSignal, type Signal } from "./poison.js";
import { REQUEST_REGISTER_CUES, carriesAddress, opensAsChatRequest } from "./result-chat-request.js";
import { RESULT_CUES } from "./result-cues.js";
import { respell } from "./respelled-words.js";
import { revealEncodedSentences } from "./result-encoded.js";
import { undoneNamedSchemes } from "./result-named-schemes.js";
import { unaccentedText } from "./unaccented-text.js";
import { RESULT_ERRAND_CUES } from "./result-errand-cues.js";
import { RESULT_FORGED_BOUNDARY } from "./result-forged-boundary.js";
import { RESULT_FORGED_CONSENT } from "./result-forged-consent.js";
import { RESULT_IMPORTANT_BLOCK } from "./result-important-block.js";
import { RESULT_PRIVILEGE_RETRY } from "./result-privilege-retry.js";
import { RESULT_STANDING_ORDERS } from "./result-standing-orders.js";
import { SUPPORT_MACRO_CUES, opensAsSupportMacro } from "./result-support-macros.js";
import { RESULT_REVIEWER_SCRIPTS } from "./result-reviewer-scripts.js";
import { RESULT_CODE_INSERTION } from "./result-code-insertion.js";
import { RESULT_LATER_CALLS } from "./result-later-calls.js";
import { RESULT_DICTATED_ARGUMENTS } from "./result-dictated-arguments.js";
import { RESULT_REWRITTEN_ARGUMENTS } from "./result-rewritten-arguments.js";
import { RESULT_EDITOR_COMMENTS } from "./result-editor-comments.js";
import { RESULT_SUMMARY_EIGHT_LANGUAGES } from "./result-summary-eight-languages.js";
import { RESULT_RELAYED_WISHES } from "./result-relayed-wishes.js";
import { RESULT_WRITTEN_CALLS } from "./result-written-calls.js";
import { RESULT_FORGED_STEPS } from "./result-forged-steps.js";
import { withoutCodePrompts } from "./result-code-prompts.js";
import { withoutPromptFiles } from "./result-prompt-files.js";
import { withoutEvalCases } from "./result-eval-cases.js";
import { withoutMentionedOrders } from "./result-mentioned-orders.js";
import { withoutQuotedTemplates } from "./result-quoted-templates.js";
import { withoutReportedPrompts } from "./result-reported-prompts.js";
import { RESULT_HANDOVER_CUES } from "./result-handover-cues.js";
import { RESULT_ACCESS_GRANT, RESULT_MINTED_CREDENTIAL } from "./result-access-grant.js";
import { RESULT_RULES_BACKDOOR } from "./result-rules-backdoor.js";
import { RESULT_ADDRESS_CUES } from "./result-address-cues.js";
import { RESULT_AGENT_ORDERS } from "./result-agent-orders.js";
import { RESULT_MACHINE_READERS } from "./result-machine-readers.js";
import { RESULT_ROLE_READERS } from "./result-role-readers.js";
import { RESULT_DATA_ORDERS } from "./result-data-orders.js";
import { RESULT_REVERSE_CUE } from "./result-reverse-cue.js";
import { RESULT_SECRET_ORDERS } from "./result-secret-orders.js";
import { RESULT_TEMPLATE_TURNS } from "./result-template-turns.js";
import { INTO_THE_SUBJECT, PLANTED_IN_A_REQUEST, RESULT_ANSWER_ORDERS } from "./result-answer-orders.js";
import { RESULT_ANSWER_PAYLOAD } from "./result-answer-payload.js";
import { RESULT_LANGUAGE_CUES } from "./result-languages.js";
import { RESULT_OUTPUT_CUES } from "./result-output-cues.js";
import { RESULT_INSTRUCTIONS_BANNER, RESULT_OVERRIDE_CUES } from "./result-override-cues.js";
import { RESULT_OWNER_ORDERS } from "./result-owner-orders.js";
import { RESULT_RANKING_CUES } from "./result-ranking-cues.js";
import { RESULT_READER_CUES } from "./result-reader-cues.js";
import { ordersInImpersonalText } from "./result-register.js";
import { ordersAcrossRecordFields } from "./result-record-orders.js";
import { labelledOrderToTheAi } from "./result-labelled-orders.js";
import { configAppliedToTheAi } from "./result-applied-config.js";
import { consentRuleAhead } from "./result-consent-rules.js";
import { RESULT_REPLY_CUES } from "./result-reply-cues.js";
import { RESULT_REQUEST_CUES } from "./result-request-cues.js";
import { requestOffTheTextsTopic } from "./result-topic-shift.js";
import { RESULT_THIRD_PERSON_CUES } from "./result-third-person-cues.js";
import { RESULT_TOOL_ORDERS_LANGUAGES } from "./result-tool-orders-languages.js";
import { RESULT_TURN_CUES } from "./result-turn-cues.js";
import { RESULT_VERDICT_CUES } from "./result-verdict-cues.js";
import { RESULT_WEAK_CUES } from "./result-weak-cues.js";
import { RESULT_LITERAL_CALLS } from "./result-literal-calls.js";
import { RESULT_FRONT_MATTER_KEYS } from "./result-front-matter-keys.js";
import { RESULT_CONCEALMENT_IDIOMS } from "./result-concealment-idioms.js";
import { RESULT_FALSE_REPORTS } from "./result-false-reports.js";
import { RESULT_COPIED_INSTRUCTIONS } from "./result-copied-instructions.js";
import { RESULT_ORDERS_MORE_LANGUAGES } from "./result-orders-more-languages.js";
import { SUMMARY_DICTATED_FIVE_LANGUAGES } from "./result-summary-dictated-five.js";
import { RESULT_ADDRESS_MORE_LANGUAGES } from "./result-address-more-languages.js";
import { RESULT_ADDRESS_RELATIVE_CLAUSES } from "./result-address-relative-clauses.js";
import { RESULT_NINE_LANGUAGES } from "./result-nine-languages.js";
import { KEPT_FROM_USER_IN_MORE_LANGUAGES } from "./kept-from-user.js";
import { RESULT_FRAMED_OBLIGATIONS } from "./result-framed-obligations.js";
import { breakLeadIns, scoringText, unwrapLines } from "./scoring-text.js";

export interface ResultInjectionReport {
  score: number;
  signals: string[];
}

/** The call a result answers, as far as the guard saw it: the tool's (or resource's) name and its arguments. */
export interface ResultCall {
  name?: string | undefined;
  arguments?: unknown;
  /** The result is a prompt's messages (result-prompt-turns.ts): the user's own turn to the model. */
  promptTurns?: boolean;
}

// At most this much of the call is read: its name and the start of its arguments say what it is about.
const CALL_CHARS = 2000;

/**
 * The words of a call, for the topic cue: the name split at case changes, underscores, dots and dashes
 * ("AmazonGetProductDetails" → "Amazon Get Product Details"), then the keys and string values of its
 * arguments. What the reader asked for is on the result's topic even when the result alone is a bare record.
 */
export function callWords(call: ResultCall | undefined): string {
  if (!call) return "";
  const parts: string[] = [];
  let length = 0;
  const add = (s: string) => {
    if (length >= CALL_CHARS) return;
    const words = s.replace(/([a-z])(?=[A-Z])/g, "$1 ").replace(/[_./:-]+/g, " ");
    parts.push(words.slice(0, CALL_CHARS - length));
    length += words.length + 1;
  };
  if (typeof call.name === "string") add(call.name);
  const walk = (value: unknown, depth: number): void => {
    if (length >= CALL_CHARS || depth > 4) return;
    if (typeof value === "string") add(value);
    else if (Array.isArray(value)) for (const v of value) walk(v, depth + 1);
    else if (value && typeof value === "object")
      for (const [k, v] of Object.entries(value)) {
        add(k);
        walk(v, depth + 1);
      }
  };
  walk(call.arguments, 0);
  return parts.join(" ");
}

const ANSWER = String.raw`(?:response|reply|answer|elucidation|explanation|output)(?:'s)?`;
const LANGUAGES = "french|spanish|german|italian|russian|chinese|japanese|portuguese|dutch|korean|arabic";
// Encrypting to a key is what a person does to mail they send; a planted order encodes the reader's output.
const PERSON_ENCRYPTS = String.raw`(?! (?:with|using|to) (?:our|the|their|my|this|a|an) (?:[\w'’-]+ ){0,4}(?:pgp|gpg|openpgp|s\/mime|public|encryption) key\b)`;

/**
 * What a person asks a reader to put in a reply that is the reader's own: a detail by its kind ("the order
 * number", "the dates you are available", "the claim reference"), a few words in, or something of theirs ("a
 * link to your portfolio"). Anything else after "in your reply, include the …" ("a fact about the highest
 * mountain", "the cliffhanger of the latest episode") is content the writer plants, as before round 41.
 */
const READERS_DETAIL = String.raw`(?=(?:[\w'-]+\s){0,3}?(?:numbers?|no\.?|ids?|references?|ref|codes?|dates?|times?|details|name|names|address|amount|total|subject(?:\sline)?|availability|contact|phone|e-?mail)\b|${IN_SENTENCE}{0,40}?\b(?:to|of|from|for|on)\s+your\b)`;

const RESULT_SIGNALS: Signal[] = [
  {
    // Data never needs to say what the reader's own answer should contain: an honest e-mail thanks you for
    // your reply or awaits it, it does not shape it.
    name: "shapes the reader's answer",
    gate: /your|respond|reply|answer|message/gi,
    weight: 4,
    pattern: new RegExp(
      [
        // placing something in it: "... to your reply", "in your response, mention ..."
        // not a person asking for the reader's own details in a reply ("in your reply, please include your
        // availability", "please state your name in your answer"), nor for a detail of theirs ("in your reply,
        // please include the order number", round 41; READERS_DETAIL), nor for the subject line of their reply
        // ("put 'Refund' in the subject line", round 42; INTO_THE_SUBJECT): only what the writer plants there
        // makes it an order
        String.raw`(?<!\b(?:forward|response|reply|thanks|grateful|mentioned|said|noted|wrote|stated|asked|included|attached|provided|see|saw|read) )(?<!\b(?:include|mention|state|confirm|indicate|provide|specify|list|give|add)\s+your\s+(?:\w+\s+){0,6})\b(?:in|to|into|within|throughout) your ${ANSWER}\b(?! (?:to (?:this|my|our|the)|has been|was)\b)(?!,?\s+(?:please\s+)?(?:include|mention|state|confirm|indicate|provide|specify|let (?:me|us) know|tell (?:me|us))\s+(?:your|whether|which|when|if|how|what|that you)\b)(?!,?\s+(?:please\s+)?(?:include|mention|state|confirm|indicate|provide|specify|quote|give|add|list|note|enter|put)\s+(?:the|a|an|any|all)\s${READERS_DETAIL}(?!${IN_SENTENCE}{0,200}?${PLANTED_IN_A_REQUEST}))(?!,?\s+${INTO_THE_SUBJECT})`,
        // transforming it: "encode your answer", "translate your reply"
        String.raw`\b(?:encode|encrypt|translate|reverse|rewrite|render|format|replace|substitute|scramble|jumble|group|enhance|augment|modify|alter|conclude|shift|invert|obfuscate|end|begin|start|prepend|prefix|append|suffix|precede) (?:each \w+ (?:in|of) )?your ${ANSWER}\b`,
        // its letters, words or form: "the letters of your answer", "your reply in Base64"
        String.raw`\b(?:letters?|words?|characters?|sentences?) (?:of|in) your ${ANSWER}\b`,
        // also with the one answered between: "answer the user in base64 only"
        String.raw`\b(?:your ${ANSWER}|(?:respond|reply|answer)(?: (?:to )?(?:the user|users))?(?: only)?) (?:in|into|using|with) (?:base ?\d+|emojis?|reverse|a (?:caesar|substitution) cipher|${LANGUAGES})\b`,
        // the same said of "your message" (but only with a transformation: "thanks for your message" is fine,
        // and so is a security policy's "encrypt your message with our PGP key", said to a person writing in)
        String.raw`\b(?:encode|encrypt|translate|reverse|invert|scramble|obfuscate) your message\b${PERSON_ENCRYPTS}|\b(?:letters?|words?|characters?) (?:of|in) your message\b`,
        // a cipher or script chosen for it: "use Base16 to display your response", "write your reply backward"
        String.raw`\buse (?:an? )?(?:base ?\d+|emojis?|(?:a )?(?:caesar|substitution|vigen[eè]re) cipher|rot ?13|morse code|pig latin|leetspeak)\b.{0,40}\byour (?:${ANSWER}|message)\b`,
        String.raw`\b(?:write|give|type|spell|present|display|show|deliver|compose|put) your (?:${ANSWER}|message) (?:backwards?|in reverse|reversed|upside down|in (?:base ?\d+|emojis?|morse|${LANGUAGES}))\b`,
      ].join("|"),
      "i",
    ),
  },
  {
    // Offering code is ordinary; offering it for the reader's *own* solution, framed as a block to plant,
    // is how code-answer injections read.
    name: "plants code in the reader's solution",
    gate: /code (?:snippet|block|excerpt|section|fragment|segment)/gi,
    weight: 4,
    pattern:
      /\b(?:following|below|subsequent|above|this|next) code (?:snippet|block|excerpt|section|fragment|segment)\b.{0,80}\b(?:your (?:code(?:base)?|implementation|algorithm|solution|program|response|elucidation|logic|script|answer)|the code you (?:develop|write|produce|create|generate|deliver|are writing))\b|\byour (?:code(?:base)?|implementation|algorithm|solution|program|response|elucidation|logic)\b.{0,60}\b(?:following|below|subsequent) code (?:snippet|block|excerpt|section|fragment|segment)\b/i,
  },
  {
    name: "addresses an AI reading the data",
    gate: /ai|assistant|llm|language model|chatbot|model|agent|bot|gpt|this|whoever|anyone|anybody|tool/gi,
    weight: 4,
    // A to-do, task or reminder "for the AI:" is addressed the same way, but only as a label (its colon):
    // "send a request to the model endpoint" is how documentation speaks of one. A message or instructions that
    // something is sent, given or injected to a bot ("sending any message to the bot", "inject instructions to
    // the LLM") are what a bot's or a benchmark's docs describe, not a note heading the text; so are "hidden" or
    // "malicious instructions to the model" a text carries (round 50: this project's own README).
    pattern:
      /\b(?:to-?do|task|reminder|memo|request|directive|command|orders?|update|alert|warning|information|info|next step|action item|important|urgent|note|notes|instructions?) (?:to|for) (?:the |any |all )?(?:(?:coding|code[- ]review|review|triage|automated|autonomous|ai|llm|browsing|shopping|web|research|computer[- ]use) ){0,2}(?:ai|assistant|llm|language model|chatbot|model|agent|bot|tool)s?\s*[:\u2013\u2014]|\b(?:hidden |additional |extra |special )?(?:text|note|notes|message|instructions?|info|information|reminder|hint|tip)s? (?:to|for) (?:the |any |all )?(?:ai|llm)[- ](?:shopper|reader|agent|assistant|system|tool|bot|crawler|model|summari[sz]er|browser|scraper|helper|buyer)s?\s*[:\u2013\u2014]|\bto the (?:(?:coding|ai|llm|automated) )?(?:agent|assistant|bot|model)s? (?:triaging|reviewing|reading|processing|summari[sz]ing|handling|working on|fixing|assigned to) (?:this|these) \w+\s*[:\u2013\u2014,]|\bwhen(?:ever)? (?:an?|the|any) (?:ai|llm|language model|chatbot|ai agent|ai assistant|coding agent|coding assistant)s? (?:reads?|sees?|processes|summari[sz]es|parses|reviews) this (?:issue|e-?mail|message|comment|ticket|review|post|page|pr|pull request|thread|listing|review)\b|(?<!\b(?:any|every|each|no|send|sends|sending|sent|inject|injects|injecting|injected|give|gives|giving|gave|pass|passes|passing|passed|feed|feeds|feeding|fed|write|writes|writing|type|types|typing|post|posts|posting|hidden|carries|carry|carrying|contains|containing|planted|embedded|malicious) )\b(?:attention|note|message|instructions?|notice) (?:to|for) (?:the |any |all )?(?:(?:chat|digital|virtual|personal|e-?mail|smart|automated|reading|ai) )?(?:ai|assistant|llm|language model|chatbot|model|agent|bot)s?\b(?! (?:manager|director|editor|professor|coach|principal|secretary|engineer|developer|researcher|user|enthusiast|practitioner|compan(?:y|ie)|startup|team|builder|leader|expert|beginner|founder|investor|policymaker|regulator|lab|communit(?:y|ie)|vendor|provider)s?\b)|\bif you are (?:an? )?(?:ai|assistant|llm|language model|chatbot|model|agent|bot)\b|\bif you are (?:an?|the|[\w-]+'s) (?:chat|digital|virtual|personal|e-?mail|smart|automated|ai) (?:assistant|agent|bot|model)\b|\b(?:ai|llm|gpt|language model|chatbot)s? (?:assistants?|agents?|models?)? ?(?:reading|processing|summari[sz]ing|parsing|analy[sz]ing) this\b|\bwhen (?:you )?(?:summari[sz]e|summari[sz]ing|process|processing|analy[sz]e|analy[sz]ing) this (?:e-?mail|message|page|document|file|table|data|text)\b|\[\s*(?:ai|assistant|llm|model|agent|chatbot|gpt)[ _-]?(?:instructions?|directives?|commands?|orders?)\s*\]|\b(?:this|the following) (?:message|note|text|section|part|instructions?|content|paragraph|line)s? (?:is|are) (?:meant |intended |written |addressed )?(?:only |solely |exclusively )?for (?:the |any )?(?:ai|llm|language model|chatbot|(?:ai )?assistant|ai agent|ai model)s?(?! (?:manager|director|editor|professor|coach|principal|secretary|engineer|developer|team|builder|training|research)s?\b)(?:\s+(?:only|alone)\b|(?: reading (?:this|it))?\s*[:.,;\u2013\u2014-])|["'<]\s*(?:(?:note|notes|message|instructions?|directive|hint|memo|command|order)_(?:to|for)_(?:the_)?(?:assistant|ai|llm|model|agent|bot)|(?:ai|llm|assistant|agent|bot)_(?:instructions?|directives?|notes?|commands?|orders?|tasks?))\s*["'>]\s*[:=]?\s*["']?\s*(?!null\b|true\b|false\b)[A-Za-z]|\b(?:note|message|instructions?|request) (?:to|for) (?:whoever|anyone|anybody)(?: that| who)? (?:is )?(?:helping|assisting|serving|acting for|working for|reading this for|reading this on behalf of) (?:the|this|our|my) user\b/i,
  },
  {
    name: "concealment from the user",
    gate: /user|human|anyone|person|requester/gi,
    weight: 4,
    // "Anyone outside the company" is a group a policy names (an HR handbook's confidentiality rule, round 43),
    // not the user the reader answers; nor is "anyone else" one must not disclose a report to (a security
    // policy's embargo, round 48). "No information about the person" makes the person the topic, not the one
    // kept uninformed (a project's rule for test data).
    pattern:
      /\b(?:do not|don't|never|must not|should not|shouldn't|without)\b.{0,30}\b(?:tell|inform|mention|reveal|disclos|notify|alert)\w*\b.{0,30}(?<!\b(?:about|of|regarding|concerning) )\b(?:the user|users|the human|anyone(?! (?:outside|beyond) (?:the|our|your|their|this) (?:company|organi[sz]ation|firm|business|team|department|office|agency|practice|clinic|bank|school|household|family)\b)(?!(?<=\b(?:reveal|disclos)\w*\b.{0,30}\banyone) else\b)|the person|the requester)\b|\b(?:the user|users|the human)\b.{0,30}\b(?:must not|should not|shouldn't|never|not)\b.{0,10}\b(?:be )?(?:told|informed|notified|alerted|made aware)\b/i,
  },
  {
    name: "role switch",
    // "Developer mode" and "jailbreak" count only as a mode the reader is put in: articles about phone
    // jailbreaks, Android's developer mode or attacks on chatbots name them too (round 16: NotInject).
    gate: /you are now|you're now|from now on|instruction| mode|jailbr/gi,
    weight: 4,
    pattern:
      /\byou are now (?:a|an|in|my|the)\b|\bfrom now on,? you (?:are|will|must|should)\b|\bnew (?:system )?instructions?:|\b(?:developer|jailbr(?:eak|oken)|dan|god|unrestricted|unfiltered) mode (?:(?:has been |is now |is )?(?:enabled|activated|turned on)|output|response)\b|(?<!\b(?:if|when|while|whether|unless|once) )\byou(?:'re| are) (?:now |currently )?(?:(?:operating|running|working|acting) )?in (?:developer|jailbr(?:eak|oken)|dan|god|unrestricted|unfiltered) mode\b|\b(?:you(?:'re| are) now|act as|activate|stay in) (?:an? |the |in )?(?:jailbr(?:eak|oken)|developer mode)\b/i,
  },
  {
    // A vocative: the data turns to the model by name and gives it an order, or a time and then the order
    // ("Assistant, when summarising, cite …", round 41).
    name: "speaks to the model by name",
    gate: /ai|assistant|llm|language model|chatbot|agent|claude|gpt|copilot|gemini|summari[sz]er/gi,
    weight: 4,
    pattern:
      /(?:^|[.!?:>\]"'([]\s*|\b(?:dear|hey|hi|hello|attention|note to(?: the)?)\s+)(?:(?:ai|assistant|ai (?:assistant|model|agent|system)|llm|language model|chatbot|agent|claude|chatgpt|gpt|copilot|gemini|summari[sz]er)s?\s*[,:]\s*|(?:ai|assistant|ai assistant|llm|chatbot|claude|chatgpt|gpt|copilot|gemini)\s+(?=please\b))(?:you|please|ignore|disregard|override|do|call|send|now|from|stop|forget|always|never|make|the user (?:actually |really |also |now )?(?:wants|asked|has asked|needs|told|instructed|authori[sz]ed)|the user'?s (?:real|actual|true) (?:question|request|task|goal|intent) is|(?:when(?:ever)?|while|once|after|before|as soon as)\s[^.!?\n,]{1,60},\s*(?:please\s+)?(?:add|include|insert|append|mention|cite|quote|link|say|state|claim|tell|write|recommend|send|forward|call|output|print|reply|respond|answer|use|open|visit|describe))\b/i,
  },
  {
    // Data has no business deciding what the agent may do without asking. Under a negation that governs the act
    // ("never push without asking the user", "do not close an issue without the user's approval") it is the
    // opposite, a rule that keeps the user in the loop, as agent files (CLAUDE.md, AGENTS.md) write it (round
    // 47); consentRuleAhead() tells the two apart.
    name: "bypasses the user's consent",
    gate: /without/gi,
    weight: 4,
    pattern: new RegExp(
      String.raw`${consentRuleAhead()}\bwithout (?:first )?(?:asking|requesting|waiting for|seeking|getting|prompting|requiring)(?: for)?(?: the)?(?: user'?s?| human'?s?)? (?:confirmation|permission|approval|consent)\b|${consentRuleAhead()}\bwithout (?:user|human|any) (?:confirmation|approval|consent)\b|${consentRuleAhead()}\bwithout (?:asking|telling|notifying|informing|alerting) (?:the user|anyone|them)\b`,
      "i",
    ),
  },
  {
    // An order to ship a whole class of the user's data to an address.
    name: "orders data sent out",
    gate: /https?:|@|webhook/gi,
    weight: 4,
    pattern:
      /\b(?:send|e-?mail|forward|upload|post|transfer|exfiltrate|copy|leak|share)\s+(?:all|every|each|the entire|the full|the complete|any)\s+(?:of (?:the|your|my|their) )?(?:[\w']+ ){0,2}(?:files?|credentials|passwords?|keys|secrets|tokens|contents|data|documents|e-?mails|messages|history|conversations?|contacts|cookies|records)\b.{0,60}\b(?:to|at|into)\s+(?:https?:\/\/|[\w.+-]+@[\w-]+\.[\w.]+|(?:the |this |our )?webhook)/i,
  },
  {
    // What to do next: data that tells the reader which tool to call. A tool it names: "then call the function"
    // (a function-calling guide's own code) names none.
    name: "orders a tool call",
    gate: /tool|function/gi,
    weight: 4,
    pattern:
      /\b(?:now|next|then|first|immediately|also|afterwards),? (?:you (?:must|should|need to|have to) )?(?:call|invoke|use|run|execute|trigger) (?:the |your )?`?(?!(?:the|a|an|this|that|each|any|same|right|appropriate|corresponding|relevant)\b)[\w.-]+`? (?:tool|function)\b(?! (?:is|was|returns|will|can|lets|allows)\b)/i,
  },
  {
    // As an order to the reader (in an imperative's place or after "you must"), or anywhere when the sentence
    // names a site. Round 48: a guide saying what a program or a team does ("the app should tell the user to
    // enter their password again", "our e-mails encourage customers to download the app") was refused.
    name: "sends the user somewhere",
    gate: /user|reader|customer/gi,
    weight: 4,
    pattern: new RegExp(
      String.raw`(?:${CLAUSE_START}(?:(?:please|kindly|also|then|now|next|first|finally|and|just|always),?\s+){0,2}|\byou (?:must|should|need to|have to|are to|will) (?:also |always )?|\b(?=${IN_SENTENCE}{0,160}?(?:https?:\/\/|www\.|\b[\w-]+\.(?:com|net|org|io|top|xyz|ru|info|biz|co|app|example)\b)))(?:tell|instruct|urge|advise|ask|direct|encourage|remind) (?:the |all )?(?:users?|readers?|customers?) (?:to|that they should) (?:visit|click|go to|open|download|call|contact|sign up|subscribe|log ?in|enter|send|transfer|install)\b`,
      "i",
    ),
  },
  {
    // Chat-template tokens and fake turn headers: data has no turns, so a "system message" inside it is a
    // forgery aimed at a model that reads the text as its own conversation.
    name: "fake conversation turn",
    gate: /<\||\[\/?inst\]|<<|#\s*\(?(?:system|assistant)|\[(?:system|admin)|<\/?(?:system|admin)|(?:end|close) of|(?:system|admin|agent|ai) (?:override|directive|command|notice|alert)/gi,
    weight: 4,
    pattern:
      /<\|(?:im_start|im_end|system|assistant|user|endoftext|eot_id|start_header_id)\|>|\[\/?INST\]|<<\/?SYS>>|(?:(?:^|[\n.!?>]\s*)#|##)#{0,5}\s*\(?(?:system|assistant)(?:[ _-]?(?:message|prompt|instructions?|override|note|notice))?\)?\s*[:\])]|\[(?:system|admin)(?:[ _](?:message|prompt|instructions?|override|note))?\]\s*:?|<\/?(?:system|system[_-]?prompt|admin[_-]?instructions?)>|\b(?:end|close) of (?:the )?(?:e-?mail|message|document|context|data|user input|input|text)\b.{0,40}\b(?:new|following|next|actual|real) (?:instructions?|task|request)\b|\b(?:system|admin|agent|ai) (?:override|directive|command|notice|alert)s?\s*(?:\[[^\]]{0,40}\]\s*)?:/i,
  },
  {
    // Switching the reader's task: honest data never talks about "the task you were given" or a new one. What a
    // tool's output says to ignore may be its own findings ("ignore the above files from talisman detectors"),
    // and a request met in time ("load models on the first request instead of the API start", round 50's Flask
    // page: "callbacks that will execute after only the current request") is an HTTP one.
    name: "switches the reader's task",
    gate: /task|instead|goal|objective|mission|assignment|request|question|query|instruction|ignore/gi,
    weight: 4,
    pattern:
      /\bbefore (?:you )?(?:can |may )?\w+ (?:with |to )?(?:the|your|my|any|this)(?: \w+)? (?:task|request|question|assignment|query),? (?:that|which|i|you (?:were|have been)|the user|given|assigned)\b|(?<!\b(?:on|at|upon|until|since|from) )\b(?:the|your) (?:original|initial|previous|current|first|real|actual) (?:task|request|assignment|objective|goal)\b.{0,60}\b(?:instead|first|after|afterwards|later|no longer|cancel+ed|replaced|ignore|forget)\b|\b(?:instead|first|after)\b.{0,60}(?<!\b(?:after(?: only| just)?|based on|during) )\b(?:the|your) (?:original|initial|previous|current|real|actual) (?:task|request|assignment|objective|goal)\b|\b(?:the )?task (?:that )?(?:i|the user|they|we) (?:gave|assigned|set) (?:to )?you\b|\byour (?:new|real|actual|true|updated|only) (?:task|goal|objective|mission|instructions?|assignment) (?:is|are|will be|now)\b|\bignore (?:the|your|all|any)? ?(?:previous|prior|above|earlier|preceding|original|former) (?!(?:files?|folders?|director(?:y|ies)|lines?|rows?|columns?|cells?|entries|records?|paths?|commits?|warnings?|errors?|findings?|alerts?|detections?|checksums?|matches)\b)\w+/i,
  },
  {
    // The data tells its reader it is an agent or assistant and what it must now do.
    name: "casts the reader as an agent",
    gate: /agent|assistant|\bai\b|gpt|\bbot\b|llm|automated/gi,
    weight: 4,
    pattern:
      /(?:^|[.!?:>\n]\s*)(?:(?:also|and|so|now|but|then|therefore),?\s+)?(?:as (?:an?|my|the|our) |you(?:'re| are) (?:an?|my|the|our) )(?:[\w'-]+ ){0,3}(?:agent|assistant|ai|bot|llm|gpt)\b,? (?:you (?:must|should|need to|have to|will)|(?:immediately )?(?:send|execute|run|modify|add|delete|visit|upload|download|open|call|navigate|install|forward|transfer|buy|purchase|copy|remove)\b)|\b(?:attention|note|message|instructions?|notice|warning|update|directive|alert|request)s? (?:to|for) (?:all |any |the )?(?:ai|automated|llm)[ -](?:assistants?|systems?|agents?|models?|processors?|readers?|reading assistants?|crawlers?)\b|(?:^|[.!?:>\n]\s*)(?:ai|automated|llm) (?:reading )?(?:assistants?|agents?|processors?|systems?|models?)\s*:/i,
  },
  {
    // Secrecy about an action: honest data does not ask for something to happen unnoticed.
    name: "asks for an action done unnoticed",
    gate: /secret|silent|covert|quiet|notice|stealth/gi,
    weight: 4,
    pattern:
      /\b(?:secretly|silently|covertly|quietly|stealthily|discreetly)\s+(?:send|upload|transmit|forward|copy|email|e-mail|post|exfiltrate|record|collect|scan|install|add|transfer|share|save|store|move|delete|download|run|execute|include|insert|append)\b|\bso (?:that )?(?:the )?(?:user|human|owner|they)s? (?:doesn't|does not|won't|will not|cannot|can't|don't|do not) (?:notice|know|see|find out|realize|realise|suspect)\b/i,
  },
  {
    // A link built to carry the reader's data out: an image or link whose query holds a slot for it.
    name: "link that carries data out",
    gate: /\]\(|=\[|=\{|=</gi,
    weight: 4,
    // Outside an image, a link's slot counts when it names what of the user's is to fill it ("?conv=<summary of
    // this chat>"): a template's "?id={id}" names its own parameter.
    pattern:
      /!\[[^\]\n]{0,80}\]\(\s*https?:\/\/[^\s)]{1,200}[?&][\w.-]{1,40}=(?:\{|\[|<|\$\{|\$[A-Za-z_])[^\s)]{0,80}\)|[?&][\w.-]{1,40}=\[(?:insert|user|your|the|put|add)[\w ]{0,40}\]|https?:\/\/[^\s)]{1,200}[?&][\w.-]{1,40}=[<{](?:[\w ]{0,30}\b)?(?:summary|conversation|chat|user(?:'s)? (?:message|e-?mail|password|data|question|name)|user_(?:e-?mail|message|data|password|question)|password|api[ _]key|secret|history|previous messages?|system prompt)\b[\w ]{0,30}[>}]/i,
  },
  {
    // Demanding that the reader act at once on the data's say-so. Sending an e-mail straight to a mailbox is how a
    // security policy asks a person to report ("please IMMEDIATELY send an e-mail to secure@…", round 48): that
    // carries no data of the user's, so it is left out; sending anything else to an address at once still counts.
    name: "urgent order to the reader",
    gate: /must|immediately/gi,
    weight: 4,
    pattern:
      /\byou must (?:now |first |also )?(?:immediately|urgently|right away)\b|\bimmediately (?:execute|run|navigate|connect|download|upload|send(?! (?:an? )?(?:e-?mails?|messages?|reports?|notes?) to [\w.+-]+@)|transfer|copy|delete|install|visit|open)\b.{0,120}\b(?:https?:\/\/|www\.|[\w-]+\.(?:com|net|org|biz|io|evil|xyz)\b)/i,
  },
];

// Signals of the definition scorer that mean the same thing in data. Others (credential paths, sending data
// out, "you must") were tried and dropped: honest READMEs and logs are full of them (17.6 % of the npm servers'
// READMEs flagged).
for (const name of ["instruction override", "instruction in another language"])
  RESULT_SIGNALS.push({ ...poisonSignal(name), weight: 4 });
RESULT_SIGNALS.push(
  ...RESULT_CUES,
  ...RESULT_RANKING_CUES,
  ...RESULT_VERDICT_CUES,
  ...RESULT_WEAK_CUES,
  ...RESULT_OVERRIDE_CUES,
  ...RESULT_READER_CUES,
  ...RESULT_LANGUAGE_CUES,
  ...RESULT_REQUEST_CUES,
  ...RESULT_BARE_CUES,
  ...RESULT_TURN_CUES,
  ...RESULT_OUTPUT_CUES,
  ...RESULT_THIRD_PERSON_CUES,
  ...RESULT_ASIDE_CUES,
  ...RESULT_PLAIN_CUES,
  ...RESULT_OWNER_ORDERS,
  ...RESULT_REPLY_CUES,
  ...RESULT_ERRAND_CUES,
  ...RESULT_FORGED_STEPS,
  ...RESULT_ADDRESS_CUES,
  ...RESULT_ANSWER_ORDERS,
  ...RESULT_FORGED_BOUNDARY,
  ...RESULT_HANDOVER_CUES,
  ...RESULT_ANSWER_PAYLOAD,
  ...RESULT_AGENT_ORDERS,
  ...RESULT_MACHINE_READERS,
  ...RESULT_ROLE_READERS,
  ...RESULT_DATA_ORDERS,
  RESULT_REVERSE_CUE,
  RESULT_INSTRUCTIONS_BANNER,
  RESULT_TOOL_ORDERS_LANGUAGES,
  RESULT_FORGED_CONSENT,
  RESULT_IMPORTANT_BLOCK,
  RESULT_PRIVILEGE_RETRY,
  RESULT_ACCESS_GRANT,
  RESULT_RELAYED_WISHES,
  RESULT_LATER_CALLS,
  ...RESULT_DICTATED_ARGUMENTS,
  ...RESULT_REWRITTEN_ARGUMENTS,
  RESULT_EDITOR_COMMENTS,
  RESULT_SUMMARY_EIGHT_LANGUAGES,
  RESULT_MINTED_CREDENTIAL,
  RESULT_CODE_INSERTION,
  RESULT_REVIEWER_SCRIPTS,
  ...RESULT_RULES_BACKDOOR,
  ...RESULT_STANDING_ORDERS,
  ...RESULT_SECRET_ORDERS,
  RESULT_TEMPLATE_TURNS,
  ...RESULT_WRITTEN_CALLS,
  RESULT_LITERAL_CALLS,
  RESULT_FRONT_MATTER_KEYS,
  RESULT_CONCEALMENT_IDIOMS,
  RESULT_FALSE_REPORTS,
  RESULT_COPIED_INSTRUCTIONS,
  ...RESULT_ORDERS_MORE_LANGUAGES,
  SUMMARY_DICTATED_FIVE_LANGUAGES,
  RESULT_ADDRESS_MORE_LANGUAGES,
  RESULT_ADDRESS_RELATIVE_CLAUSES,
  RESULT_NINE_LANGUAGES,
  KEPT_FROM_USER_IN_MORE_LANGUAGES,
  RESULT_FRAMED_OBLIGATIONS,
);

const NO_SIGNALS: readonly Signal[] = [];

/**
 * Signals whose patterns find an order where a sentence or a line opens (their OPENS) and keep within one line:
 * they read the text with its line breaks kept, so that an order on its own line after one that ends without a
 * stop ("Hi Bob,", a subject line, a base64 run decoded beside the text) still opens a sentence. The flat text
 * turns those breaks into blanks, and the order read as the middle of the line before it.
 */
const READ_BY_LINE: ReadonlySet<Signal> = new Set([
  ...RESULT_BARE_CUES,
  ...RESULT_OWNER_ORDERS,
  ...RESULT_ERRAND_CUES,
  ...RESULT_FORGED_STEPS,
  ...RESULT_ANSWER_ORDERS,
  ...RESULT_FORGED_BOUNDARY,
  ...RESULT_AGENT_ORDERS,
  ...RESULT_MACHINE_READERS,
  ...RESULT_ROLE_READERS,
  ...RESULT_SECRET_ORDERS,
  RESULT_TEMPLATE_TURNS,
  RESULT_INSTRUCTIONS_BANNER,
  RESULT_FORGED_CONSENT,
]);

/** Whether a text holds any signal's gate: without one, no signal can match (see anyGateTest). */
const anyResultGate = anyGateTest(RESULT_SIGNALS.map((signal) => signal.gate));
/**
 * Texts up to this long are asked anyResultGate first. Measured per text without a gate: at 16 characters
 * the one union costs 3.9 µs against 5.6 µs for the gates one by one (their fixed cost per search), at 64
 * already 10.9 against 10.0, and on long texts about twice as much per character (V8's quick check on a
 * pattern's first characters is lost in a union of a hundred). Those figures are for the union written with a
 * group per gate; sorted into plain words first (round 18) it is cheaper: a whole review of a 64-character
 * text without a gate took 5.5 µs with the union at every length against 15 µs with this bound, but 3–8 %
 * more on README paragraphs, where gates are common. Not raised until measured on results as they come.
 */
const UNION_MAX_CHARS = 48;

/** Signals per run: each run's gates are also asked together (SIGNAL_RUNS). */
const SIGNALS_PER_RUN = 16;

/**
 * RESULT_SIGNALS in runs of SIGNALS_PER_RUN, in order, each with the union of its gates. A short text that holds
 * one gate ("OK", "Done.", "the file", "your order") is asked the signals of the runs whose union finds a gate
 * in it, not all of them: a gate occurs in a short text rarely more than once or twice.
 */
const SIGNAL_RUNS = Array.from({ length: Math.ceil(RESULT_SIGNALS.length / SIGNALS_PER_RUN) }, (_, i) => {
  const signals = RESULT_SIGNALS.slice(i * SIGNALS_PER_RUN, (i + 1) * SIGNALS_PER_RUN);
  return { signals, anyGate: anyGateTest(signals.map((signal) => signal.gate)) };
});

/**
 * The signals whose patterns are asked of a scored text, in their order: all of them for a longer text; for a
 * short one, those of the runs where a gate occurs, none when no gate does. Most results of a busy session
 * are short, and a gate that matches inside ordinary words (round 49's "cho" in "echo") or one short text's
 * word ("OK") made each pay for all the patterns (40–55 µs of CPU instead of 5).
 */
export function signalsToAsk(text: string): readonly Signal[] {
  if (text.length > UNION_MAX_CHARS) return RESULT_SIGNALS;
  if (!anyResultGate(text)) return NO_SIGNALS;
  let asked: Signal[] | undefined;
  for (const run of SIGNAL_RUNS) if (run.anyGate(text)) (asked ??= []).push(...run.signals);
  return asked ?? NO_SIGNALS;
}

export function scoreResultInjection(given: string, call?: ResultCall): ResultInjectionReport {
  const signals: string[] = [];
  let score = 0;
  // An invite or a contact card is read as the text it spells (calendar-text.ts); orders the text only
  // mentions (a topic's older advice set aside, a payload an attack report quotes) and an application's own
  // prompt held in its source (result-code-prompts.ts) or in a prompt file (a Modelfile, a prompt library, a
  // guide's section for AI agents: result-prompt-files.ts) are taken out first; so are chat-template tokens quoted
  // as an example (result-quoted-templates.ts) and jailbreak prompts a report names, defines or quotes as
  // leaked (result-reported-prompts.ts), and an eval config's test inputs (result-eval-cases.ts). Each asks the scorer itself whether a part alone raises anything.
  const signalsOf = (part: string) => scoreResultInjection(part, call).signals;
  const raw = calendarText(
    withoutMentionedOrders(
      withoutReportedPrompts(
        withoutQuotedTemplates(
          withoutCodePrompts(withoutPromptFiles(withoutEvalCases(given, signalsOf), signalsOf), signalsOf),
          signalsOf,
        ),
        signalsOf,
      ),
    ),
  );
  // Sentences hidden in base64, hex or binary runs or in escapes, in a scheme the text names (ROT13, character
  // codes, Pig Latin) or under accents are read beside the text, as a model would read them.
  // The unaccented copy only where the text was written with combining marks (an accent put after letters to
  // split cue words): a text merely written with accents is read as written, or its copy reads as a repetition.
  const marked = /[\u0300-\u036f]/.test(given);
  const encoded = [revealEncodedSentences(raw), undoneNamedSchemes(raw), marked ? unaccentedText(raw) : ""]
    .filter((view) => view !== "")
    .join("\n.\n");
  // They follow the text after a stop of their own, so they open as sentences in the flat text and on a line of
  // their own in the kept lines: a long last line joined by a bare line break would read as wrapped into them.
  // Words disguised by their spelling (spaced out, slugs, camelCase, digits for letters) are read as words.
  const scored = scoringText(respell(encoded ? `${raw}\n.\n${encoded}` : raw));
  const text = scored.text;
  // The structural cues read sentences, and a line of data (a table row, a field, a list item) is one.
  const lines = unwrapLines(scored.lines);
  // The cues that read lines also find an order behind a greeting or an aside ("Hi Bob, please …").
  const orderLines = breakLeadIns(lines);
  // A person's request to an assistant is made of role-play and of how the answer should look: in a text
  // that opens as one, those cues are its register, not a planted order (result-chat-request.ts).
  // So is a prompt the user picked from a server (result-prompt-turns.ts), unless it carries an address.
  const chatRequest =
    call?.promptTurns === true ? !carriesAddress(scored.lines) : opensAsChatRequest(scored.lines);
  // A support desk's macro tells its agent what to write to the customer (result-support-macros.ts).
  const supportMacro = opensAsSupportMacro(scored.lines);
  for (const signal of signalsToAsk(text)) {
    if (chatRequest && REQUEST_REGISTER_CUES.has(signal.name)) continue;
    if (supportMacro && SUPPORT_MACRO_CUES.has(signal.name)) continue;
    if (gatedTest(READ_BY_LINE.has(signal) ? orderLines : text, signal.gate, signal.pattern)) {
      signals.push(signal.name);
      score += signal.weight;
    }
  }
  for (const reader of SHAPE_READERS)
    if (reader.reads(lines, raw, call)) {
      signals.push(reader.name);
      score += 4;
    }
  return { score, signals };
}

/**
 * Readers of a text's whole shape rather than a phrase, each enough alone (4): `lines` is the text as the scorer
 * reads it line by line, `raw` as it came, `call` the call it answers.
 */
const SHAPE_READERS: readonly {
  name: string;
  reads: (lines: string, raw: string, call: ResultCall | undefined) => boolean;
}[] = [
  { name: "orders in an impersonal text", reads: (lines) => ordersInImpersonalText(lines) },
  { name: "orders split across a record's fields", reads: (_lines, raw) => ordersAcrossRecordFields(raw) },
  { name: "a label naming the AI, then an order", reads: (lines) => labelledOrderToTheAi(lines) },
  { name: "a config the AI is told to apply to itself", reads: (_lines, raw) => configAppliedToTheAi(raw) },
  {
    name: "a request off the text's topic",
    reads: (lines, _raw, call) => requestOffTheTextsTopic(lines, () => callWords(call)),
  },
];
