// A tool that tells the person one thing and does another. Clients show a tool's title, not its name, in the
// tool picker and in the "allow this call?" prompt (the 2025-06-18 schema added `title` for that display), and
// some approve calls of a tool marked `readOnlyHint: true` without asking. A server that lists
// `delete_repository` titled "View repository details" and marked read-only has the person approve a read and
// lose the repository. Nothing in it orders the model, so no other signal reads it: this compares what the
// definition claims for display with what its name and description say it does.

/** A title's first word that says the tool only reads. */
const READ_TITLE =
  /^\s*(?:view|get|list|show|read|fetch|search|find|look|lookup|browse|inspect|describe|check|display|preview|query|retrieve|see|peek|count|explore|summari[sz]e)\b/i;

/** A word of a tool's name that says it destroys or gives away ("delete_repository", "dropTable"). */
const DESTROYING_NAME =
  /^(?:delete|remove|drop|wipe|destroy|erase|purge|truncate|revoke|terminate|uninstall|overwrite|transfer)$/;

/**
 * The same said as the description's opening act, after at most an adverb or "this tool" ("Permanently deletes
 * …", "Removes …"), with what it acts on where the verb alone is ambiguous (Playwright's `browser_drop` "drops
 * files onto an element"; a file's transfer is no loss). Opening, so "Returns the status of a transfer" or
 * "Shows what delete_all would remove" is a read that names the act.
 */
const DESTROYING_LEAD =
  /^\W*(?:(?:this (?:tool|function|endpoint)|it|permanently|irreversibly|irrevocably|completely|fully|immediately|instantly|will|can|used to|use(?: this)? to|allows? you to)\s+)*(?:(?:delet|eras|wip|purg|truncat|remov|revok|terminat|overwrit)(?:e|es|ing)\b|destroy(?:s|ing)?\b|uninstall(?:s|ing)?\b|drop(?:s|ping)? (?:the |a |an |all )?(?:[\w-]+ )?(?:tables?|databases?|collections?|index(?:es)?|schemas?|columns?|buckets?|keyspaces?)\b|transfer(?:s|ring)? (?:[\w-]+ ){0,3}?(?:funds|money|ownership|tokens|assets|payments?|balances?)\b)/i;

interface Displayed {
  name?: unknown;
  title?: unknown;
  description?: unknown;
  annotations?: { title?: unknown; readOnlyHint?: unknown } | null;
}

/** Whether the tool's name and its description's opening both say it destroys or gives something away. */
function destroys(d: Displayed): boolean {
  if (typeof d.name !== "string" || typeof d.description !== "string") return false;
  const words = d.name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/);
  if (!words.some((w) => DESTROYING_NAME.test(w))) return false;
  return DESTROYING_LEAD.test(d.description.slice(0, 300));
}

/**
 * "a title that belies the tool" (4, enough alone): its title or annotations' title opens with a verb of
 * reading ("View …", "Get …", "List …"), or it is marked `readOnlyHint: true`, while its name and its
 * description's opening both say it deletes, drops, wipes or transfers. None of the 471 npm tools reads
 * so: of their 187 marked read-only and 261 titled, every destroying tool is titled by its act ("Delete
 * Entities") and none is marked read-only.
 */
export function beliedTitle(definition: unknown): { score: number; signals: string[] } {
  if (typeof definition !== "object" || definition === null) return { score: 0, signals: [] };
  const d = definition as Displayed;
  const titles = [d.title, d.annotations?.title].filter((t): t is string => typeof t === "string");
  const claimsRead = titles.some((t) => READ_TITLE.test(t)) || d.annotations?.readOnlyHint === true;
  if (!claimsRead || !destroys(d)) return { score: 0, signals: [] };
  return { score: 4, signals: ["a title that belies the tool"] };
}
