// Heuristics for instructions hidden in tool definitions (and smuggled into results): each signal is a
// family of phrasings seen in published tool-poisoning, shadowing and prompt-injection attacks, weighted
// by how rarely it appears in honest text. A definition's score is the sum of its signals' weights.
import { findHidden, revealTags } from "./hidden.js";

interface Signal {
  name: string;
  weight: number;
  pattern: RegExp;
}

const SIGNALS: Signal[] = [
  {
    name: "instruction override",
    weight: 3,
    pattern:
      /\b(?:ignore|disregard|forget|override)\b.{0,40}\b(?:previous|prior|above|earlier|all|system|other)\b.{0,20}\b(?:instructions?|prompts?|rules?|guidelines?|directions?)\b/i,
  },
  {
    name: "concealment from the user",
    weight: 3,
    pattern:
      /\b(?:do not|don't|never|must not|should not|shouldn't|without)\b.{0,30}\b(?:tell|telling|told|inform|informing|informed|mention|mentioning|mentioned|reveal|revealing|revealed|disclose|disclosing|disclosed|notify|notifying|alert|alerting)\b/i,
  },
  {
    name: "hidden-importance tag",
    weight: 2,
    pattern: /<\s*(?:important|system|secret|hidden|instructions?)\s*>|\[(?:SYSTEM|IMPORTANT)\]/i,
  },
  {
    name: "credential or dotfile access",
    weight: 3,
    pattern:
      /(?:~|\$HOME|\/home\/[^\s/]+|\/Users\/[^\s/]+)?\/?\.(?:ssh|aws|gnupg|kube|docker|npmrc|netrc|env|git-credentials|cursor\/mcp\.json|config\/gcloud)\b|\bid_(?:rsa|ed25519|ecdsa)\b|\/etc\/(?:passwd|shadow)\b|\b[A-Z][A-Z0-9_]*_(?:API_KEY|KEY|TOKEN|SECRET|PASSWORD)\b.{0,30}\benvironment variable\b|\bmcp\.json\b|\bclaude_desktop_config\b|\bprivate[ _-]?keys?\b|\bapi[ _-]?keys?\b.{0,30}\b(?:read|send|include|pass|forward)\b/i,
  },
  {
    name: "exfiltration through a parameter",
    weight: 3,
    pattern:
      /\b(?:pass|put|include|send|add|append|provide|embed)\b.{0,40}\b(?:content|contents|value|text|output|result|data|file|keys?|credentials?|secrets?|tokens?|passwords?)\b.{0,40}\b(?:as|in|into|to)\b.{0,15}\b(?:the\s+)?(?:[`'"]?\w+[`'"]?\s+)?(?:parameter|param|argument|arg|field|sidenote|notes?)\b/i,
  },
  {
    name: "outbound transfer",
    weight: 2,
    pattern:
      /\b(?:send|post|upload|forward|transmit|exfiltrate|email)\b.{0,60}\b(?:https?:\/\/|webhook|attacker|external|remote server|@[a-z0-9-]+\.[a-z]{2,})/i,
  },
  {
    name: "before-using demand",
    weight: 2,
    pattern:
      /\b(?:before|prior to|after)\b.{0,20}\b(?:using|calling|running|invoking)\b.{0,30}\b(?:this|the|any)\b.{0,20}\b(?:tool|function)\b.{0,40}\b(?:must|always|first|need to|should|read|call)\b/i,
  },
  {
    name: "shadowing other tools",
    weight: 3,
    pattern:
      /\b(?:when|whenever|if)\b.{0,60}\b(?:other|another|the)\b.{0,30}\b(?:tool|server|function)s?\b.{0,80}\b(?:must|should|always|instead|redirect|change|send)\b|\binstead of (?:using|calling) (?:the )?\w+ tool\b/i,
  },
  {
    name: "coercive register",
    weight: 1,
    pattern:
      /\b(?:you must|you are required|it is (?:very )?important that you|very important|critical:|mandatory)\b/i,
  },
  {
    name: "model addressing",
    weight: 1,
    pattern:
      /\b(?:assistant|AI|model|LLM|agent)\b.{0,20}\b(?:must|should|will|needs? to)\b.{0,40}\b(?:now|always|secretly|silently|immediately)\b/i,
  },
  {
    name: "role switch",
    weight: 3,
    pattern: /\b(?:you are now|act as|new instructions?|system prompt|developer mode|jailbreak)\b/i,
  },
];

export interface PoisonReport {
  score: number;
  signals: string[];
}

/** Scores a text; tag-hidden text is decoded and scored too (hiding it is itself a signal). */
export function scorePoison(text: string): PoisonReport {
  const signals: string[] = [];
  let score = 0;
  const hidden = findHidden(text);
  const subject = hidden ? `${hidden.stripped} ${revealTags(text)}` : text;
  for (const signal of SIGNALS) {
    if (signal.pattern.test(subject)) {
      signals.push(signal.name);
      score += signal.weight;
    }
  }
  if (hidden) {
    signals.push(`hidden ${hidden.kinds.join(", ")}`);
    score += 2;
  }
  return { score, signals };
}

/** Every description and title in a tool or prompt definition, including those inside its schemas. */
export function definitionText(definition: unknown): string {
  const parts: string[] = [];
  const walk = (v: unknown, key: string) => {
    if (typeof v === "string") {
      if (
        key === "description" ||
        key === "title" ||
        key === "name" ||
        key === "default" ||
        key === "instructions"
      )
        parts.push(v);
      return;
    }
    if (Array.isArray(v))
      v.forEach((item) => walk(item, key === "enum" || key === "examples" ? "description" : key));
    else if (typeof v === "object" && v !== null) for (const [k, item] of Object.entries(v)) walk(item, k);
  };
  walk(definition, "");
  return parts.join("\n");
}
