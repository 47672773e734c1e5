// A tool's workflow through its own server's tools. Honest servers write their next steps in the frame of the
// published attacks: Neon's prepare_database_migration (npm @neondatabase/mcp-server-neon 0.3.7, round 46)
// puts "After executing this tool, you MUST …" inside <important_notes> and <next_steps>, and what to show
// the user inside <response_instructions><instructions>, and scored 6 on that frame alone. The frame says
// only that an order follows; what makes an order poison is where it leads. So when nothing but the frame is
// found, and the orders lead nowhere outside the server's own tools, the user and the reply, the tag and the
// before-using demand count for nothing (the coercive register still counts its 1). Any other signal keeps
// the whole score, and so does any of the ways out read below: a call of a tool the server does not list, a
// read of files or credentials, a send or an address, a word of precedence over the user, the conversation.
import { EMPTY_TOOL_ORDERS_A_CALL, RITUAL_PREREQUISITE } from "./other-tool-orders.js";
import { poisonSignal, type PoisonReport } from "./poison.js";
import { scoringText } from "./scoring-text.js";

/**
 * The frame of an order, which says nothing of where the order leads, and an order to call another tool first,
 * which with the server's own tool named says only where its own workflow starts: Postman's instruction tools
 * (npm @postman/postman-mcp-server 2.13.0, round 50) take nothing and say "Prerequisite: call
 * getPostmanContextOverview first if you have not already loaded the Postman Context overview".
 */
const FRAME = new Set([
  "hidden-importance tag",
  "before-using demand",
  EMPTY_TOOL_ORDERS_A_CALL.name,
  RITUAL_PREREQUISITE.name,
]);
const OWN_WEIGHTS = new Map([EMPTY_TOOL_ORDERS_A_CALL, RITUAL_PREREQUISITE].map((s) => [s.name, s.weight]));
/** Read beside the frame: the same register, weighing 1, kept. */
const REGISTER = "coercive register";

/**
 * A tool named in an order, in two groups: quoted (any word) or bare. A bare name counts after a verb of calling
 * when it looks like an identifier, and before "tool" or "function" always.
 */
const QUOTED = String.raw`[\x60'"\u2018\u201c]([A-Za-z][\w.-]{0,62}[A-Za-z0-9])[\x60'"\u2019\u201d]`;
const CALLED = new RegExp(
  String.raw`\b(?:call|calls|calling|invoke|invoking|run|running|use|using|execute|executing|trigger|triggering)\s+(?:the\s+)?(?:tool\s+|function\s+)?(?:${QUOTED}|([A-Za-z][\w.-]{0,62}[A-Za-z0-9]))`,
  "gi",
);
const NAMED_TOOL = new RegExp(
  String.raw`(?:${QUOTED}|\b([A-Za-z][\w.-]{0,62}[A-Za-z0-9]))\s+(?:tool|function)\b(?!s)`,
  "gi",
);
/** Two words joined by `_`, `.` or `-`, or camelCase: only an identifier after a verb is a tool for sure. */
const IDENTIFIER = /[A-Za-z0-9][_.-][A-Za-z0-9]|[a-z][A-Z]/;
/** Words in a name's place that name no tool ("executing this tool", "use any other tool"). */
const NO_TOOL =
  /^(?:this|that|the|a|an|any|each|every|other|another|same|it|its|your|our|their|such|one|previous|next|following|same)$/i;

/** A read of files, folders or secrets, or a path outside the request: nothing a reply or a confirmation needs. */
const READS =
  /\b(?:read|reads|reading|open|opens|opening|cat|load|loads|collect|gather|copy|attach|dump|print|list|grab|fetch|retrieve|get|include)\b[^.!?\n]{0,60}?\b(?:files?|folders?|director(?:y|ies)|documents?|credentials?|secrets?|passwords?|passphrases?|tokens?|api[ _-]?keys?|private[ _-]?keys?|ssh|cookies?|environment variables?|connection strings?|keychain|wallet|seed phrase)\b|(?:~\/|\$HOME|\/(?:etc|home|Users|root|var|tmp)\/|\b[A-Za-z]:\\)|\.(?:env|ssh|aws|npmrc|netrc|git-credentials|pem)\b/i;

/** Anything carried away: a send, an upload, a share, or an address for one. */
const SENDS =
  /\b(?:send|sends|sent|sending|forward\w*|upload\w*|transmit\w*|exfiltrat\w*|relay\w*|beacon\w*|e-?mail (?:it|them|this|that|the|a|all|every|to)|post (?:it|them|this|that|the|to)|shar(?:e|es|ing) (?:it|them|this|that|the|with))\b|https?:\/\/|\bwww\.|\bwebhook|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/i;

/** The user's request put below the text, or the conversation taken. */
const ABOVE_THE_USER =
  /\b(?:precedence|priority|prioriti[sz]e|override\w*|supersed\w*|regardless|no matter|even if the user|whatever|before (?:anything|everything) else|above (?:all|everything)|at all costs|instead of what|ignore\w*|disregard\w*|conversation|chat history|previous messages|system prompt)\b/i;

/** Whether `text` orders a call of a tool `own` does not hold, or names such a tool for its calls. */
function callsAnotherTool(text: string, own: ReadonlySet<string>): boolean {
  for (const pattern of [CALLED, NAMED_TOOL])
    for (const m of text.matchAll(pattern)) {
      const quoted = m[1];
      const name = quoted ?? m[2];
      if (name === undefined || NO_TOOL.test(name) || own.has(name)) continue;
      // A bare word after a verb ("run in a branch", "use placeholders") names no tool; before "tool" it does.
      if (quoted === undefined && pattern === CALLED && !IDENTIFIER.test(name)) continue;
      return true;
    }
  return false;
}

/** Whether the text leads anywhere outside the server's own tools, the user and the reply. */
function leavesTheWorkflow(text: string, own: ReadonlySet<string>): boolean {
  return READS.test(text) || SENDS.test(text) || ABOVE_THE_USER.test(text) || callsAnotherTool(text, own);
}

/**
 * A tool's report with the frame of its orders taken out when only the frame (and the register) was found and
 * every order stays within its own server's tools (`own`, which must name some), the user and the reply.
 */
export function ownWorkflow(report: PoisonReport, text: string, own: ReadonlySet<string>): PoisonReport {
  if (own.size === 0 || !report.signals.some((s) => FRAME.has(s))) return report;
  if (!report.signals.every((s) => FRAME.has(s) || s === REGISTER)) return report;
  if (leavesTheWorkflow(scoringText(text).text, own)) return report;
  const framed = report.signals.filter((s) => FRAME.has(s));
  const frame = framed.reduce((sum, s) => sum + (OWN_WEIGHTS.get(s) ?? poisonSignal(s).weight), 0);
  return { score: report.score - frame, signals: report.signals.filter((s) => !FRAME.has(s)) };
}
