// The spend ledger and the approval queue. The daemon writes both; the CLI decides approvals in the same
// tables, and the daemon sees a decision on the agent's next try (or while it waits).
import type {
  Approval,
  ApprovalStatus,
  ServerLaunch,
  Spender,
  SpendEntry,
  SpendStore,
  SpentTotal,
} from "@mcp-guard/core";
import type { Db } from "./database.js";

/**
 * The columns of a spend total: what was spent in `currency` (every row when none is given), the oldest of
 * those rows, and the newest row in another currency (a server's currency changed by a reload), which no sum
 * in this one can count. `counted` binds the placeholders, in their order.
 */
function totals(currency: string | undefined): { columns: string; counted: string[] } {
  if (currency === undefined)
    return {
      columns: "COALESCE(SUM(amount), 0) AS total, MIN(ts) AS oldest, NULL AS elsewhere",
      counted: [],
    };
  const wanted = currency.trim().toUpperCase();
  const same = "UPPER(TRIM(currency)) = ?";
  return {
    columns: `COALESCE(SUM(CASE WHEN ${same} THEN amount ELSE 0 END), 0) AS total, MIN(CASE WHEN ${same} THEN ts END) AS oldest, MAX(CASE WHEN NOT ${same} AND amount > 0 THEN ts END) AS elsewhere`,
    counted: [wanted, wanted, wanted],
  };
}

export class SpendRepository implements SpendStore {
  /**
   * `atRest` turns a request's arguments (JSON) into what is written, and `keyed` a call's fingerprint: the
   * daemon, which queues what agents send, redacts the arguments (shown-text.ts) and keys the fingerprint
   * with the daemon key (a plain one would confirm a guess at what the redaction hid; digests-at-rest.ts);
   * the CLI only reads and decides requests.
   */
  constructor(
    private readonly db: Db,
    private readonly atRest: (args: string) => string = (args) => args,
    private readonly keyed: (fingerprint: string) => string = (fingerprint) => fingerprint,
  ) {}

  spent(
    server: string,
    spender: Spender,
    since: number,
    sessionId?: string,
    launch?: ServerLaunch,
    currency?: string,
  ): SpentTotal {
    const { columns, counted } = totals(currency);
    if (sessionId)
      return this.total(
        this.db
          .prepare(`SELECT ${columns} FROM spend WHERE server = ? AND identity = ? AND session_id = ?`)
          .get(...counted, server, spender.label, sessionId),
      );
    // By its label or, for an API key, by the key whatever it was named.
    const by = spender.keyDigest === undefined ? "identity = ?" : "(identity = ? OR identity_key = ?)";
    const who = spender.keyDigest === undefined ? [spender.label] : [spender.label, spender.keyDigest];
    // Under its name, its launch or program, the names it had before and those it shares counts with.
    const others = [...(launch?.formerNames ?? []), ...(launch?.countedWith ?? [])];
    const names = [server, ...new Set(others.filter((name) => name !== server))];
    const under = [`server IN (${names.map(() => "?").join(", ")})`];
    const values: unknown[] = [...names];
    if (launch?.launch !== undefined) {
      under.push("launch = ?");
      values.push(launch.launch);
    }
    if (launch?.program !== undefined) {
      under.push("program = ?");
      values.push(launch.program);
    }
    return this.total(
      this.db
        .prepare(`SELECT ${columns} FROM spend WHERE ${by} AND ts >= ? AND (${under.join(" OR ")})`)
        .get(...counted, ...who, since, ...values),
    );
  }

  private total(row: unknown): SpentTotal {
    const { total, oldest, elsewhere } = row as {
      total: number;
      oldest: number | null;
      elsewhere: number | null;
    };
    return { total, oldest: oldest ?? undefined, otherCurrencyAt: elsewhere ?? undefined };
  }

  record(e: SpendEntry): number {
    const { lastInsertRowid } = this.db
      .prepare(
        "INSERT INTO spend (ts, server, launch, program, identity, identity_key, session_id, tool, amount, currency) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      )
      .run(
        e.ts,
        e.server,
        e.launch?.launch ?? null,
        e.launch?.program ?? null,
        e.identity,
        e.identity_key ?? null,
        e.session_id,
        e.tool,
        e.amount,
        e.currency,
      );
    return Number(lastInsertRowid);
  }

  cancel(id: number): void {
    this.db.prepare("DELETE FROM spend WHERE id = ?").run(id);
  }

  latest(fingerprint: string): Approval | undefined {
    return this.db
      .prepare("SELECT * FROM approvals WHERE fingerprint = ? ORDER BY created_at DESC, rowid DESC LIMIT 1")
      .get(this.keyed(fingerprint)) as Approval | undefined;
  }

  create(a: Approval): void {
    this.db
      .prepare(
        `INSERT INTO approvals (id, created_at, expires_at, server, identity, tool, amount, currency, fingerprint, arguments, why, status, decided_at, decided_by, reason)
         VALUES (@id, @created_at, @expires_at, @server, @identity, @tool, @amount, @currency, @fingerprint, @arguments, @why, @status, @decided_at, @decided_by, @reason)`,
      )
      .run({ ...a, fingerprint: this.keyed(a.fingerprint), arguments: this.atRest(a.arguments) });
  }

  waiting(identity: string, server: string, now: number): { identity: number; server: number } {
    const row = this.db
      .prepare(
        "SELECT COALESCE(SUM(identity = ?), 0) AS mine, COALESCE(SUM(server = ?), 0) AS here FROM approvals WHERE status = 'pending' AND expires_at > ?",
      )
      .get(identity, server, now) as { mine: number; here: number };
    return { identity: row.mine, server: row.here };
  }

  /**
   * Retention: requests that stopped mattering before `cutoff` (expired, and decided if at all, by then) go
   * with their arguments; one still waiting or approved and unused is never removed.
   */
  deleteSettledBefore(cutoff: number): number {
    return this.db
      .prepare("DELETE FROM approvals WHERE expires_at < ? AND COALESCE(decided_at, 0) < ?")
      .run(cutoff, cutoff).changes;
  }

  mark(id: string, status: ApprovalStatus): void {
    this.db.prepare("UPDATE approvals SET status = ? WHERE id = ?").run(status, id);
  }

  get(id: string): Approval | undefined {
    return this.db.prepare("SELECT * FROM approvals WHERE id = ?").get(id) as Approval | undefined;
  }

  /** Approvals whose id starts with the prefix (a short prefix is enough to name one). */
  byPrefix(prefix: string): Approval[] {
    return this.db
      .prepare("SELECT * FROM approvals WHERE id LIKE ? ESCAPE '\\' ORDER BY created_at")
      .all(`${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) as Approval[];
  }

  list(all: boolean, now: number): Approval[] {
    return (
      all
        ? this.db.prepare("SELECT * FROM approvals ORDER BY created_at DESC LIMIT 500").all()
        : this.db
            .prepare(
              "SELECT * FROM approvals WHERE status = 'pending' AND expires_at > ? ORDER BY created_at",
            )
            .all(now)
    ) as Approval[];
  }

  /** Records a person's decision on a pending, unexpired request. Returns false if it was not decidable. */
  decide(
    id: string,
    status: "approved" | "denied",
    by: string,
    reason: string | undefined,
    now: number,
  ): boolean {
    return (
      this.db
        .prepare(
          "UPDATE approvals SET status = ?, decided_at = ?, decided_by = ?, reason = ? WHERE id = ? AND status = 'pending' AND expires_at > ?",
        )
        .run(status, now, by, reason ?? null, id, now).changes === 1
    );
  }
}
