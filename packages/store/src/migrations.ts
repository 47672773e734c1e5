// Forward-only schema migrations, applied in order inside a transaction each.
export const MIGRATIONS: readonly { name: string; sql: string }[] = [
  {
    name: "001-audit-log",
    sql: `
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        ts INTEGER NOT NULL,            -- epoch milliseconds
        session_id TEXT NOT NULL,
        server TEXT NOT NULL,
        direction TEXT NOT NULL CHECK (direction IN ('to_server', 'to_client')),
        kind TEXT NOT NULL,
        method TEXT,
        target TEXT,                    -- tool/prompt name or scrubbed resource URI
        rpc_id TEXT,
        identity TEXT NOT NULL,
        decision TEXT NOT NULL CHECK (decision IN ('allow', 'modify', 'block', 'error')),
        reason TEXT,
        trace TEXT NOT NULL,            -- JSON [{interceptor, action, ms, reason?}]
        latency_ms REAL NOT NULL,
        bytes INTEGER NOT NULL
      );
      CREATE INDEX audit_log_ts ON audit_log (ts);
      CREATE INDEX audit_log_server_ts ON audit_log (server, ts);
      CREATE INDEX audit_log_session ON audit_log (session_id);
    `,
  },
  {
    name: "002-rate-limits",
    sql: `
      CREATE TABLE rate_limits (
        key TEXT PRIMARY KEY,           -- server, identity and scope
        tokens REAL NOT NULL,
        at INTEGER NOT NULL             -- epoch ms the tokens were computed for
      ) WITHOUT ROWID;
    `,
  },
  {
    name: "003-pins",
    sql: `
      CREATE TABLE pins (
        server TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('tool', 'prompt', 'instructions')),
        name TEXT NOT NULL,
        hash TEXT NOT NULL,
        definition TEXT NOT NULL,      -- canonical JSON as first seen (or as approved)
        pinned_at INTEGER NOT NULL,
        PRIMARY KEY (server, kind, name)
      );
      CREATE TABLE pin_changes (
        server TEXT NOT NULL,
        kind TEXT NOT NULL,
        name TEXT NOT NULL,
        hash TEXT NOT NULL,
        definition TEXT NOT NULL,      -- the definition waiting for approval
        seen_at INTEGER NOT NULL,
        PRIMARY KEY (server, kind, name)
      );
    `,
  },
  {
    name: "004-spend-and-approvals",
    sql: `
      CREATE TABLE spend (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        ts INTEGER NOT NULL,
        server TEXT NOT NULL,
        identity TEXT NOT NULL,
        session_id TEXT NOT NULL,
        tool TEXT NOT NULL,
        amount REAL NOT NULL,
        currency TEXT NOT NULL
      );
      CREATE INDEX spend_identity_ts ON spend (server, identity, ts);
      CREATE TABLE approvals (
        id TEXT PRIMARY KEY,
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL,
        server TEXT NOT NULL,
        identity TEXT NOT NULL,
        tool TEXT NOT NULL,
        amount REAL,
        currency TEXT,
        fingerprint TEXT NOT NULL,     -- digest of server, identity, tool and arguments: a retry must match it
        arguments TEXT NOT NULL,       -- redacted (what detection finds), for the person deciding
        why TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'denied', 'used', 'closed')),
        decided_at INTEGER,
        decided_by TEXT,
        reason TEXT
      );
      CREATE INDEX approvals_fingerprint ON approvals (fingerprint, created_at);
    `,
  },
  {
    name: "005-journal-position",
    sql: `
      CREATE TABLE journal_position (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        seq INTEGER NOT NULL            -- the last audit-journal entry this database holds
      );
    `,
  },
  {
    // Pins per kind (resources and resource templates too), poison findings kept with pending changes, and
    // what each server last listed: the verdicts are the server's, kept across sessions and restarts.
    name: "006-definitions-per-server",
    sql: `
      CREATE TABLE pins_by_kind (
        server TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('tool', 'prompt', 'resource', 'resource_template', 'instructions')),
        name TEXT NOT NULL,
        hash TEXT NOT NULL,
        definition TEXT NOT NULL,
        pinned_at INTEGER NOT NULL,
        PRIMARY KEY (server, kind, name)
      );
      INSERT INTO pins_by_kind SELECT server, kind, name, hash, definition, pinned_at FROM pins;
      DROP TABLE pins;
      ALTER TABLE pins_by_kind RENAME TO pins;
      ALTER TABLE pin_changes ADD COLUMN findings TEXT NOT NULL DEFAULT '[]';  -- JSON array of poison signals
      CREATE TABLE pinned_kinds (
        server TEXT NOT NULL,
        kind TEXT NOT NULL,
        pinned_at INTEGER NOT NULL,    -- when this kind was first listed (trust on first use)
        PRIMARY KEY (server, kind)
      ) WITHOUT ROWID;
      INSERT INTO pinned_kinds SELECT server, kind, MIN(pinned_at) FROM pins GROUP BY server, kind;
      CREATE TABLE listed_definitions (
        server TEXT NOT NULL,
        kind TEXT NOT NULL,
        name TEXT NOT NULL,            -- exactly as listed (a resource's URI, a template's URI template)
        hash TEXT NOT NULL,            -- digest of the definition as last listed
        poison_score INTEGER NOT NULL,
        signals TEXT NOT NULL,         -- JSON array of poison signals
        hidden TEXT,                   -- JSON array of hidden-character kinds, or NULL
        listed_at INTEGER NOT NULL,    -- when it was first listed as it is now
        PRIMARY KEY (server, kind, name)
      ) WITHOUT ROWID;
    `,
  },
  {
    // How each server name was last launched, so that a server renamed in the config keeps its pins (see
    // PinRepository.followRenames): pins are kept per name, and a new name would trust anything on first use.
    name: "007-server-launches",
    sql: `
      CREATE TABLE server_launches (
        server TEXT NOT NULL PRIMARY KEY,
        launch TEXT NOT NULL,          -- digest of the command, arguments, directory, URL and environment
        seen_at INTEGER NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX server_launches_by_launch ON server_launches (launch, seen_at);
    `,
  },
  {
    // The program each name last ran, its environment and directory aside (see PinRepository.followRenames):
    // a server renamed in the same edit that gave it one more variable is still the server it was.
    name: "008-server-programs",
    sql: `
      ALTER TABLE server_launches ADD COLUMN program TEXT;  -- digest of the command, arguments and URL
    `,
  },
  {
    // How the server of each spending was launched (the digests pins follow renames with): a server renamed in
    // the config is launched as before, and its caps count what it spent under its old name.
    name: "009-spend-launch",
    sql: `
      ALTER TABLE spend ADD COLUMN launch TEXT;   -- NULL for rows written before this migration
      ALTER TABLE spend ADD COLUMN program TEXT;  -- NULL also when another server ran the same program
      CREATE INDEX spend_launch_ts ON spend (launch, identity, ts);
      CREATE INDEX spend_program_ts ON spend (program, identity, ts);
    `,
  },
  {
    // What the daemon of this home was configured with, for the CLI to read whatever config it is handed:
    // approvals.require_person belongs to the home whose approvals it guards.
    name: "010-daemon-settings",
    sql: `
      CREATE TABLE daemon_settings (
        name TEXT NOT NULL PRIMARY KEY,
        value TEXT NOT NULL
      ) WITHOUT ROWID;
    `,
  },
  {
    // When each server's pins were last forgotten (`pins reset`), so that it does not take them back from a
    // name it once had (PinRepository.followRenames) while the launches it was recorded under are kept: the
    // counts of a renamed server follow those names (namesLaunchedAs), and a reset must not lose them.
    name: "011-pin-resets",
    sql: `
      CREATE TABLE pin_resets (
        server TEXT NOT NULL PRIMARY KEY,
        at INTEGER NOT NULL            -- on the clock of server_launches.seen_at: launches recorded later count
      ) WITHOUT ROWID;
    `,
  },
  {
    // Whether a pin was made on first use (1) or by a person's approval (0). A pin made on first use trusted
    // what was seen first, without the context known later (the tools other servers list): a definition it
    // holds that reads as poisoned now waits for a person again. Pins from before this are taken as made on
    // first use (a person's approval of one that now reads as poisoned is asked for once more).
    name: "012-pin-first-use",
    sql: `
      ALTER TABLE pins ADD COLUMN first_use INTEGER NOT NULL DEFAULT 1;
    `,
  },
  {
    // Which API key spent (a digest keyed with the daemon key, Identity.keyDigest): the same key renamed in
    // the config, or named where it had none, has its caps count what it spent under its old name.
    name: "013-spend-identity-key",
    sql: `
      ALTER TABLE spend ADD COLUMN identity_key TEXT;  -- NULL for rows written before this, and for other identities
      CREATE INDEX spend_identity_key_ts ON spend (identity_key, ts);
    `,
  },
];
