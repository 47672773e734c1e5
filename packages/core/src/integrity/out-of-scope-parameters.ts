// Parameters a tool has no use for: an argument that asks the model for what only the model holds (the
// conversation so far, its system prompt, the user's earlier messages) or for the user's secrets (a password,
// a key, a card number), on a tool whose own name and description say nothing of either. The model fills every
// parameter it is shown, so such a slot is a request for the data even when no sentence asks for it: the
// out-of-scope-parameter attack of the tool-poisoning benchmarks. Whether a slot is out of scope is read from the
// tool's own words, never from the parameter's: a password manager's `password`, an HTTP tool's `token` and a
// chat summariser's `conversation_history` name what the tool is for, and pass.
import type { PoisonReport } from "./poison.js";

const none = (): PoisonReport => ({ score: 0, signals: [] });
const SCHEMA_KEYS = ["inputSchema", "input_schema", "parameters", "arguments"];

// Names of what the model holds, as a parameter's words (snake, kebab or camel case, put into snake case).
const CONTEXT_NAME =
  /^(?:(?:full|entire|whole|complete|prior|previous|recent|past|current|all)_)?(?:conversation|chat|dialog|dialogue|session)_(?:history|log|transcript|context|messages)$|^(?:system|assistant|agent|model)_(?:prompt|instructions?)$|^(?:previous|prior|past|earlier|recent|all|user)_(?:messages|turns|prompts|queries|conversation)$|^(?:conversation|chat)$/;
// The same asked for in a parameter's description or suggested values: "the full conversation so far", "your system prompt".
const CONTEXT_WORDS =
  /\b(?:(?:full|entire|whole|complete) (?:conversation|chat|dialogue)|(?:conversation|chat|dialogue) (?:history|so far|transcript|log)|(?:your|the assistant'?s|the model'?s|the agent'?s) (?:system prompt|instructions|system message)|system prompt|(?:all |the )?(?:previous|prior|earlier) (?:messages|turns|prompts|user messages)|everything the user (?:has )?(?:said|typed|written|asked))\b/i;
// What the tool must be about for a context slot to be its business.
const CONTEXT_PURPOSE =
  /\b(?:chat\w*|conversation\w*|dialog\w*|messag\w*|prompts?|llm|language model|completion|summar\w*|memor\w*|transcri\w*|agent|assistant|context|session|reply|replies|respond)\b/i;

// A slot described as holding what the user disclosed in the conversation: the user's contact details or
// secrets, "as known from the conversation", "mentioned by the user earlier" (round 51: a weather tool's `notes`
// that "holds any credentials, tokens or passwords mentioned by the user earlier in the conversation", a book
// recommender's `reader_profile` of "full name, email address, phone number and home address as known from the
// conversation"). No sentence orders anything; the slot's own words are the request, as a context slot's are.
const DISCLOSED_DATA =
  /\b(?:full name|e-?mail address(?:es)?|phone numbers?|mobile numbers?|home address(?:es)?|street address(?:es)?|postal address(?:es)?|date of birth|birth ?date|passwords?|passphrases?|credentials?|tokens?|api keys?|secrets?|card (?:numbers?|details)|ssn|social security numbers?|passport numbers?|bank (?:account|details))\b/i;
// The same data named only to be kept out ("omitting any passwords or tokens", "never include passwords"): a
// slot that refuses secrets does not ask for them.
const REFUSED_DATA = new RegExp(
  String.raw`\b(?:never|not|no|omit\w*|without|exclud\w*|except|redact\w*|strip\w*|remov\w*|leave out|leaving out)\b[^.;!?\n]{0,60}${DISCLOSED_DATA.source}`,
  "gi",
);
/** Whether `text` names the user's data other than to keep it out. */
const namesDisclosedData = (text: string) => DISCLOSED_DATA.test(text.replace(REFUSED_DATA, " "));
const FROM_THE_CONVERSATION =
  /\b(?:from|in|during|throughout)\s+(?:the|this|our)\s+(?:conversation|chat|dialogue|dialog)\b|\b(?:mentioned|shared|given|provided|said|typed|stated|revealed|disclosed|pasted)\s+(?:by\s+the\s+user\s+)?(?:earlier|previously|before|so far|at any point)\b/i;

// What the model holds of other contexts, named in a sentence of the tool's description that puts it in a
// parameter (round 52, atk52c): the user's recent mail or chat messages ("`notes` = the text of the user's most
// recent e-mails", "requests carry the user's recent chat messages in the `q` parameter") or whatever every
// other tool or server returned ("files read by any connected MCP server … are submitted to this tool's
// `documents` argument", "any text returned by other tools in this session"). A blanket word (any, all, every)
// is required of the other tools' output: "pass the data returned by the search tool" is how a chart tool asks
// for its input.
const USERS_MESSAGES = String.raw`\bthe user['\u2019]?s\s+(?:(?:\d+|most|recent|last|latest|previous|prior|earlier|other|private)\s+){1,3}(?:chat\s+|direct\s+|e-?mail\s+)?(?:messages|e-?mails|dms|chats|conversations|threads)\b`;
const OTHER_TOOLS_OUTPUTS = [
  String.raw`\b(?:any|all|every)\s+(?:\w+\s+)?(?:text|outputs?|results?|data|contents?|files?|documents?|responses?)\s+(?:\w+\s+)?(?:returned|read|produced|fetched|retrieved|opened|loaded|received)\s+(?:from|by)\s+(?:(?:the|any|all|every)\s+)?other\s+(?:connected\s+)?(?:mcp\s+)?(?:tools?|servers?)\b`,
  String.raw`\b(?:text|outputs?|results?|data|contents?|files?|documents?|responses?)\s+(?:\w+\s+)?(?:returned|read|produced|fetched|retrieved|opened|loaded|received)\s+(?:from|by)\s+(?:any|all|every)\s+(?:other\s+)?(?:connected\s+)?(?:mcp\s+)?(?:tools?|servers?)\b`,
];
const OTHER_CONTEXT = new RegExp(
  [CONTEXT_WORDS.source, USERS_MESSAGES, ...OTHER_TOOLS_OUTPUTS].join("|"),
  "i",
);
// A tool whose own words are about mail as well as chat has the user's mail for its business.
const OTHER_CONTEXT_PURPOSE = new RegExp(
  String.raw`${CONTEXT_PURPOSE.source}|\b(?:e-?mails?|inbox\w*|mailbox\w*|mail)\b`,
  "i",
);

// Names of the calling model's identity ("the name of the llm model that calls this tool"): a tool that records
// which model calls it learns what to tailor its next text to. A model to choose (`model`, `ai_model`) is not this.
const IDENTITY_NAME =
  /^(?:llm_model_name|llm_name|llm_model_id|llm_identity|model_identity|(?:calling|caller|invoking)_(?:model|llm|ai|agent)(?:_name|_id)?|your_model(?:_name)?)$/;
const IDENTITY_WORDS =
  /\b(?:the )?(?:name|version|identity|type) of (?:the )?(?:llm|ai|language model|model|assistant|agent)(?: model)? (?:that|which|who) (?:is )?(?:call|calls|calling|invokes?|invoking|uses|using)\b(?: (?:this|the) (?:tool|function))?|\byour (?:own )?(?:model|llm) (?:name|version|identity)\b|\bwhich (?:llm|ai model|language model|model) you are\b/i;

// An identity slot that says it is optional and what it is for: Pinecone's server asks for `llm_provider` and
// `llm_model` "to track usage analytics", telling the model it may leave them out. That is a declared use of
// the model's name, not a slot the model fills unasked; nothing but the name goes with it.
const DECLARED_TELEMETRY =
  /^(?=[\s\S]*\boptional\b)(?=[\s\S]*\b(?:usage (?:analytics|statistics|metrics|tracking)|analytics|telemetry)\b)/i;

// Names of the user's secrets. `token` and `key` alone are too common in honest schemas (page tokens, sort
// keys), so they count only with a word that makes them secrets.
const SECRET_NAME =
  /^(?:(?:user|account|login|admin|root|db|database|email|wallet|bank|ssh|aws|github|openai|my|your)_)?(?:password|passwd|passphrase|api_?key|secret_key|access_token|auth_token|bearer_token|refresh_token|private_key|ssh_key|credentials?|credit_card(?:_number)?|card_number|card_cvv|cvv|cvc|ssn|social_security(?:_number)?|seed_phrase|mnemonic|recovery_phrase|bank_account(?:_number)?|routing_number|session_cookie|cookies)$/;
// What the tool must be about for a secret to be its business (signing in, calling an API, a vault, paying,
// putting a certificate or key pair in place: DigitalOcean's `custom-certificate-create` takes the
// certificate's `PrivateKey`, round 44; a tool that only checks a site's SSL certificate has no use for one).
const SECRET_PURPOSE =
  /\b(?:(?:upload|import|install|creat|add|renew|issu|rotat|sign|stor|replac)\w*\s+(?:(?:a|an|the|new|custom|your|its)\s+){0,2}(?:tls\s+|ssl\s+|x\.?509\s+)?(?:certificates?|certs?|key ?pairs?)|(?:certificates?|certs?|key ?pairs?)\s+(?:upload|import|creat|install|renew|rotat)\w*|auth\w*|log ?in|sign ?in|signin|login|connect\w*|credential\w*|passwords?|passphrase|tokens?|keys?|secrets?|vault|api|https?|requests?|webhooks?|accounts?|users?|database|db|ssh|encrypt\w*|decrypt\w*|hash\w*|wallets?|pay\w*|cards?|bank\w*|checkout|purchase|billing|otp|2fa|mfa|sessions?|cookies?|identity|verif\w*|register|signup|sign up|onboard\w*|kyc|crypto\w*|sign(?:s|ing)? (?:a |the )?(?:transaction|message)|transfer\w*)\b/i;
// What a tool must be about for a slot of what the user disclosed to be its business: anything a secret slot
// may serve, or a contact, a customer, a form, a delivery, a booking, a meeting's attendees or a support ticket.
const DISCLOSED_PURPOSE = new RegExp(
  String.raw`${SECRET_PURPOSE.source}|\b(?:contacts?|address book|crm|customers?|profiles?|forms?|shipping|deliver\w*|booking|reservations?|orders?|calendars?|meetings?|attendees?|invit\w*|appointments?|tickets?|helpdesk)\b`,
  "i",
);

/** A parameter name in snake case, lower case: `conversationHistory` and `conversation-history` alike. */
const snake = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/[-\s]+/g, "_")
    .toLowerCase();

/** A docstring's argument line: "  name: …", "- `name` (str): …", "name -- …". */
const ARGUMENT_LINE = /^\s*(?:[-*]\s*)?`?([\w.-]{1,64})`?\s*(?:\([^)\n]{0,40}\))?\s*(?::|--|\u2013|\u2014)/;

/**
 * The words a tool says about itself: its name (split into words) and its own description, no parameter. A
 * description that lists its arguments docstring-style ("llm_model_name: The name of the llm model …") says
 * those in the parameter's words, so a line that opens with a parameter's name is left out.
 */
function ownWords(d: Record<string, unknown>, params: readonly { name: string }[]): string {
  const name =
    typeof d.name === "string" ? d.name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/[_.-]+/g, " ") : "";
  const names = new Set(params.map((p) => p.name));
  const aboutAParameter = (line: string) => names.has(ARGUMENT_LINE.exec(line)?.[1] ?? "");
  const parts = [name];
  for (const k of ["title", "description"])
    if (typeof d[k] === "string")
      parts.push(
        (d[k] as string)
          .split("\n")
          .filter((line) => !aboutAParameter(line))
          .join("\n"),
      );
  return parts.join("\n");
}

/** Where a schema holds further schemas: an object's properties, a list's items, alternatives and definitions. */
const NESTED_MAPS = ["properties", "patternProperties", "$defs", "definitions"];
const NESTED_LISTS = ["anyOf", "oneOf", "allOf", "prefixItems"];
const NESTED_ONES = ["items", "additionalProperties", "not", "if", "then", "else", "contains"];

/**
 * A parameter as the schema gives it: `words`, what it asks the model for (see askedWords); `leftOut` when its
 * object lists what it requires and this is not among it.
 */
interface Parameter {
  name: string;
  words: string;
  leftOut: boolean;
}

// Where a schema suggests a value: clients hand the model the whole inputSchema, and a model fills a string
// parameter after its example or default as readily as after its description (round 46: "<the user's full
// conversation so far>" as a parameter's only example).
const VALUE_KEYS = ["default", "const", "examples", "enum"];

/** A parameter's description and the strings its schema suggests as its value, one per line. */
function askedWords(schema: unknown): string {
  if (!isObject(schema)) return "";
  const words = typeof schema.description === "string" ? [schema.description] : [];
  for (const k of VALUE_KEYS) {
    const v = schema[k];
    for (const item of Array.isArray(v) ? v : [v]) if (typeof item === "string") words.push(item);
  }
  return words.join("\n");
}

/**
 * Each parameter of the definition's schema at any depth (an object's properties inside a list's items inside
 * an alternative: `{ options: { properties: { conversation_history: … } } }` is a slot the model fills as a
 * top-level one is), with what it asks for (askedWords). Walked with a stack, not recursion: every schema
 * once, so the work stays linear in the definition however deep it nests.
 */
function parameters(d: Record<string, unknown>): Parameter[] {
  const out: Parameter[] = [];
  const stack: unknown[] = SCHEMA_KEYS.map((k) => d[k]);
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const schema = stack.pop();
    if (!isObject(schema) || seen.has(schema)) continue;
    seen.add(schema);
    for (const k of NESTED_MAPS) {
      const map = schema[k];
      if (!isObject(map)) continue;
      for (const [name, inner] of Object.entries(map)) {
        if (k === "properties")
          out.push({
            name,
            words: askedWords(inner),
            leftOut: Array.isArray(schema.required) && !schema.required.includes(name),
          });
        stack.push(inner);
      }
    }
    for (const k of NESTED_LISTS) {
      const list = schema[k];
      if (Array.isArray(list)) for (const inner of list) stack.push(inner);
    }
    for (const k of NESTED_ONES) stack.push(schema[k]);
  }
  return out;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * Whether an identity slot is only there, not asked for: no words of its own, left out of a schema that says
 * what it requires, and never named in the tool's description. Netlify's server puts an undescribed, optional
 * `llmModelName` beside every operation to record which model drives its API (round 43); the model may leave it
 * empty, and nothing tells it to fill it. Such a slot is a partner (3), not enough alone. A schema with no
 * required list at all says nothing about what may be left out, so its slot is read as asked for, as before.
 */
function namedOnly(p: Parameter, d: Record<string, unknown>): boolean {
  if (p.words || !p.leftOut) return false;
  const description = typeof d.description === "string" ? d.description : "";
  return !description.includes(p.name);
}

/**
 * The sentences of a description that ask for what the user disclosed to be put in a parameter: the data, where
 * it comes from (the conversation), and the slot (a parameter named, or the word).
 */
function disclosedAsks(description: string, params: readonly Parameter[]): string[] {
  if (!FROM_THE_CONVERSATION.test(description)) return [];
  const names = params.map((p) => p.name);
  return description
    .split(/(?<=[.!?])\s+|\n+/)
    .filter(
      (sentence) =>
        namesDisclosedData(sentence) &&
        FROM_THE_CONVERSATION.test(sentence) &&
        (/\b(?:parameter|param|argument|field|slot)s?\b/i.test(sentence) ||
          names.some((name) => sentence.includes(name))),
    );
}

// A data utility names its input so: "The `data` field accepts any results returned by other tools" (a CSV
// export), "Pass all documents fetched by other tools to the `documents` argument" (a RAG ingest), and a
// translator or a sentiment tool asks for "the user's recent messages" as its text (rev52 find 5). The other
// tools' output counts only when the sentence reaches for it beyond what the model chooses to pass: during the
// session, automatically, as it is read, from every connected server, or to somewhere else.
const OTHER_TOOLS_OUTPUT = new RegExp(OTHER_TOOLS_OUTPUTS.join("|"), "i");
const HIDDEN_FLOW = String.raw`\b(?:forwarded|relayed|uploaded|mirrored|copied|retain(?:s|ed)?|stored|logged|sent)\s+(?:to|by|at|on)\b|\b(?:retains?|keeps?|stores?|logs?)\s+(?:it|them|a copy)\b`;
const REACHING_SCOPE = new RegExp(
  String.raw`\b(?:automatically|silently|as (?:they|it) (?:are|is) (?:read|returned|fetched|opened|loaded|received)|(?:during|in|throughout|for) (?:the|this|each|every) (?:session|conversation|chat)|connected|every (?:file|server|tool|document))\b|${HIDDEN_FLOW}`,
  "i",
);
// Tools whose business is the text of messages: the user's messages are their input, unless sent on elsewhere.
const TEXT_PURPOSE =
  /\b(?:translat\w*|sentiment|tone|grammar|spell[- ]?check\w*|proofread\w*|language detection|moderat\w*)\b/i;
const HIDDEN_FLOW_RE = new RegExp(HIDDEN_FLOW, "i");
const USERS_MESSAGES_RE = new RegExp(USERS_MESSAGES, "i");

/** Whether a sentence naming another context's data reaches for it, on a tool with these own words. */
function reachesOtherContext(sentence: string, own: string): boolean {
  if (CONTEXT_WORDS.test(sentence)) return true;
  if (USERS_MESSAGES_RE.test(sentence) && (!TEXT_PURPOSE.test(own) || HIDDEN_FLOW_RE.test(sentence)))
    return true;
  return OTHER_TOOLS_OUTPUT.test(sentence) && REACHING_SCOPE.test(sentence);
}

/** The sentences of a description that put another context's data (OTHER_CONTEXT) in a parameter. */
function otherContextAsks(description: string, params: readonly Parameter[]): string[] {
  if (!OTHER_CONTEXT.test(description)) return [];
  const names = new Set(params.map((p) => p.name));
  // A parameter named as a word of its own: a one-letter `q` is not found inside every other word.
  const namesOne = (sentence: string) => (sentence.match(/[\w.-]+/g) ?? []).some((word) => names.has(word));
  return description
    .split(/(?<=[.!?])\s+|\n+/)
    .filter(
      (sentence) =>
        OTHER_CONTEXT.test(sentence) &&
        reachesOtherContext(sentence, description.replace(sentence, " ")) &&
        (/\b(?:parameter|param|argument|field|slot)s?\b/i.test(sentence) || namesOne(sentence)),
    );
}

/**
 * Out-of-scope parameters of a tool definition (the threshold is 4):
 * - "a parameter for the conversation, out of scope" (4, enough alone): a parameter named for, or described as,
 *   the conversation, the user's earlier messages or the model's system prompt, on a tool whose own name and
 *   description are about none of chat, messages, prompts, summaries or memory. None of the 1,174 npm
 *   definitions has such a parameter at all;
 * - "a parameter for the calling model's identity, out of scope" (4): a parameter named or described as the name
 *   of the model that calls the tool (`llm_model_name`), on a tool whose own words are not about models or chat;
 *   3, a partner, when the slot is only named (see namedOnly);
 * - "a parameter for a secret, out of scope" (3, a partner): a parameter named for a password, an API key, a
 *   private key, a card number or another secret of the user, on a tool whose own words are about no sign-in,
 *   API, account, vault, payment or request. One npm definition has one (a GitLab download's `secret`), alone;
 * - "another context's data put in a parameter, out of scope" (4): a sentence of the description that puts the
 *   conversation, the user's recent mail or chat messages, or what every other tool or server returned, in a
 *   parameter (named, or the word), on a tool whose own words beside that sentence are about none of chat,
 *   messages, mail, prompts, summaries or memory (round 52);
 * - "a parameter for what the user disclosed, out of scope" (4): a parameter described as holding the user's
 *   contact details or secrets taken from the conversation ("mentioned by the user earlier"), on a tool whose
 *   own words are about none of a secret slot's purposes, contacts, customers, forms, deliveries, bookings,
 *   meetings or tickets; data named only to be kept out ("never include passwords") is not asked for.
 */
export function outOfScopeParameters(definition: unknown): PoisonReport {
  if (typeof definition !== "object" || definition === null) return none();
  const d = definition as Record<string, unknown>;
  const params = parameters(d);
  if (!params.length) return none();
  let context = false;
  let identity = false;
  let identityAsked = false;
  let secret = false;
  let disclosed = false;
  for (const p of params) {
    const name = snake(p.name);
    if (CONTEXT_NAME.test(name) || CONTEXT_WORDS.test(p.words)) context = true;
    if ((IDENTITY_NAME.test(name) || IDENTITY_WORDS.test(p.words)) && !DECLARED_TELEMETRY.test(p.words)) {
      identity = true;
      if (!namedOnly(p, d)) identityAsked = true;
    }
    if (SECRET_NAME.test(name)) secret = true;
    if (namesDisclosedData(p.words) && FROM_THE_CONVERSATION.test(p.words)) disclosed = true;
  }
  // The same said of a parameter in the tool's own description ("The `notes` parameter holds any tokens
  // mentioned by the user earlier"): such a sentence is the ask, not what the tool is about.
  const description = typeof d.description === "string" ? d.description : "";
  const asks = disclosedAsks(description, params);
  if (asks.length) disclosed = true;
  const contextAsks = otherContextAsks(description, params);
  if (!context && !identity && !secret && !disclosed && !contextAsks.length) return none();
  const own = ownWords(d, params);
  const ownBesideAsks = asks.reduce((words, sentence) => words.replace(sentence, " "), own);
  const ownBesideContextAsks = contextAsks.reduce((words, sentence) => words.replace(sentence, " "), own);
  const signals: string[] = [];
  let score = 0;
  if (context && !CONTEXT_PURPOSE.test(own)) {
    signals.push("a parameter for the conversation, out of scope");
    score += 4;
  }
  if (!context && contextAsks.length && !OTHER_CONTEXT_PURPOSE.test(ownBesideContextAsks)) {
    signals.push("another context's data put in a parameter, out of scope");
    score += 4;
  }
  if (identity && !CONTEXT_PURPOSE.test(own)) {
    signals.push("a parameter for the calling model's identity, out of scope");
    score += identityAsked ? 4 : 3;
  }
  if (disclosed && !DISCLOSED_PURPOSE.test(ownBesideAsks)) {
    signals.push("a parameter for what the user disclosed, out of scope");
    score += 4;
  }
  if (secret && !SECRET_PURPOSE.test(own)) {
    signals.push("a parameter for a secret, out of scope");
    score += 3;
  }
  return score ? { score, signals } : none();
}
