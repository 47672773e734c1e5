// The daemon's database and what it keeps there: the audit (journalled before anything is forwarded),
// rate-limit buckets, spend and approvals, definition pins; retention; and closing it all in order.
import { createHmac } from "node:crypto";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import {
  AuditRepository,
  DurableBatchRepository,
  keepOlderRowsAtRest,
  KEYED_DIGEST,
  keyOlderDigests,
  type OlderAuditRows,
  openDatabase,
  OpenedFile,
  PinRepository,
  RateLimitRepository,
  SpendRepository,
  secureFiles,
  type Db,
} from "@mcp-guard/store";
import type { DaemonPaths } from "@mcp-guard/wire";
import { AuditJournal, replayJournal } from "./audit-journal.js";
import { AuditScrub } from "./audit-scrub.js";
import { AuditWriter } from "./audit-writer.js";
import type { Logger } from "./logger.js";
import { PersistentBuckets } from "./persistent-buckets.js";
import { argumentsAtRest, definitionAtRest, nameAtRest, shownScanner } from "./shown-text.js";

const RETENTION_SWEEP_MS = 60 * 60 * 1000;

export interface DaemonStores {
  db: Db;
  repository: AuditRepository;
  limits: RateLimitRepository;
  spend: SpendRepository;
  pins: PinRepository;
  audit: AuditWriter;
  journal: AuditJournal;
  buckets: PersistentBuckets;
  /** Audit rows an earlier version may have kept bare, to rewrite once the daemon listens (olderRowsPass). */
  olderAudit: OlderAuditRows | undefined;
}

/**
 * `key` is the daemon key: the digests kept beside a redacted definition, name or held call's argument, and
 * those the audit keeps in place of a value, are keyed with it (shown-text.ts, audit-scrub.ts).
 */
export function openStores(
  paths: DaemonPaths,
  auditToStdout: boolean,
  logger: Logger,
  key: string,
): DaemonStores {
  const db = openDatabase(paths.database);
  let opened: { audit: AuditWriter; journal: AuditJournal };
  try {
    opened = openAudit(paths, db, auditToStdout, logger);
  } catch (err) {
    db.close();
    throw err;
  }
  const { audit, journal } = opened;
  // Older audit rows are checked with every built-in detector and the config's custom types, whatever the
  // config turns off (shown-text.ts).
  const olderScrub = new AuditScrub(shownScanner(), key);
  const kept = keepOlderRowsAtRest(db, {
    definition: (json) => definitionAtRest(json, key),
    name: (name) => nameAtRest(name, key),
    arguments: (json) => argumentsAtRest(json, key),
    audit: (row) => olderScrub.olderRow(row),
  });
  if (kept && kept.changed > 0)
    logger.info({ rows: kept.changed }, "definitions written by an earlier version now kept redacted");
  const keyed = (plain: string) => `${KEYED_DIGEST}${createHmac("sha256", key).update(plain).digest("hex")}`;
  const rekeyed = keyOlderDigests(db, keyed);
  if (rekeyed > 0) logger.info({ rows: rekeyed }, "digests written by an earlier version now keyed");
  const limits = new RateLimitRepository(db);
  return {
    db,
    repository: new AuditRepository(db),
    limits,
    spend: new SpendRepository(db, (args) => argumentsAtRest(args, key), keyed),
    pins: new PinRepository(
      db,
      (definition) => definitionAtRest(definition, key),
      (name) => nameAtRest(name, key),
      keyed,
    ),
    audit,
    journal,
    buckets: new PersistentBuckets(limits, audit),
    olderAudit: kept?.audit,
  };
}

export interface OlderRowsPass {
  /** Resolves once every older audit row is rewritten and the free pages cleared, or the pass was stopped. */
  done: Promise<void>;
  stop(): void;
}

/**
 * Rewrites the audit rows an earlier version may have kept bare, one batch per turn of the event loop, so
 * that sessions are served meanwhile: a database of a million rows takes tens of seconds, longer than a
 * bridge waits for the daemon it started. Stopped with the daemon; what is left runs at the next start.
 */
export function olderRowsPass(stores: DaemonStores, logger: Logger): OlderRowsPass {
  const pass = stores.olderAudit;
  let stopped = false;
  const done = new Promise<void>((resolve) => {
    if (!pass) return resolve();
    const started = performance.now();
    let rows = 0;
    const step = () => {
      if (stopped) return resolve();
      try {
        const changed = pass.next();
        if (changed !== undefined) {
          rows += changed;
          setImmediate(step);
          return;
        }
        const clearing = performance.now();
        const cleared = pass.finish();
        stores.olderAudit = undefined;
        const ms = (since: number) => Math.round(performance.now() - since);
        logger.info(
          { rows, free_pages_cleared: cleared, ms: ms(started), clearing_ms: ms(clearing) },
          "audit rows written by an earlier version now kept redacted",
        );
      } catch (err) {
        logger.warn({ err }, "older audit rows not rewritten; the next start tries again");
      }
      resolve();
    };
    setImmediate(step);
  });
  return { done, stop: () => void (stopped = true) };
}

/** Replays what a killed daemon left in the journal, then journals every row before it is forwarded. */
function openAudit(
  paths: DaemonPaths,
  db: Db,
  stdout: boolean,
  logger: Logger,
): { audit: AuditWriter; journal: AuditJournal } {
  const batches = new DurableBatchRepository(db);
  const file = new OpenedFile(paths.database, db, (message) => logger.warn(message));
  const journalPath = join(paths.home, "audit.journal");
  const { seq, replayed } = replayJournal(journalPath, batches);
  if (replayed > 0) logger.info({ replayed }, "audit journal replayed into the database");
  const journal = new AuditJournal(journalPath);
  return { audit: new AuditWriter(batches, journal, logger, { stdout, seq, file }), journal };
}

/** Sweeps now and every hour; `retentionDays` is read at each sweep (a reload may change it). */
export function startRetention(
  stores: DaemonStores,
  retentionDays: () => number,
  logger: Logger,
): NodeJS.Timeout {
  const sweep = () => {
    const cutoff = Date.now() - retentionDays() * 86_400_000;
    const removed = stores.repository.deleteOlderThan(cutoff);
    // Approval requests keep a call's whole arguments: they go with the audit rows of their time.
    const approvals = stores.spend.deleteSettledBefore(cutoff);
    // A bucket idle for longer than the longest window (an hour) is full again: its row says nothing.
    stores.limits.deleteIdleSince(Date.now() - 2 * 3_600_000);
    if (removed > 0 || approvals > 0)
      logger.info({ removed, approvals }, "audit retention removed old rows and approval requests");
  };
  sweep();
  return setInterval(sweep, RETENTION_SWEEP_MS).unref();
}

/** Flushes the audit, closes the journal and the database, and leaves the database files owner-only. */
export function closeStores(stores: DaemonStores, databasePath: string): void {
  stores.audit.endTurn();
  stores.audit.flush();
  stores.journal.close();
  try {
    stores.db.pragma("wal_checkpoint(TRUNCATE)");
  } catch {
    /* a busy checkpoint is retried by SQLite next time */
  }
  stores.db.close();
  secureFiles(databasePath);
}
