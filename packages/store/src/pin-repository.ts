// Pins, the changes waiting for a person, and what each server last listed. The daemon reads these on every
// check, so an approval made by the CLI in another process applies to the next call.
// The pins module alone, not the package: the CLI opens this store for most of its commands, and the whole
// of core (every detector and the integrity scorer, built when loaded) cost each of them about a second of CPU.
import {
  LISTED_PER_SERVER,
  PENDING_PER_SERVER,
  type ListedDefinition,
  type ListedState,
  type Pin,
  type PinKind,
  type PinStore,
  plainDigest,
} from "@mcp-guard/core/pins";
import type { Db } from "./database.js";

export interface PinRow {
  server: string;
  kind: PinKind;
  name: string;
  hash: string;
  definition: string;
  pinned_at: number;
  /** 1 when pinned on first use, 0 when a person approved it. */
  first_use: number;
}

export interface ChangeRow {
  server: string;
  kind: PinKind;
  name: string;
  hash: string;
  definition: string;
  seen_at: number;
  /** Poison signals found in the pending definition. */
  findings: string[];
}

interface ListedRow {
  kind: PinKind;
  name: string;
  hash: string;
  poison_score: number;
  signals: string;
  hidden: string | null;
  pinned_hash: string | null;
  pinned_first_use: number | null;
}

const LISTED = `SELECT d.kind, d.name, d.hash, d.poison_score, d.signals, d.hidden, p.hash AS pinned_hash,
  p.first_use AS pinned_first_use FROM listed_definitions d LEFT JOIN pins p ON p.server = d.server AND p.kind = d.kind AND p.name = d.name`;

/** `name` is the name as listed, when known; the row keeps it as PinStore.keptName made it. */
function toState(row: ListedRow, name: string): ListedState {
  return {
    kind: row.kind,
    name,
    ...(name !== row.name ? { keptName: row.name } : {}),
    hash: row.hash,
    poisonScore: row.poison_score,
    signals: JSON.parse(row.signals) as string[],
    hidden: row.hidden === null ? null : (JSON.parse(row.hidden) as string[]),
    pinnedHash: row.pinned_hash ?? undefined,
    ...(row.pinned_first_use === 1 ? { pinnedOnFirstUse: true } : {}),
  };
}

const toChange = (row: Omit<ChangeRow, "findings"> & { findings: string }): ChangeRow => ({
  ...row,
  findings: JSON.parse(row.findings) as string[],
});

/** Cached lookups at most; an attacker inventing names cannot grow the cache beyond this. */
const CACHE_MAX = 10_000;
/** How often listed() asks whether another connection committed (see versionAskedAt). */
const VERSION_CHECK_MS = 50;
/** Each table's columns after `server`, in order, for copying a server's rows under another name. */
const COLUMNS: Record<string, string> = {
  pins: "kind, name, hash, definition, pinned_at, first_use",
  pin_changes: "kind, name, hash, definition, seen_at, findings",
  pinned_kinds: "kind, pinned_at",
  listed_definitions: "kind, name, hash, poison_score, signals, hidden, listed_at",
};
const cacheKey = (server: string, kind: string, name: string) => `${server}\u0000${kind}\u0000${name}`;

export class PinRepository implements PinStore {
  /**
   * listed() runs on every call: its answers are cached until this connection writes, or another one (the
   * CLI approving or resetting) commits, which SQLite's data_version reveals exactly.
   */
  private readonly cache = new Map<string, ListedState | null>();
  /** get()'s answers, kept and forgotten with listed()'s: a call asks for the pin of what its session listed. */
  private readonly pinCache = new Map<string, Pin | null>();
  private cachedVersion = -1;
  /**
   * How many listed definitions each server has kept, counted once and then followed as this connection
   * inserts: counting on every new name made a server's first listing of n names cost n² row visits (20,000
   * names, half a minute). Forgotten whenever rows may have gone: a drop, a reset, a rename, another commit.
   */
  private readonly listedCounts = new Map<string, number>();
  /**
   * data_version is asked at most every VERSION_CHECK_MS, not per call: inside the daemon, whose audit writer
   * keeps the file busy, one ask costs 7-9 µs, a few per cent of what the guard adds to a call. The commits
   * of other connections are the CLI approving or resetting pins, a person's action, so calls see them from
   * VERSION_CHECK_MS after they land at the latest; until then a call is judged as it was a moment before.
   */
  private versionAskedAt = -Infinity;
  private readonly dataVersion;
  private readonly kindRow;
  private readonly insertKind;
  private readonly one;
  private readonly upsertPin;
  private readonly dropChange;
  private readonly upsertChange;
  private readonly changeRow;
  private readonly changeCount;
  private readonly changeNames;
  private readonly upsertListed;
  private readonly listedCount;
  private readonly listedNames;
  private readonly dropListed;
  private readonly listedOne;
  private readonly listedServer;
  private readonly listedKind;
  private readonly namesElsewhere;
  /** keptName's answers, so a call's lookup does not scan its name again. */
  private readonly keptNames = new Map<string, string>();
  /**
   * The name as listed behind each kept name that differs from it, for what this process saw listed (every
   * session lists a kind before using it): a URI is matched against a resource template as the server wrote
   * it. Entries leave with their listed definition, so this holds no more than the table.
   */
  private readonly namesAsListed = new Map<string, string>();

  /**
   * `atRest` turns a definition's canonical JSON into what is written, and `nameAtRest` a definition's name:
   * the daemon, which writes what servers list, redacts both (shown-text.ts), and `keyed` keys the plain
   * digest definitions are pinned by (digests-at-rest.ts); the CLI only reads rows and moves them, naming
   * definitions as they are kept.
   */
  constructor(
    private readonly db: Db,
    private readonly atRest: (definition: string) => string = (definition) => definition,
    private readonly nameAtRest: (name: string) => string = (name) => name,
    private readonly keyed: (plain: string) => string = (plain) => plain,
  ) {
    this.dataVersion = db.prepare("PRAGMA data_version").pluck();
    this.kindRow = db.prepare("SELECT 1 FROM pinned_kinds WHERE server = ? AND kind = ?");
    this.insertKind = db.prepare(
      "INSERT INTO pinned_kinds (server, kind, pinned_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
    );
    this.one = db.prepare(
      "SELECT hash, definition, first_use FROM pins WHERE server = ? AND kind = ? AND name = ?",
    );
    this.upsertPin = db.prepare(
      "INSERT INTO pins (server, kind, name, hash, definition, pinned_at, first_use) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(server, kind, name) DO UPDATE SET hash = excluded.hash, definition = excluded.definition, pinned_at = excluded.pinned_at, first_use = excluded.first_use",
    );
    this.dropChange = db.prepare("DELETE FROM pin_changes WHERE server = ? AND kind = ? AND name = ?");
    this.upsertChange = db.prepare(
      "INSERT INTO pin_changes (server, kind, name, hash, definition, seen_at, findings) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(server, kind, name) DO UPDATE SET hash = excluded.hash, definition = excluded.definition, findings = excluded.findings, seen_at = CASE WHEN pin_changes.hash = excluded.hash THEN pin_changes.seen_at ELSE excluded.seen_at END",
    );
    this.changeRow = db.prepare("SELECT 1 FROM pin_changes WHERE server = ? AND kind = ? AND name = ?");
    this.changeCount = db.prepare("SELECT COUNT(*) FROM pin_changes WHERE server = ?").pluck();
    this.changeNames = db.prepare("SELECT name FROM pin_changes WHERE server = ? AND kind = ?").pluck();
    this.upsertListed = db.prepare(
      "INSERT INTO listed_definitions (server, kind, name, hash, poison_score, signals, hidden, listed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(server, kind, name) DO UPDATE SET hash = excluded.hash, poison_score = excluded.poison_score, signals = excluded.signals, hidden = excluded.hidden, listed_at = excluded.listed_at",
    );
    this.listedCount = db.prepare("SELECT COUNT(*) FROM listed_definitions WHERE server = ?").pluck();
    this.listedNames = db
      .prepare("SELECT name FROM listed_definitions WHERE server = ? AND kind = ?")
      .pluck();
    this.dropListed = db.prepare("DELETE FROM listed_definitions WHERE server = ? AND kind = ? AND name = ?");
    this.listedOne = db.prepare(`${LISTED} WHERE d.server = ? AND d.kind = ? AND d.name = ?`);
    this.listedServer = db.prepare(`${LISTED} WHERE d.server = ? ORDER BY d.kind, d.name`);
    this.listedKind = db.prepare(`${LISTED} WHERE d.server = ? AND d.kind = ? ORDER BY d.name`);
    this.namesElsewhere = db.prepare(
      "SELECT server, name FROM listed_definitions WHERE kind = ? AND server != ? ORDER BY server, name",
    );
  }

  digest(canonical: string): string {
    return this.keyed(plainDigest(canonical));
  }

  keptName(name: string): string {
    let kept = this.keptNames.get(name);
    if (kept === undefined) {
      if (this.keptNames.size >= CACHE_MAX) this.keptNames.clear();
      this.keptNames.set(name, (kept = this.nameAtRest(name)));
    }
    return kept;
  }

  /** The name as listed behind a kept name, when this process saw it listed; the kept name otherwise. */
  private asListed(server: string, kind: PinKind, kept: string): string {
    return this.namesAsListed.get(cacheKey(server, kind, kept)) ?? kept;
  }

  kindPinned(server: string, kind: PinKind): boolean {
    return this.kindRow.get(server, kind) !== undefined;
  }

  markKindPinned(server: string, kind: PinKind): void {
    this.insertKind.run(server, kind, Date.now());
  }

  get(server: string, kind: PinKind, name: string): Pin | undefined {
    this.followOtherCommits();
    if (this.pinCache.size >= CACHE_MAX) this.pinCache.clear();
    const key = cacheKey(server, kind, name);
    let pin = this.pinCache.get(key);
    if (pin === undefined) {
      const row = this.one.get(server, kind, this.keptName(name)) as
        (Pin & { first_use: number }) | undefined;
      pin = row === undefined ? null : { hash: row.hash, definition: row.definition };
      if (row?.first_use === 1) pin = { ...pin, firstUse: true } as Pin;
      this.pinCache.set(key, pin);
    }
    return pin ?? undefined;
  }

  /** What this connection cached is forgotten when another connection (the CLI) has committed since. */
  private followOtherCommits(): void {
    const now = Date.now();
    if (now - this.versionAskedAt < VERSION_CHECK_MS) return;
    this.versionAskedAt = now;
    const version = this.dataVersion.get() as number;
    if (version !== this.cachedVersion) {
      this.forgetCached();
      this.listedCounts.clear();
      this.cachedVersion = version;
    }
  }

  private forgetCached(): void {
    this.cache.clear();
    this.pinCache.clear();
  }

  pin(server: string, kind: PinKind, name: string, pin: Pin): void {
    this.forgetCached();
    this.db.transaction(() => {
      const kept = this.keptName(name);
      this.upsertPin.run(server, kind, kept, pin.hash, this.atRest(pin.definition), Date.now(), 1);
      this.dropChange.run(server, kind, kept);
    })();
  }

  recordChange(server: string, kind: PinKind, name: string, pin: Pin, findings: string[]): boolean {
    const kept = this.keptName(name);
    return this.db.transaction(() => {
      const waiting = this.changeRow.get(server, kind, kept) !== undefined;
      if (!waiting && (this.changeCount.get(server) as number) >= PENDING_PER_SERVER) return false;
      this.upsertChange.run(
        server,
        kind,
        kept,
        pin.hash,
        this.atRest(pin.definition),
        Date.now(),
        JSON.stringify(findings),
      );
      return true;
    })();
  }

  dropUnlisted(server: string, kind: PinKind, listed: ReadonlySet<string>): number {
    const kept = new Set([...listed].map((name) => this.keptName(name)));
    const unlisted = (names: unknown[]) => (names as string[]).filter((name) => !kept.has(name));
    const changes = unlisted(this.changeNames.all(server, kind));
    const definitions = unlisted(this.listedNames.all(server, kind));
    if (changes.length + definitions.length === 0) return 0;
    this.forgetCached();
    this.listedCounts.delete(server);
    this.db.transaction(() => {
      for (const name of changes) this.dropChange.run(server, kind, name);
      for (const name of definitions) this.dropListed.run(server, kind, name);
    })();
    for (const name of definitions) this.namesAsListed.delete(cacheKey(server, kind, name));
    return changes.length;
  }

  /**
   * Writes only what changed: a server listed again as before costs reads, not writes. A name new to a
   * server that already has LISTED_PER_SERVER definitions kept is not recorded (false).
   */
  recordListed(server: string, d: ListedDefinition): boolean {
    const known = this.listed(server, d.kind, d.name);
    const count = known ? undefined : this.listedCountOf(server);
    if (count !== undefined && count >= LISTED_PER_SERVER) return false;
    const kept = this.keptName(d.name);
    if (kept !== d.name) this.namesAsListed.set(cacheKey(server, d.kind, kept), d.name);
    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
    if (
      known?.hash === d.hash &&
      known.poisonScore === d.poisonScore &&
      same(known.signals, d.signals) &&
      same(known.hidden, d.hidden)
    )
      return true;
    this.forgetCached();
    this.upsertListed.run(
      server,
      d.kind,
      kept,
      d.hash,
      d.poisonScore,
      JSON.stringify(d.signals),
      d.hidden ? JSON.stringify(d.hidden) : null,
      Date.now(),
    );
    if (count !== undefined) this.listedCounts.set(server, count + 1);
    return true;
  }

  private listedCountOf(server: string): number {
    let count = this.listedCounts.get(server);
    if (count === undefined) this.listedCounts.set(server, (count = this.listedCount.get(server) as number));
    return count;
  }

  listed(server: string, kind: PinKind, name: string): ListedState | undefined {
    this.followOtherCommits();
    if (this.cache.size >= CACHE_MAX) this.cache.clear();
    const key = cacheKey(server, kind, name);
    let state = this.cache.get(key);
    if (state === undefined) {
      const kept = this.keptName(name);
      const row = this.listedOne.get(server, kind, kept) as ListedRow | undefined;
      // Whatever the driver makes of a lone surrogate in UTF-8, only the very same JS string matches.
      this.cache.set(key, (state = row && row.name === kept ? toState(row, name) : null));
    }
    return state ?? undefined;
  }

  listedAll(server: string, kind?: PinKind): ListedState[] {
    const rows = (kind ? this.listedKind.all(server, kind) : this.listedServer.all(server)) as ListedRow[];
    return rows.map((row) => toState(row, this.asListed(server, row.kind, row.name)));
  }

  listedElsewhere(server: string, kind: PinKind): Map<string, string> {
    const out = new Map<string, string>();
    for (const row of this.namesElsewhere.all(kind, server) as { server: string; name: string }[]) {
      const name = this.asListed(row.server, kind, row.name);
      if (!out.has(name)) out.set(name, row.server);
    }
    return out;
  }

  pins(server?: string): PinRow[] {
    return (
      server
        ? this.db.prepare("SELECT * FROM pins WHERE server = ? ORDER BY server, kind, name").all(server)
        : this.db.prepare("SELECT * FROM pins ORDER BY server, kind, name").all()
    ) as PinRow[];
  }

  changes(server?: string): ChangeRow[] {
    const rows = server
      ? this.db.prepare("SELECT * FROM pin_changes WHERE server = ? ORDER BY server, kind, name").all(server)
      : this.db.prepare("SELECT * FROM pin_changes ORDER BY server, kind, name").all();
    return (rows as Parameters<typeof toChange>[0][]).map(toChange);
  }

  /**
   * Makes the pending definition the pin, only when it is still the one whose digest is `hash`: the one the
   * person reviewed. A server that listed another definition under the name since has it refused, in the
   * same transaction that pins, so no listing can slip in between. Returns false when nothing with that
   * digest is pending. `kept` is the name as kept, as changes() gives it: a person names what they read.
   */
  approve(server: string, kind: PinKind, kept: string, hash: string): boolean {
    this.forgetCached();
    return this.db.transaction(() => {
      const change = this.db
        .prepare("SELECT hash, definition FROM pin_changes WHERE server = ? AND kind = ? AND name = ?")
        .get(server, kind, kept) as Pin | undefined;
      if (change?.hash !== hash) return false;
      this.upsertPin.run(server, kind, kept, change.hash, change.definition, Date.now(), 0);
      this.dropChange.run(server, kind, kept);
      return true;
    })();
  }

  /**
   * Records how each configured server is launched (`launches`: name → digest of its launch), first giving a
   * name that holds nothing yet the pins, pending changes and listings of the name last launched the same
   * way that is no longer configured: the same server renamed in the config is judged by what was approved for it, not trusted anew on
   * first use (a tool changed at the rename would be). Copied, not moved: the old name keeps them too.
   *
   * `programs` (name → digest of its command, arguments and URL, its environment and directory aside) finds a
   * server renamed in an edit that also changed its environment or directory: under its old name that edit
   * would keep its pins, so under a new one it must too. Only one to one: the one name of that program that
   * left the config at this edit (it was in the config last recorded) goes to the one new name of it.
   * Returns each name that took another's, with that name.
   */
  followRenames(
    launches: ReadonlyMap<string, string>,
    programs: ReadonlyMap<string, string> = new Map(),
  ): Array<{ from: string; to: string }> {
    const followed: Array<{ from: string; to: string }> = [];
    const holdsAny = this.db.prepare(
      "SELECT 1 FROM pinned_kinds WHERE server = ? UNION ALL SELECT 1 FROM pins WHERE server = ? LIMIT 1",
    );
    // A name recorded no later than the server's last `pins reset` is not followed: its pins are what the
    // reset forgot.
    const previous = this.db.prepare(
      "SELECT server FROM server_launches WHERE launch = ? AND server <> ? AND seen_at > COALESCE((SELECT at FROM pin_resets WHERE server = ?), -1) ORDER BY seen_at DESC, server",
    );
    const lastRecorded = this.db.prepare(
      "SELECT server, program, seen_at FROM server_launches WHERE seen_at = (SELECT MAX(seen_at) FROM server_launches)",
    );
    const resetAt = this.db.prepare("SELECT at FROM pin_resets WHERE server = ?");
    const known = this.db.prepare("SELECT 1 FROM server_launches WHERE server = ?");
    const record = this.db.prepare(
      "INSERT INTO server_launches (server, launch, program, seen_at) VALUES (?, ?, ?, ?) ON CONFLICT(server) DO UPDATE SET launch = excluded.launch, program = excluded.program, seen_at = excluded.seen_at",
    );
    const copy = (from: string, to: string) => {
      for (const table of ["pins", "pin_changes", "pinned_kinds", "listed_definitions"])
        this.db
          .prepare(
            `INSERT INTO ${table} (server, ${COLUMNS[table]}) SELECT ?, ${COLUMNS[table]} FROM ${table} WHERE server = ?`,
          )
          .run(to, from);
      followed.push({ from, to });
    };
    this.db.transaction(() => {
      // All renames are read before any launch is recorded: names swapped in one edit each find the other.
      const unmatched: string[] = [];
      for (const [server, launch] of launches) {
        if (holdsAny.get(server, server) !== undefined) continue;
        // Only a name gone from the config was renamed: two configured names launched alike are two servers
        // (one policy may hide tools the other lists), each with pins of its own.
        const from = (previous.all(launch, server, server) as Array<{ server: string }>).find(
          (row) => !launches.has(row.server),
        )?.server;
        if (from === undefined || holdsAny.get(from, from) === undefined) {
          if (known.get(server) === undefined) unmatched.push(server);
          continue;
        }
        copy(from, server);
      }
      // The same program under a new name, launched otherwise: one name left, one came, in this edit.
      const taken = new Set(followed.map((f) => f.from));
      const left = (
        lastRecorded.all() as Array<{ server: string; program: string | null; seen_at: number }>
      ).filter((row) => row.program !== null && !launches.has(row.server) && !taken.has(row.server));
      for (const server of unmatched) {
        const program = programs.get(server);
        if (program === undefined) continue;
        const reset = (resetAt.get(server) as { at: number } | undefined)?.at ?? -1;
        const from = left.filter((row) => row.program === program && row.seen_at > reset);
        const came = unmatched.filter((name) => programs.get(name) === program);
        if (from.length !== 1 || came.length !== 1) continue;
        const name = (from[0] as { server: string }).server;
        if (holdsAny.get(name, name) !== undefined) copy(name, server);
      }
      // Later than any recording before (two within one millisecond included): "this edit" is the newest.
      const latest = (
        this.db.prepare("SELECT MAX(seen_at) AS at FROM server_launches").get() as { at: number | null }
      ).at;
      const now = Math.max(Date.now(), (latest ?? 0) + 1);
      for (const [server, launch] of launches) record.run(server, launch, programs.get(server) ?? null, now);
    })();
    if (followed.length > 0) {
      this.forgetCached();
      this.listedCounts.clear();
    }
    return followed;
  }

  /**
   * The names last recorded (followRenames) as launched as `launch` or running `program`, newest first, at
   * most `limit`; the caller drops the ones still configured. A server's counts follow these names.
   */
  namesLaunchedAs(launch: string, program: string, limit: number): string[] {
    return (
      this.db
        .prepare(
          "SELECT server FROM server_launches WHERE launch = ? OR program = ? ORDER BY seen_at DESC, server LIMIT ?",
        )
        .all(launch, program, limit) as Array<{ server: string }>
    ).map((row) => row.server);
  }

  /** Forgets a server's pins, pending changes and listings: the next session pins what it sees. */
  reset(server: string): number {
    this.forgetCached();
    this.listedCounts.clear();
    for (const key of this.namesAsListed.keys())
      if (key.startsWith(cacheKey(server, "", ""))) this.namesAsListed.delete(key);
    return this.db.transaction(() => {
      let removed = 0;
      for (const table of ["pins", "pin_changes"])
        removed += this.db.prepare(`DELETE FROM ${table} WHERE server = ?`).run(server).changes;
      for (const table of ["pinned_kinds", "listed_definitions"])
        this.db.prepare(`DELETE FROM ${table} WHERE server = ?`).run(server);
      // Nor does it take another name's pins back at the next reload (followRenames): names recorded before
      // this moment are not followed for it. Their launches are kept, since its rate limits and spend are
      // still counted under them (namesLaunchedAs); forgetting them gave a reset server a fresh allowance
      // once renamed beside a twin.
      const latest = (
        this.db.prepare("SELECT MAX(seen_at) AS at FROM server_launches").get() as { at: number | null }
      ).at;
      this.db
        .prepare(
          "INSERT INTO pin_resets (server, at) VALUES (?, ?) ON CONFLICT(server) DO UPDATE SET at = excluded.at",
        )
        .run(server, Math.max(Date.now(), latest ?? 0));
      return removed;
    })();
  }
}
