// Trust on first use for what a server presents: each tool, prompt, resource, resource template and the
// server's instructions are pinned by a digest of their canonical JSON the first time that kind is listed;
// later differences are changes that a person must approve. What the server last listed (in any session) is
// kept per server too, so a change one process of the server presents is refused in every session; a use is
// also judged by what its own session's server listed (session-listed.ts).
import { createHash } from "node:crypto";

export type PinKind = "tool" | "prompt" | "resource" | "resource_template" | "instructions";

export const PIN_KINDS: readonly PinKind[] = [
  "tool",
  "prompt",
  "resource",
  "resource_template",
  "instructions",
];

export interface Pin {
  hash: string;
  definition: string;
  /** Pinned on first use (what was seen first), not approved by a person; see judge(). */
  firstUse?: boolean;
}

/** What a server presented for one name in its latest listing, and what the guard found in it. */
export interface ListedDefinition {
  kind: PinKind;
  /** The exact listed name (for resources the URI, for templates the URI template; "" for instructions). */
  name: string;
  hash: string;
  poisonScore: number;
  /** Poison signals found (kept whatever the score; the policy's threshold decides at use). */
  signals: readonly string[];
  /** Kinds of hidden characters found, or null. */
  hidden: string[] | null;
}

/** A listed definition with the hash of its pin (undefined when it has none). */
export interface ListedState extends ListedDefinition {
  /** The name as the store keeps it, when that is not the name (it held a secret: PinStore.keptName). */
  keptName?: string;
  pinnedHash: string | undefined;
  /** The pin was made on first use, not by a person's approval. */
  pinnedOnFirstUse?: boolean;
}

/** The daemon's SQLite implements this; the CLI approves and resets through the same tables. */
export interface PinStore {
  /**
   * The digest a definition's canonical JSON is pinned and compared by. The daemon's store keys it with the
   * daemon key: a plain hash beside a redacted definition would let anyone reading the database confirm a
   * guess at what the redaction hid.
   */
  digest(canonical: string): string;
  /**
   * A name as the store keeps it: a server chooses names, so one holding a value the guard redacts is kept
   * redacted, with a keyed digest of itself that keeps it apart from every other name. Change ids are
   * digests of this (definitionChangeId), so the CLI, which reads only what is kept, names the same change.
   */
  keptName(name: string): string;
  /** Whether this kind was ever listed for the server (trust on first use is decided per kind). */
  kindPinned(server: string, kind: PinKind): boolean;
  markKindPinned(server: string, kind: PinKind): void;
  get(server: string, kind: PinKind, name: string): Pin | undefined;
  /** Pins a definition on first use (and drops any change pending for it); a person's approval is the CLI's. */
  pin(server: string, kind: PinKind, name: string, pin: Pin): void;
  /**
   * Records a definition that differs from the pin (or has none) as pending approval, with the poison
   * signals found in it. Returns false when it was not queued: PENDING_PER_SERVER definitions of the server
   * already wait and this name is not among them (it stays withheld all the same).
   */
  recordChange(server: string, kind: PinKind, name: string, pin: Pin, findings: readonly string[]): boolean;
  /**
   * Drops what is kept of the names of this kind that the server's complete listing no longer holds: their
   * listed definitions and pending changes; returns how many changes. A dropped change was never approved:
   * were the name listed again, it would wait again.
   */
  dropUnlisted(server: string, kind: PinKind, listed: ReadonlySet<string>): number;
  /**
   * Records what the server listed under a name (the latest listing wins). Returns false when it was not
   * recorded: LISTED_PER_SERVER definitions of the server are kept and this name is not among them.
   */
  recordListed(server: string, listed: ListedDefinition): boolean;
  /** The latest listing of exactly this name, with its pin; undefined when the server never listed it. */
  listed(server: string, kind: PinKind, name: string): ListedState | undefined;
  /** Every listed definition of a server (of one kind, if given), with its pin. */
  listedAll(server: string, kind?: PinKind): ListedState[];
  /**
   * The names every server other than `server` last listed of a kind, each with a server listing it: what a
   * definition is read beside (neighbour-tools.ts).
   */
  listedElsewhere(server: string, kind: PinKind): Map<string, string>;
}

/**
 * How many definitions one server can have waiting for a person. A server inventing names at every listing
 * would otherwise fill the person's queue (and the database) without end; those already waiting keep their
 * place, so a flood cannot push out the change it wants to hide among.
 */
export const PENDING_PER_SERVER = 200;

/**
 * How many listed definitions (of every kind) the guard keeps for one server. A complete listing drops the
 * names it no longer holds, but a server that never ends a listing (a next page at every page) could still
 * add names without end; past this a new name is withheld unrecorded, and the listing's audit row says so.
 * Far above what real servers list (a server of documents may list thousands of resources); a row is a name
 * and a digest, about 200 bytes.
 */
export const LISTED_PER_SERVER = 20_000;

/** JSON with object keys sorted at every level, so equal definitions hash equally. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** SHA-256 of a text, in hex: what a store without a key pins by (PinStore.digest keys it in the daemon). */
export const plainDigest = (text: string): string => createHash("sha256").update(text).digest("hex");

export function pinOf(definition: unknown, digest: (canonical: string) => string): Pin {
  const json = canonicalJson(definition);
  return { hash: digest(json), definition: json };
}
