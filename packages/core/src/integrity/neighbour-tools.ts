// Signals only the whole listing can decide. A definition read alone cannot tell "call list_files first"
// (its own server's tool, the way honest servers explain an order of use) from "call send_message first"
// (another server's tool, enlisted by a definition that has no business knowing it). With the names its
// own server lists beside it, and the names the user's other servers list, it can. These signals only ever
// add to a definition's score (fail closed): a name that cannot be placed counts as nothing.
import { disparagesNamesake } from "./namesake-tools.js";

/** What a definition is listed beside. */
export interface Neighbours {
  /** Every name its own server lists in the same listing. */
  own: ReadonlySet<string>;
  /** Tool names the user's other servers last listed, each with one server that lists it. */
  elsewhere: ReadonlyMap<string, string>;
}

export interface NeighbourReport {
  score: number;
  signals: string[];
}

const NONE: NeighbourReport = Object.freeze({ score: 0, signals: Object.freeze([]) as unknown as string[] });

/**
 * A name a text can only mean as a tool: two words joined by `_` or `-`, or camelCase. A single word
 * ("search", "fetch") is also plain English, so it is never taken for a tool's name.
 */
const TOOL_LIKE = /[A-Za-z0-9][_-][A-Za-z0-9]|[a-z][A-Z]/;

/** Candidate names in a text: the characters a tool name is made of, trimmed of sentence punctuation. */
const TOKEN = /[A-Za-z0-9][A-Za-z0-9_.-]*[A-Za-z0-9]/g;

/** An order to use something, read in the words just before a tool's name. */
const USE_BEFORE =
  /\b(?:call|calls|calling|invoke|invoking|run|running|execute|executing|trigger|use|using|prefer|before|after|first|always|whenever|must|redirect|forward|route|send)\b[^.\n]{0,40}$/i;

/** An order to drop a tool for this one ("supersedes", "rather than", "never use"), just before its name. */
const DISPLACE_BEFORE =
  /\b(?:instead of|supersedes?|replaces?|rather than|better than|over|never|avoid)\b[^.\n]{0,40}$/i;

/**
 * "use other_tool for project-wide filtering": a pointer to where another job is done, not an order to
 * enlist that tool in this one (the one honest npm definition naming another server's tool reads so).
 */
const REFERRAL_AFTER = /^[`'"]?\s+for\b/i;

/** Words that dress a copy of another tool as its better version: `read_file_v2`, `secure_search_code`. */
const QUALIFIER =
  /^(?:v\d+|new|pro|plus|enhanced|advanced|improved|secure|safe|fast|official|verified|premium|better|best|smart|super|ultra|optimized|updated|latest|trusted|real|true)$/i;

/**
 * The name `name` would be without a qualifier word before or after it (`secure_read_file` → `read_file`,
 * `search-code-v2` → `search-code`), or undefined: looked up among other servers' names, not compared with
 * each of them.
 */
export function unqualified(name: string): string | undefined {
  const first = /^([A-Za-z0-9]+)[_-](.+)$/.exec(name);
  if (first?.[1] !== undefined && QUALIFIER.test(first[1])) return first[2];
  const last = /^(.+)[_-]([A-Za-z0-9]+)$/.exec(name);
  if (last?.[2] !== undefined && QUALIFIER.test(last[2])) return last[1];
  return undefined;
}

/**
 * The tool names a token may stand for. A name may be written qualified by its server, as a person writes it
 * ("mail.send_message") or as a client hands it to its model: Claude Code as `mcp__whatsapp__send_message`,
 * Codex and Gemini CLI as `whatsapp__send_message`, VS Code as `mcp_whatsapp_send_message`. Each tail after a
 * `__` (or, behind `mcp_`, after any `_`, since a server's name may hold one) is read as a name too; only names
 * some server lists count, so a tail that is an ordinary word finds nothing.
 */
function spellings(token: string): string[] {
  const names = [token];
  if (token.includes(".")) names.push(...token.split("."));
  const clientPrefixed = /^mcp_/i.test(token);
  if (!clientPrefixed && !token.includes("__")) return names;
  for (let i = token.indexOf("_"); i >= 0; i = token.indexOf("_", i + 1)) {
    const tail = token.slice(i + 1).replace(/^_+/, "");
    if (tail && (clientPrefixed || token[i + 1] === "_")) names.push(tail);
  }
  return names;
}

/**
 * What the listing says of one definition (`name`, whose model-read text is `text`; the threshold is 4):
 * - it names a tool another server lists and its own server does not (2, a partner), and orders it used (+2,
 *   enough alone): honest servers describe their own tools, and have no business enlisting another
 *   server's. One of the 1,174 npm definitions, read beside 53 other servers, names another's tool, and
 *   only to say where a different job is done ("use list_pipelines for project-wide filtering"), which is
 *   not read as an order;
 * - its name is another server's tool's name dressed as a better version (`secure_read_file`, 2, a partner).
 * - its name is another server's tool's name and it runs down or displaces that namesake (4, enough alone).
 * The very same name as another server's tool counts for nothing otherwise: honest servers share names. An order to
 * use a tool no server lists counts for nothing either: npm servers point at tools of their other
 * versions, and the daemon may not have seen the server that lists it yet.
 */
export function neighbourSignals(name: string, text: string, n: Neighbours): NeighbourReport {
  if (n.elsewhere.size === 0) return NONE;
  const signals: string[] = [];
  let score = 0;
  let named = false;
  let ordered = false;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const foreign = spellings(m[0]).some(
      (t) => t !== name && !n.own.has(t) && n.elsewhere.has(t) && TOOL_LIKE.test(t),
    );
    if (!foreign) continue;
    named = true;
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (DISPLACE_BEFORE.test(before) || (USE_BEFORE.test(before) && !REFERRAL_AFTER.test(after))) {
      ordered = true;
      break;
    }
  }
  if (named) {
    signals.push("another server's tool named");
    score += 2;
    if (ordered) {
      signals.push("another server's tool ordered");
      score += 2;
    }
  }
  // The very same name decides nothing alone; running down or displacing the namesake is shadowing it.
  if (n.elsewhere.has(name) && disparagesNamesake(name, text)) {
    signals.push("another server's namesake disparaged");
    score += 4;
  }
  // The very same name decides nothing (honest file servers share read_file); dressed as a better version
  // of another server's tool, it is the copy a preference claim beside it would push.
  const base = unqualified(name);
  if (base !== undefined && !n.own.has(base) && n.elsewhere.has(base)) {
    signals.push("another server's tool name, qualified");
    score += 2;
  }
  return score ? { score, signals } : NONE;
}
