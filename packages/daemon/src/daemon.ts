// The daemon: owns the socket, the sessions, their upstreams, the audit database and the logger.
import { randomBytes, randomUUID } from "node:crypto";
import { chmodSync, existsSync, realpathSync, unlinkSync, watch, type FSWatcher } from "node:fs";
import { basename, dirname, join } from "node:path";
import { createServer, type Server, type Socket } from "node:net";
import { userInfo } from "node:os";
import {
  formatIssue,
  loadConfig,
  missingReason,
  serverForSession,
  type Config,
  type HttpFrontConfig,
  type ServerConfig,
  type ServerVariables,
} from "@mcp-guard/config";
import {
  DEFAULT_ACTIONS,
  effectivePolicy,
  policyChain,
  RateLimiter,
  type AuthState,
  type ChainDependencies,
  type Direction,
  type Identity,
  type Interceptor,
} from "@mcp-guard/core";
import {
  AuditRepository,
  DurableBatchRepository,
  openDatabase,
  PinRepository,
  RateLimitRepository,
  SpendRepository,
  secureFiles,
  type Db,
} from "@mcp-guard/store";
import {
  probeDaemon,
  resolveDaemonPaths,
  writeControl,
  type ControlMessage,
  type DaemonPaths,
  type Frame,
} from "@mcp-guard/wire";
import { AuditJournal, replayJournal } from "./audit-journal.js";
import { AuditScrub } from "./audit-scrub.js";
import { AuditWriter } from "./audit-writer.js";
import { Authenticator } from "./authenticate.js";
import { PersistentBuckets } from "./persistent-buckets.js";
import { TokenStore } from "./oauth-tokens.js";
import { detectionFromConfig } from "./detection.js";
import { DashboardServer } from "./dashboard-server.js";
import { clientEndpoint, type ClientEndpoint } from "./client-endpoint.js";
import { handleConnection } from "./connection.js";
import type { PeerCredentials } from "@mcp-guard/peercred";
import { acquireLock, AlreadyRunningError, ensureDaemonKey, ensureHome } from "./home.js";
import { createLogger, type Logger } from "./logger.js";
import { serverPlaces } from "./server-places.js";
import { ServerUnavailableError, Session } from "./session.js";
import { withheldDefinitions, type WithheldDefinition } from "./withheld.js";
import { createUpstream, type Upstream } from "./upstream/index.js";
import type { FrontDoor } from "./http/front-door.js";
import { HttpCredentials } from "./http/http-credentials.js";

export const VERSION = "0.1.0";
const RETENTION_SWEEP_MS = 60 * 60 * 1000;
const RELOAD_DEBOUNCE_MS = 250;

export interface DaemonOptions {
  config: Config;
  configPath: string;
  /** What loading found about the servers' ${VAR}s (from loadConfig); none means no server uses any. */
  variables?: ServerVariables;
  /** The checks for each direction, in order. */
  interceptors?: Partial<Record<Direction, readonly Interceptor[]>>;
  /** Per-interceptor budget in ms; a check that exceeds it blocks its message. */
  interceptorTimeoutMs?: number;
  /** Watch the config file and apply edits (default true). */
  watch?: boolean;
  /** Called once when stopping begins, whatever asked for it (a signal, `mcp-guard stop`, a failed start). */
  onStopping?: () => void;
  /** Replaces how upstream connections are made (in-process tests connect an in-memory server). */
  createUpstream?: (name: string, server: ServerConfig) => Upstream;
}

interface ServerState {
  /** Why the server cannot start unless a client's entry supplies what it needs, or null. */
  disabled: string | null;
  sessions: number;
  last_error: string | null;
  last_error_at: string | null;
  /** The last stderr lines of the server behind the last error. */
  last_stderr: string[];
}

export interface DaemonStatus extends ControlMessage {
  type: "status";
  pid: number;
  version: string;
  started_at: string;
  config: string;
  config_loaded_at: string;
  /** Why the last edit was not applied (the previous config stays in force), or null. */
  config_error: string | null;
  home: string;
  servers: Record<string, ServerState & { transport: string; withheld: WithheldDefinition[] }>;
  sessions: ReturnType<Session["status"]>[];
  audit: { queued: number; written: number; last_write_at: string | null; last_error: string | null };
  /** Calls waiting for a person, and changed or new definitions waiting for approval. */
  pending: { approvals: number; definition_changes: number };
  dashboard: string | null;
}

export class Daemon {
  readonly paths: DaemonPaths;
  private readonly sessions = new Set<Session>();
  private readonly serverStates = new Map<string, ServerState>();
  private authenticator: Authenticator;
  private buckets: PersistentBuckets | undefined;
  private chain: readonly Interceptor[] = [];
  private spend: SpendRepository | undefined;
  private dashboard: DashboardServer | undefined;
  private frontDoor: FrontDoor | undefined;
  private readonly startedAt = Date.now();
  private server: Server | undefined;
  private db: Db | undefined;
  private audit: AuditWriter | undefined;
  private journal: AuditJournal | undefined;
  private logger!: Logger;
  private key = "";
  private releaseLock: (() => void) | undefined;
  private retentionTimer: NodeJS.Timeout | undefined;
  private stopping: Promise<void> | undefined;
  private resolveStopped!: () => void;
  /** Resolves once the daemon has fully stopped. */
  readonly stopped = new Promise<void>((resolve) => (this.resolveStopped = resolve));

  /** The config in force: replaced as a whole by a successful reload. */
  private config: Config;
  private variables: ServerVariables | undefined;
  private reloadError: string | null = null;
  private loadedAt = Date.now();
  private watcher: FSWatcher | undefined;
  private reloadTimer: NodeJS.Timeout | undefined;
  private chainParts: Omit<ChainDependencies, "detection" | "now"> | undefined;
  private pins: PinRepository | undefined;
  private auditScrub: AuditScrub | undefined;

  constructor(private readonly options: DaemonOptions) {
    this.config = options.config;
    this.variables = options.variables;
    this.paths = resolveDaemonPaths(options.config.daemon);
    this.authenticator = new Authenticator(options.config.auth, new TokenStore(this.paths.tokens));
    this.syncServerStates();
  }

  /** Takes the lock, opens the database and listens. Throws AlreadyRunningError when another daemon runs. */
  async start(): Promise<void> {
    const { config } = this;
    ensureHome(this.paths);
    this.releaseLock = acquireLock(this.paths.lock);
    try {
      this.key = ensureDaemonKey(this.paths);
      this.logger = createLogger(this.paths.log, config.daemon.log_level);
      this.db = openDatabase(this.paths.database);
      const repository = new AuditRepository(this.db);
      const limits = new RateLimitRepository(this.db);
      this.spend = new SpendRepository(this.db);
      this.audit = this.openAudit(config, this.db);
      this.buckets = new PersistentBuckets(limits, this.audit);
      this.pins = new PinRepository(this.db);
      this.chainParts = {
        limiter: new RateLimiter(this.buckets, Date.now),
        pins: this.pins,
        // "c" for a call: definition changes in the same queue have ids starting with "d".
        spend: { store: this.spend, newId: () => `c${randomBytes(6).toString("hex").slice(0, 11)}` },
      };
      this.chain = this.buildChain(config);
      this.sweepRetention(repository, limits);
      this.retentionTimer = setInterval(
        () => this.sweepRetention(repository, limits),
        RETENTION_SWEEP_MS,
      ).unref();
      await this.listen();
      this.dashboard = new DashboardServer({
        home: this.paths.home,
        port: config.daemon.dashboard_port,
        status: () => this.status(),
        repository,
        spend: this.spend,
        pins: this.pins,
        audit: this.audit,
        logger: this.logger,
      });
      await this.dashboard.start();
      if (config.daemon.http) await this.openFrontDoor(config.daemon.http);
      if (this.options.watch !== false) this.watch();
      this.logger.info(
        { config: this.options.configPath, socket: this.paths.socket, servers: Object.keys(config.servers) },
        "daemon started",
      );
    } catch (err) {
      await this.stop();
      throw err;
    }
  }

  /** Replays what a killed daemon left in the journal, then journals every row before it is forwarded. */
  private openAudit(config: Config, db: Db): AuditWriter {
    const batches = new DurableBatchRepository(db);
    const journalPath = join(this.paths.home, "audit.journal");
    const { seq, replayed } = replayJournal(journalPath, batches);
    if (replayed > 0) this.logger.info({ replayed }, "audit journal replayed into the database");
    this.journal = new AuditJournal(journalPath);
    return new AuditWriter(batches, this.journal, this.logger, { stdout: config.audit.stdout, seq });
  }

  private sweepRetention(repository: AuditRepository, limits: RateLimitRepository): void {
    const cutoff = Date.now() - this.config.audit.retention_days * 86_400_000;
    const removed = repository.deleteOlderThan(cutoff);
    // A bucket idle for longer than the longest window (an hour) is full again: its row says nothing.
    limits.deleteIdleSince(Date.now() - 2 * 3_600_000);
    if (removed > 0) this.logger.info({ removed }, "audit retention removed old rows");
  }

  private async listen(): Promise<void> {
    if (existsSync(this.paths.socket)) {
      // We hold the lock, so a live daemon here means the lock was bypassed: never steal its socket.
      if (await probeDaemon(this.paths.socket)) throw new AlreadyRunningError(-1);
      unlinkSync(this.paths.socket);
    }
    // Half-open: a client that closes stdin has ended only its side; the answers to its requests in flight
    // still travel back on ours (without this, Node would close the socket at once and drop them).
    const server = createServer({ allowHalfOpen: true }, (socket) => this.accept(socket));
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.paths.socket, () => {
        server.off("error", reject);
        resolve();
      });
    });
    chmodSync(this.paths.socket, 0o600);
    server.on("error", (err) => this.logger.error({ err }, "socket server error"));
  }

  private accept(socket: Socket): void {
    socket.setNoDelay?.(true);
    handleConnection(socket, {
      key: this.key,
      uid: userInfo().uid,
      probeInfo: () => ({ type: "probe_ok", pid: process.pid, version: VERSION }),
      openSession: (hello, s, peer) => this.openSession(hello, s, peer),
      control: (op) => this.control(op),
      onError: (err) => this.logger.debug({ err }, "client socket error"),
    });
  }

  private async openSession(hello: ControlMessage, socket: Socket, peer: PeerCredentials) {
    if (this.stopping) return { refuse: "shutting_down" as const, message: "the daemon is shutting down" };
    const name = typeof hello.server === "string" ? hello.server : "";
    const serverConfig = this.config.servers[name];
    if (!serverConfig) {
      const known = Object.keys(this.config.servers);
      return {
        refuse: "unknown_server" as const,
        message: `unknown server "${name}"; configured servers: ${known.length ? known.join(", ") : "(none)"} (config ${this.options.configPath})`,
      };
    }
    if (typeof hello.config === "string" && !samePath(hello.config, this.options.configPath)) {
      return {
        refuse: "config_mismatch" as const,
        message: `the running daemon uses ${this.options.configPath}, not ${hello.config}; stop it (mcp-guard stop) or use the same config`,
      };
    }
    const id = randomUUID();
    const sessionEnv = stringRecord(hello.env);
    const { identity, auth } = await this.authenticator.authenticate(peer.uid, hello.credentials);
    let client: ClientEndpoint;
    try {
      client = await clientEndpoint(hello, socket);
    } catch (err) {
      return { refuse: "bad_hello" as const, message: `the bridge's descriptors: ${(err as Error).message}` };
    }
    if (this.stopping || socket.destroyed)
      return { refuse: "shutting_down" as const, message: "the daemon is shutting down" };
    this.createSession(name, serverConfig, id, identity, auth, client, peer.pid, sessionEnv);
    writeControl(socket, { type: "welcome", session: id, descriptors: client.kind === "descriptors" });
    return (frame: Frame) => client.route(frame);
  }

  /**
   * A session of a configured server for an identity, on any client endpoint (the bridge's socket or
   * descriptors, or HTTP), listening to its client from now on. `sessionEnv` is the environment the client
   * gave the bridge: it fills the server's variables first (an HTTP client gives none).
   */
  private createSession(
    name: string,
    serverConfig: ServerConfig,
    id: string,
    identity: Identity,
    auth: AuthState,
    client: ClientEndpoint,
    clientPid: number,
    sessionEnv: Record<string, string> = {},
  ): Session {
    const resolved = serverForSession(name, this.config, this.variables, sessionEnv);
    const state: ServerState = this.serverStates.get(name) ?? {
      disabled: null,
      sessions: 0,
      last_error: null,
      last_error_at: null,
      last_stderr: [],
    };
    this.serverStates.set(name, state);
    const audit = this.audit;
    if (!audit) throw new Error("sessions are made only once the daemon has started");
    const { config } = this;
    const logger = this.logger.child({ server: name, session: id });
    const session: Session = new Session({
      id,
      server: name,
      identity,
      auth,
      policy: effectivePolicy(
        serverConfig.policy,
        identity.roles,
        config.auth.roles,
        serverPlaces(serverConfig),
      ),
      clientPid,
      client,
      audit,
      logger,
      maxMessageBytes: this.config.daemon.max_message_bytes,
      interceptorTimeoutMs: this.options.interceptorTimeoutMs ?? config.interceptors.timeout * 1000,
      interceptors: (direction) => this.options.interceptors?.[direction] ?? this.chain,
      auditScrub: this.auditScrub,
      createUpstream: () => {
        // A server whose variables nobody supplied is disabled for this session; the reason reaches the
        // client as the error of its first request, and status.
        if (!resolved.ok) throw new ServerUnavailableError(resolved.reason);
        return (
          this.options.createUpstream?.(name, resolved.server) ??
          createUpstream(resolved.server, this.config.daemon, logger, { ...process.env, ...sessionEnv })
        );
      },
      onUpstreamFailure: (reason, stderr) => {
        state.last_error = reason;
        state.last_error_at = new Date().toISOString();
        state.last_stderr = stderr;
      },
      onClosed: () => {
        this.sessions.delete(session);
        state.sessions--;
        logger.info("session closed");
      },
    });
    this.sessions.add(session);
    state.sessions++;
    logger.info(
      { identity: `${identity.method}:${identity.user}`, authenticated: auth.ok },
      "session opened",
    );
    // End of input from the client (it closed stdin): like a stdio server, answer what is in flight, then
    // end. A dropped connection (the client crashed): end at once. Either way the server is reaped.
    client.listen({
      data: (chunk) => session.onClientData(chunk),
      end: () => void session.finish(this.config.daemon.shutdown_timeout * 1000),
      dropped: () => void session.close("client disconnected", "client_closed", false),
    });
    return session;
  }

  /** The Streamable HTTP endpoint for remote clients; its sessions are made like the bridge's. */
  private async openFrontDoor(http: HttpFrontConfig): Promise<void> {
    let credentials = { auth: this.config.auth, value: new HttpCredentials(this.config.auth, http) };
    // Loaded only when configured: the SDK's HTTP server transport and its web-standards adapter weigh MB.
    const { FrontDoor } = await import("./http/front-door.js");
    this.frontDoor = new FrontDoor({
      config: http,
      credentials: () => {
        if (credentials.auth !== this.config.auth)
          credentials = { auth: this.config.auth, value: new HttpCredentials(this.config.auth, http) };
        return credentials.value;
      },
      servers: () => Object.keys(this.config.servers),
      issuer: () => this.config.auth.oauth?.issuer,
      scopes: () => this.config.auth.oauth?.scopes ?? [],
      openSession: (name, identity, endpoint) => {
        const serverConfig = this.config.servers[name];
        if (this.stopping || !serverConfig) return { refuse: "the daemon is shutting down" };
        const session = this.createSession(
          name,
          serverConfig,
          randomUUID(),
          identity,
          { ok: true },
          endpoint,
          0,
        );
        return { close: (reason) => void session.close(reason, "client_closed", false) };
      },
      logger: this.logger.child({ front: "http" }),
    });
    await this.frontDoor.start();
    this.logger.info({ url: this.frontDoor.url }, "HTTP endpoint listening");
  }

  /** The HTTP endpoint's base URL (sessions at <url>/<server>), when it is configured. */
  get httpUrl(): string | undefined {
    return this.frontDoor?.url;
  }

  private async control(op: string): Promise<ControlMessage> {
    if (op === "status") return this.status();
    if (op === "health") return this.health();
    if (op === "dashboard_login") return { type: "dashboard", url: this.dashboard?.loginUrl() ?? "" };
    if (op === "stop") {
      setImmediate(() => void this.stop());
      return { type: "ok", message: "stopping" };
    }
    return { type: "error", reason: "unknown_op", message: `unknown control operation "${op}"` };
  }

  private buildChain(config: Config): readonly Interceptor[] {
    // The audit checks what it stores with the configured detectors even where the pipeline does not scan.
    this.auditScrub = new AuditScrub(
      detectionFromConfig({ ...config.pii, enabled: true })?.scanner,
      this.key,
    );
    if (this.chainParts === undefined)
      throw new Error("daemon: the policy chain is built before its parts exist");
    return policyChain({ ...this.chainParts, now: Date.now, detection: detectionFromConfig(config.pii) });
  }

  /**
   * Watches the config's directory rather than the file, so editors that save by writing a new file and
   * renaming it over the old one are seen too. Changes are debounced.
   */
  private watch(): void {
    const file = basename(this.options.configPath);
    try {
      this.watcher = watch(dirname(this.options.configPath), (_event, name) => {
        if (name !== null && name !== file) return;
        if (this.reloadTimer) clearTimeout(this.reloadTimer);
        this.reloadTimer = setTimeout(() => {
          this.reload().catch((err: unknown) =>
            this.logger.error({ err }, "config reload failed unexpectedly; keeping the previous config"),
          );
        }, RELOAD_DEBOUNCE_MS);
      });
      this.watcher.on("error", (err) =>
        this.logger.error({ err }, "config watch failed; edits need a restart"),
      );
    } catch (err) {
      this.logger.error({ err }, "cannot watch the config; edits need a restart");
    }
  }

  /**
   * Swaps the whole config at once. An invalid edit keeps the previous config (and says why in the log and
   * in status). Sessions of a removed server are closed and new ones refused; open sessions get the new
   * policy from their next message; a changed server command applies to new sessions.
   */
  async reload(): Promise<boolean> {
    if (this.stopping) return false;
    const result = await loadConfig(this.options.configPath, {
      cacheDir: join(this.paths.home, "extends-cache"),
      detectionDefaults: DEFAULT_ACTIONS,
    });
    if (!result.ok) {
      this.reloadError = result.issues.map(formatIssue).join("; ");
      this.logger.warn({ problems: this.reloadError }, "config reload failed; keeping the previous config");
      return false;
    }
    const next = result.config;
    const fixed = ["home", "socket_path"] as const;
    if (fixed.some((k) => next.daemon[k] !== this.config.daemon[k])) {
      this.logger.warn("daemon.home and daemon.socket_path change only on restart");
      next.daemon = {
        ...next.daemon,
        home: this.config.daemon.home,
        socket_path: this.config.daemon.socket_path,
      };
    }
    this.config = next;
    this.variables = result.variables;
    this.reloadError = null;
    this.loadedAt = Date.now();
    this.authenticator = new Authenticator(next.auth, new TokenStore(this.paths.tokens));
    this.chain = this.buildChain(next);
    this.syncServerStates();
    for (const session of [...this.sessions]) {
      const server = next.servers[session.server];
      if (!server) {
        void session.close(`server "${session.server}" was removed from the config`, "server_removed");
        continue;
      }
      session.updatePolicy(
        effectivePolicy(server.policy, session.identity.roles, next.auth.roles, serverPlaces(server)),
      );
    }
    this.logger.info({ servers: Object.keys(next.servers) }, "config reloaded");
    return true;
  }

  /** One state per configured server; a server missing variables says so before any client tries it. */
  private syncServerStates(): void {
    for (const name of [...this.serverStates.keys()])
      if (!this.config.servers[name]) this.serverStates.delete(name);
    for (const name of Object.keys(this.config.servers)) {
      const state = this.serverStates.get(name) ?? {
        disabled: null,
        sessions: 0,
        last_error: null,
        last_error_at: null,
        last_stderr: [],
      };
      const variables = this.variables;
      const missing = variables?.missing[name];
      state.disabled =
        variables && missing?.length
          ? `${missingReason(missing, variables)} (a client whose entry sets it can still use it)`
          : null;
      this.serverStates.set(name, state);
    }
  }

  status(): DaemonStatus {
    const servers: DaemonStatus["servers"] = {};
    for (const [name, state] of this.serverStates) {
      const server = this.config.servers[name];
      if (server === undefined) continue; // removed from the config: no longer a server to report on
      const rules = effectivePolicy(server.policy, [], this.config.auth.roles).integrity;
      const withheld = this.pins ? withheldDefinitions(this.pins, name, rules) : [];
      servers[name] = { transport: server.transport, ...state, withheld };
    }
    return {
      type: "status",
      pid: process.pid,
      version: VERSION,
      started_at: new Date(this.startedAt).toISOString(),
      config: this.options.configPath,
      config_loaded_at: new Date(this.loadedAt).toISOString(),
      config_error: this.reloadError,
      home: this.paths.home,
      servers,
      sessions: [...this.sessions].map((s) => s.status()),
      pending: this.pendingCounts(),
      dashboard: this.dashboard?.address() ?? null,
      audit: {
        queued: this.audit?.depth ?? 0,
        written: this.audit?.written ?? 0,
        last_write_at: this.audit?.lastWriteAt ? new Date(this.audit.lastWriteAt).toISOString() : null,
        last_error: this.audit?.lastError ?? null,
      },
    };
  }

  private pendingCounts(): DaemonStatus["pending"] {
    try {
      return {
        approvals: this.spend?.list(false, Date.now()).length ?? 0,
        definition_changes: this.pins?.changes().length ?? 0,
      };
    } catch {
      return { approvals: 0, definition_changes: 0 }; // a closed database while stopping: nothing to show
    }
  }

  /** Healthy when the database answers and the audit is keeping up. */
  health(): ControlMessage {
    const problems: string[] = [];
    try {
      this.db?.prepare("SELECT 1").get();
    } catch (err) {
      problems.push(`database: ${(err as Error).message}`);
    }
    if (this.audit?.lastError) problems.push(`audit: ${this.audit.lastError}`);
    if (this.audit && !this.audit.accepting) problems.push("audit: queue full, traffic refused");
    return {
      type: "health",
      healthy: problems.length === 0,
      problems,
      pid: process.pid,
      sessions: this.sessions.size,
    };
  }

  /**
   * Idempotent graceful stop: refuse new connections, let in-flight requests finish (up to
   * daemon.shutdown_timeout), close every session and reap its server, flush the audit, release the lock.
   */
  stop(): Promise<void> {
    if (!this.stopping) this.options.onStopping?.();
    this.stopping ??= this.shutdown().finally(() => this.resolveStopped());
    return this.stopping;
  }

  private async shutdown(): Promise<void> {
    this.logger?.info({ sessions: this.sessions.size }, "daemon stopping");
    this.watcher?.close();
    await this.dashboard?.stop().catch(() => {});
    if (this.reloadTimer) clearTimeout(this.reloadTimer);
    this.server?.close();
    const drainMs = this.config.daemon.shutdown_timeout * 1000;
    const sessions = [...this.sessions];
    await Promise.all(sessions.map((s) => s.drain(drainMs)));
    await Promise.all(sessions.map((s) => s.close("the daemon is stopping", "daemon_stopping")));
    await this.frontDoor?.stop();
    if (this.retentionTimer) clearInterval(this.retentionTimer);
    this.audit?.endTurn();
    this.audit?.flush();
    this.journal?.close();
    if (this.db) {
      try {
        this.db.pragma("wal_checkpoint(TRUNCATE)");
      } catch {
        /* a busy checkpoint is retried by SQLite next time */
      }
      this.db.close();
      secureFiles(this.paths.database);
    }
    if (this.server && existsSync(this.paths.socket)) {
      try {
        unlinkSync(this.paths.socket);
      } catch {
        /* already gone */
      }
    }
    this.logger?.info("daemon stopped");
    if (this.logger) await new Promise<void>((resolve) => this.logger.flush(() => resolve()));
    // Last: once the lock is gone another daemon may start, so nothing of this one may still run.
    this.releaseLock?.();
  }
}

function stringRecord(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (typeof value !== "object" || value === null) return out;
  for (const [k, v] of Object.entries(value)) if (typeof v === "string") out[k] = v;
  return out;
}

function samePath(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return a === b;
  }
}
