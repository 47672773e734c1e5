// Tool, prompt and instruction pins, and the changes waiting for a person. The daemon reads these on every
// check, so an approval made by the CLI in another process applies at once.
import type { Pin, PinKind, PinStore } from "@mcp-guard/core";
import type { Db } from "./database.js";

export interface PinRow {
  server: string;
  kind: PinKind;
  name: string;
  hash: string;
  definition: string;
  pinned_at: number;
}

export interface ChangeRow {
  server: string;
  kind: PinKind;
  name: string;
  hash: string;
  definition: string;
  seen_at: number;
}

const PENDING_TTL_MS = 250;
const key = (server: string, kind: string, name: string) => `${server}\u0000${kind}\u0000${name}`;

export class PinRepository implements PinStore {
  private readonly any;
  private readonly one;
  private readonly upsertPin;
  private readonly upsertChange;
  private readonly allPending;
  /** Pending changes, re-read at most every PENDING_TTL_MS: checked on every tool call. */
  private pendingKeys: Set<string> | undefined;
  private pendingReadAt = 0;

  constructor(private readonly db: Db) {
    this.any = db.prepare("SELECT 1 FROM pins WHERE server = ? LIMIT 1");
    this.one = db.prepare("SELECT hash, definition FROM pins WHERE server = ? AND kind = ? AND name = ?");
    this.upsertPin = db.prepare(
      "INSERT INTO pins (server, kind, name, hash, definition, pinned_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(server, kind, name) DO UPDATE SET hash = excluded.hash, definition = excluded.definition, pinned_at = excluded.pinned_at",
    );
    this.upsertChange = db.prepare(
      "INSERT INTO pin_changes (server, kind, name, hash, definition, seen_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(server, kind, name) DO UPDATE SET hash = excluded.hash, definition = excluded.definition, seen_at = CASE WHEN pin_changes.hash = excluded.hash THEN pin_changes.seen_at ELSE excluded.seen_at END",
    );
    this.allPending = db.prepare("SELECT server, kind, name FROM pin_changes");
  }

  hasAny(server: string): boolean {
    return this.any.get(server) !== undefined;
  }

  get(server: string, kind: PinKind, name: string): Pin | undefined {
    return this.one.get(server, kind, name) as Pin | undefined;
  }

  pin(server: string, kind: PinKind, name: string, pin: Pin): void {
    this.upsertPin.run(server, kind, name, pin.hash, pin.definition, Date.now());
  }

  recordChange(server: string, kind: PinKind, name: string, pin: Pin): void {
    this.upsertChange.run(server, kind, name, pin.hash, pin.definition, Date.now());
    this.pendingKeys?.add(key(server, kind, name));
  }

  /**
   * Changes recorded here are seen at once; decisions made by the CLI (another process) within
   * PENDING_TTL_MS. Until then a just-approved tool stays withheld a moment longer: never the reverse.
   */
  pending(server: string, kind: PinKind, name: string): boolean {
    const now = Date.now();
    if (!this.pendingKeys || now - this.pendingReadAt > PENDING_TTL_MS) {
      const rows = this.allPending.all() as { server: string; kind: string; name: string }[];
      this.pendingKeys = new Set(rows.map((r) => key(r.server, r.kind, r.name)));
      this.pendingReadAt = now;
    }
    return this.pendingKeys.has(key(server, kind, name));
  }

  pins(server?: string): PinRow[] {
    return (
      server
        ? this.db.prepare("SELECT * FROM pins WHERE server = ? ORDER BY server, kind, name").all(server)
        : this.db.prepare("SELECT * FROM pins ORDER BY server, kind, name").all()
    ) as PinRow[];
  }

  changes(server?: string): ChangeRow[] {
    return (
      server
        ? this.db
            .prepare("SELECT * FROM pin_changes WHERE server = ? ORDER BY server, kind, name")
            .all(server)
        : this.db.prepare("SELECT * FROM pin_changes ORDER BY server, kind, name").all()
    ) as ChangeRow[];
  }

  /** Makes the pending definition the pin. Returns false when nothing was pending. */
  approve(server: string, kind: PinKind, name: string): boolean {
    return this.db.transaction(() => {
      const change = this.db
        .prepare("SELECT * FROM pin_changes WHERE server = ? AND kind = ? AND name = ?")
        .get(server, kind, name) as ChangeRow | undefined;
      if (!change) return false;
      this.upsertPin.run(server, kind, name, change.hash, change.definition, Date.now());
      this.db
        .prepare("DELETE FROM pin_changes WHERE server = ? AND kind = ? AND name = ?")
        .run(server, kind, name);
      return true;
    })();
  }

  /** Forgets a server's pins and pending changes: the next session pins what it sees. */
  reset(server: string): number {
    return this.db.transaction(() => {
      this.pendingKeys = undefined;
      const removed = this.db.prepare("DELETE FROM pins WHERE server = ?").run(server).changes;
      return removed + this.db.prepare("DELETE FROM pin_changes WHERE server = ?").run(server).changes;
    })();
  }
}
