// The daemon: the composition root. It owns the socket, the sessions, their upstreams, the stores and the
// logger, and wires the parts that do the work: socket-server (listening), connection (the first frames of
// a connection), session-factory (making sessions), session-registry (sessions and server states),
// config-reload (watching and loading edits), daemon-stores (database, audit, retention), daemon-status.
import { randomBytes, randomUUID } from "node:crypto";
import type { Server, Socket } from "node:net";
import { userInfo } from "node:os";
import {
  configuredServer,
  loadServerCheck,
  type Config,
  type HttpFrontConfig,
  type ServerCheck,
  type ServerConfig,
  type ServerVariables,
} from "@mcp-guard/config/runtime";
import {
  ApiKeys,
  policyChain,
  RateLimiter,
  type ChainDependencies,
  type Direction,
  type Interceptor,
} from "@mcp-guard/core";
import { trimMallocHeap } from "@mcp-guard/peercred";
import { recordDaemonSetting } from "@mcp-guard/store";
import { resolveDaemonPaths, type DaemonPaths, type HealthReply, type StatusReply } from "@mcp-guard/wire";
import { AuditScrub } from "./audit-scrub.js";
import { Authenticator } from "./authenticate.js";
import { ConfigWatcher, loadNextConfig } from "./config-reload.js";
import { handleConnection, type ControlHandlers } from "./connection.js";
import {
  closeStores,
  olderRowsPass,
  openStores,
  startRetention,
  type DaemonStores,
  type OlderRowsPass,
} from "./daemon-stores.js";
import { daemonHealth, daemonStatus } from "./daemon-status.js";
import { DashboardServer } from "./dashboard-server.js";
import { detectionFromConfig } from "./detection.js";
import { showWithTypesOf } from "./shown-text.js";
import { acquireLock, ensureDaemonKey, ensureHome } from "./home.js";
import type { FrontDoor } from "./http/front-door.js";
import { createLogger, type Logger } from "./logger.js";
import { startBusyTrim } from "./busy-trim.js";
import { startIdleCollector, v8Gc } from "./idle-collector.js";
import { optimiseWhenBusy } from "./optimising-compiler.js";
import { TokenStore } from "./oauth-tokens.js";
import { followRenames, serverLaunch } from "./server-launches.js";
import { guardOwnPaths } from "./server-places.js";
import { SessionFactory } from "./session-factory.js";
import { SessionRegistry } from "./session-registry.js";
import type { Session } from "./session.js";
import { listenOnSocket, removeSocketFile } from "./socket-server.js";
import type { Upstream } from "./upstream/index.js";
import { WithheldKeys } from "./withheld-keys.js";

export const VERSION = "0.1.0";

/** Why a session is ended when an edited config no longer gives it the identity and roles it opened with. */
const STALE_IDENTITY =
  "the session's credentials no longer give the identity and roles it was opened with (the config was edited); open a new session";

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

export type DaemonStatus = StatusReply;

export class Daemon {
  readonly paths: DaemonPaths;
  private readonly registry = new SessionRegistry();
  private readonly sessionFactory: SessionFactory;
  private authenticator: Authenticator;
  private chain: readonly Interceptor[] = [];
  private stores: DaemonStores | undefined;
  private dashboard: DashboardServer | undefined;
  private frontDoor: FrontDoor | undefined;
  private readonly startedAt = Date.now();
  private server: Server | undefined;
  private logger!: Logger;
  private key = "";
  /** Looked up once: reading the passwd entry opens a file, which fails once descriptors run out. */
  private readonly uid = userInfo().uid;
  private releaseLock: (() => void) | undefined;
  private retentionTimer: NodeJS.Timeout | undefined;
  private olderRows: OlderRowsPass | undefined;
  private idleCollector: NodeJS.Timeout | undefined;
  private busyTrim: NodeJS.Timeout | undefined;
  /**
   * Writes a crash into daemon.log, where `status` and a person look, before Node prints it (to the start-up
   * log of a detached daemon) and exits: a monitor, so what Node does with the error is unchanged.
   */
  private readonly logCrash = (err: Error, origin: string) =>
    this.logger.fatal({ err, origin }, "the daemon crashed");
  private stopping: Promise<void> | undefined;
  private resolveStopped!: () => void;
  /** Resolves once the daemon has fully stopped. */
  readonly stopped = new Promise<void>((resolve) => (this.resolveStopped = resolve));

  /** The config in force: replaced as a whole by a successful reload. */
  private config: Config;
  private variables: ServerVariables | undefined;
  private serverCheck: ServerCheck | undefined;
  private reloadError: string | null = null;
  /** Keys of the config in force refused since a reload found them readable by others (withheld-keys.ts). */
  private withheld = WithheldKeys.none;
  /** The reload in progress, if any: reloads run one after another (see reload). */
  private reloads: Promise<unknown> = Promise.resolve();
  private queuedReload: Promise<boolean> | undefined;
  /** Why the HTTP endpoint of the config in force is not listening, or null. */
  private httpError: string | null = null;
  private loadedAt = Date.now();
  private watcher: ConfigWatcher | undefined;
  private chainParts: Omit<ChainDependencies, "detection" | "now"> | undefined;
  private auditScrub: AuditScrub | undefined;

  constructor(private readonly options: DaemonOptions) {
    this.config = options.config;
    this.variables = options.variables;
    this.paths = resolveDaemonPaths(options.config.daemon);
    this.authenticator = new Authenticator(
      options.config.auth,
      new TokenStore(this.paths.tokens),
      () => this.key,
    );
    this.registry.sync(this.config, this.variables);
    this.sessionFactory = new SessionFactory({
      configPath: options.configPath,
      options,
      registry: this.registry,
      stopping: () => this.stopping !== undefined,
      config: () => this.config,
      variables: () => this.variables,
      serverCheck: () => this.serverCheck,
      authenticator: () => this.authenticator,
      audit: () => this.stores?.audit,
      logger: () => this.logger,
      chain: () => this.chain,
      auditScrub: () => this.auditScrub,
      ownPaths: () => this.ownPaths(),
      launchOf: (name, server, filled) =>
        serverLaunch(
          name,
          server,
          this.config.servers,
          this.key,
          (launch, program, limit) =>
            this.stores ? this.stores.pins.namesLaunchedAs(launch, program, limit) : [],
          filled,
        ),
    });
  }

  private ownPaths(): string[] {
    return guardOwnPaths(this.paths, this.options.configPath, this.config.daemon);
  }

  /** Takes the lock, opens the database and listens. Throws AlreadyRunningError when another daemon runs. */
  async start(): Promise<void> {
    const { config } = this;
    ensureHome(this.paths);
    this.serverCheck = await serverCheckFor(this.variables);
    this.releaseLock = acquireLock(this.paths.lock);
    try {
      this.key = ensureDaemonKey(this.paths);
      this.logger = createLogger(this.paths.log, config.daemon.log_level);
      process.on("uncaughtExceptionMonitor", this.logCrash);
      // Before anything is kept: definitions, names and stderr are redacted with the config's types too.
      showWithTypesOf(config.pii);
      const stores = openStores(this.paths, config.audit.stdout, this.logger, this.key);
      this.stores = stores;
      followRenames(stores.pins, config.servers, this.key, this.logger);
      recordDaemonSetting(stores.db, "require_person", String(config.approvals.require_person));
      this.chainParts = {
        limiter: new RateLimiter(stores.buckets, Date.now),
        pins: stores.pins,
        // "c" for a call: definition changes in the same queue have ids starting with "d".
        spend: {
          store: stores.spend,
          newId: () => `c${randomBytes(6).toString("hex").slice(0, 11)}`,
          limits: () => this.config.approvals,
        },
      };
      this.chain = this.buildChain(config);
      this.retentionTimer = startRetention(stores, () => this.config.audit.retention_days, this.logger);
      optimiseWhenBusy((listener) => stores.audit.subscribe(listener));
      this.idleCollector = startIdleCollector(
        v8Gc(),
        undefined,
        (c) =>
          this.logger.info(
            { pause_ms: Math.round(c.pauseMs), heap_before: c.heapBefore, heap_after: c.heapAfter },
            "collected while idle",
          ),
        () => {
          // SQLite's page cache (up to 2 MB, see openDatabase) first, so its pages are among those given
          // back; the next audit batch reads what it needs again from the OS's cache.
          this.stores?.db.pragma("shrink_memory");
          trimMallocHeap();
        },
      );
      this.busyTrim = startBusyTrim(trimMallocHeap);
      this.server = await listenOnSocket(this.paths.socket, (socket) => this.accept(socket), this.logger);
      this.dashboard = new DashboardServer({
        home: this.paths.home,
        port: config.daemon.dashboard_port,
        status: () => this.status(),
        repository: stores.repository,
        spend: stores.spend,
        pins: stores.pins,
        audit: stores.audit,
        logger: this.logger,
        auditKey: this.key,
      });
      await this.dashboard.start();
      if (config.daemon.http) await this.openFrontDoor(config.daemon.http);
      if (this.options.watch !== false)
        this.watcher = new ConfigWatcher(this.options.configPath, () => this.reload(), this.logger);
      this.logger.info(
        { config: this.options.configPath, socket: this.paths.socket, servers: Object.keys(config.servers) },
        "daemon started",
      );
      this.olderRows = olderRowsPass(stores, this.logger);
      // Start-up built the detectors' tables and compiled the config's patterns; the C memory those steps
      // freed (compiler zones, the builders' scratch) would otherwise stay resident for the daemon's life.
      trimMallocHeap();
    } catch (err) {
      await this.stop();
      throw err;
    }
  }

  private accept(socket: Socket): void {
    socket.setNoDelay?.(true);
    handleConnection(socket, {
      key: this.key,
      uid: this.uid,
      probeInfo: () => ({ type: "probe_ok", pid: process.pid, version: VERSION }),
      openSession: (hello, s, peer) => this.sessionFactory.openForBridge(hello, s, peer),
      control: this.controlHandlers(),
      onError: (err) => this.logger.debug({ err }, "client socket error"),
    });
  }

  /** The Streamable HTTP endpoint for remote clients; its sessions are made like the bridge's. */
  private async openFrontDoor(http: HttpFrontConfig): Promise<void> {
    // Loaded only when configured: a daemon serving bridges only needs none of the HTTP endpoint's code.
    const { FrontDoor } = await import("./http/front-door.js");
    this.frontDoor = new FrontDoor({
      config: http,
      auth: () => this.config.auth,
      withheldKeys: () => this.withheld,
      daemonKey: () => this.key,
      servers: () => Object.keys(this.config.servers),
      issuer: () => this.config.auth.oauth?.issuer,
      scopes: () => this.config.auth.oauth?.scopes ?? [],
      openSession: (name, identity, endpoint) => {
        const serverConfig = configuredServer(this.config.servers, name);
        if (this.stopping || !serverConfig) return { refuse: "the daemon is shutting down" };
        const session = this.sessionFactory.create(
          name,
          serverConfig,
          randomUUID(),
          identity,
          { ok: true },
          endpoint,
          0,
        );
        return {
          close: (reason) => void session.close(reason, "client_closed", false),
          renew: (fresh) => session.renewCredential(fresh),
        };
      },
      logger: this.logger.child({ front: "http" }),
      refused: ({ server, identity, reason }) =>
        this.stores?.audit.record({
          ts: Date.now(),
          session_id: "http",
          server: server ?? "-",
          direction: "to_server",
          kind: "request",
          method: null,
          target: null,
          rpc_id: null,
          identity: identity ?? "unauthenticated:http",
          decision: "block",
          reason,
          trace: [],
          latency_ms: 0,
          bytes: 0,
        }),
    });
    await this.frontDoor.start();
    this.logger.info({ url: this.frontDoor.url }, "HTTP endpoint listening");
  }

  /**
   * A reload's daemon.http: opened, changed (a new address, port, path or TLS restarts the listener) or
   * removed (its sessions end). A listener that cannot start is reported in the log and in status.
   */
  private async applyHttp(http: HttpFrontConfig | undefined): Promise<void> {
    const door = this.frontDoor;
    try {
      if (http && door) {
        if (await door.reconfigure(http)) this.logger.info({ url: door.url }, "HTTP endpoint moved");
      } else if (http) await this.openFrontDoor(http);
      else if (door) {
        this.frontDoor = undefined;
        door.closeSessions("daemon.http was removed from the config");
        await door.stop();
        this.logger.info("HTTP endpoint closed: daemon.http was removed from the config");
      }
      this.httpError = null;
    } catch (err) {
      this.httpError = `the HTTP endpoint is not listening: ${(err as Error).message}`;
      this.logger.error({ err }, `${this.httpError} (fix daemon.http; the next edit retries)`);
    }
  }

  /** The HTTP endpoint's base URL (sessions at <url>/<server>), when it is configured. */
  get httpUrl(): string | undefined {
    return this.frontDoor?.listening ? this.frontDoor.url : undefined;
  }

  private controlHandlers(): ControlHandlers {
    return {
      status: () => this.status(),
      health: () => this.health(),
      dashboard_login: () => ({ type: "dashboard", url: this.dashboard?.loginUrl() ?? "" }),
      stop: () => {
        setImmediate(() => void this.stop());
        return { type: "ok", message: "stopping" };
      },
      reload: async () => {
        const applied = await this.reload();
        const problems = this.stopping ? "the daemon is stopping" : this.reloadError;
        return { type: "reloaded", applied, problems: applied ? null : problems };
      },
    };
  }

  private buildChain(config: Config): readonly Interceptor[] {
    // The audit checks what it stores with every built-in detector and the config's custom types, even where
    // the pipeline does not scan or the config disables a type (audit-scrub.ts).
    this.auditScrub = new AuditScrub(
      detectionFromConfig({ ...config.pii, enabled: true })?.scanner,
      this.key,
    );
    if (this.chainParts === undefined)
      throw new Error("daemon: the policy chain is built before its parts exist");
    return policyChain({ ...this.chainParts, now: Date.now, detection: detectionFromConfig(config.pii) });
  }

  /**
   * Swaps the whole config at once. An invalid edit keeps the previous config (and says why in the log and
   * in status). Sessions of a removed server are closed and new ones refused; open sessions get the new
   * policy from their next message; a changed server command applies to new sessions.
   */
  reload(): Promise<boolean> {
    // One at a time, in the order asked: each reads the file when it starts, so overlapping reloads (two quick
    // edits, a slow `extends` base) could otherwise swap in an older file after a newer one.
    // One not yet started reads the file as it will be then, so later requests join it.
    if (this.queuedReload) return this.queuedReload;
    const next = this.reloads.then(() => {
      this.queuedReload = undefined;
      return this.reloadNow();
    });
    this.queuedReload = next;
    this.reloads = next.catch(() => undefined);
    return next;
  }

  private async reloadNow(): Promise<boolean> {
    if (this.stopping) return false;
    const result = await loadNextConfig(this.options.configPath, this.config, this.paths.home, this.logger);
    if (!result.ok) {
      this.withhold(result.exposedKeys, result.exposesEveryKeyAsWritten);
      const withheld = this.withheld.summary();
      this.reloadError = withheld === null ? result.problems : `${result.problems}; ${withheld}`;
      this.logger.warn({ problems: this.reloadError }, "config reload failed; keeping the previous config");
      return false;
    }
    const next = result.config;
    const authenticator = new Authenticator(next.auth, new TokenStore(this.paths.tokens), () => this.key);
    // Checked before the edit takes effect, so no request of such a session is served under the new config.
    const checked = new Set(this.registry.all());
    const serverCheck = await serverCheckFor(result.variables);
    const stale = await this.registry.staleIdentities(authenticator);
    const http = next.daemon.http;
    const staleHttp = http ? ((await this.frontDoor?.staleSessions(next.auth, http)) ?? []) : [];
    if (this.stopping) return false;
    // Before any session of a renamed server can open under the new config.
    showWithTypesOf(next.pii);
    if (this.stores) {
      followRenames(this.stores.pins, next.servers, this.key, this.logger);
      recordDaemonSetting(this.stores.db, "require_person", String(next.approvals.require_person));
    }
    this.config = next;
    this.variables = result.variables;
    this.serverCheck = serverCheck;
    this.reloadError = null;
    this.loadedAt = Date.now();
    if (this.withheld.size > 0)
      this.logger.warn("the config is fixed: the withheld API keys it holds are accepted again");
    this.withheld = WithheldKeys.none;
    this.authenticator = authenticator;
    this.endStale(stale);
    for (const session of staleHttp) session.close(STALE_IDENTITY);
    // Sessions opened while the check ran authenticated under the old config: check them too.
    void this.registry.staleIdentities(authenticator, checked).then((late) => this.endStale(late));
    if (http)
      void this.frontDoor?.staleSessions(next.auth, http).then((late) => {
        for (const session of late) session.close(STALE_IDENTITY);
      });
    this.chain = this.buildChain(next);
    this.registry.sync(next, this.variables);
    this.registry.applyConfig(next, this.ownPaths());
    await this.applyHttp(next.daemon.http);
    this.logger.info({ servers: Object.keys(next.servers) }, "config reloaded");
    return true;
  }

  /**
   * Stops accepting the keys of the config in force that a refused reload found exposed (their sha256), and
   * ends the sessions they opened, over the bridge and over HTTP: the daemon cannot tell the owner's sessions
   * from those of whoever read the file. `everyKeyAsWritten`: the readable file cannot be parsed, so no key
   * written as is in the config in force can be known to be absent from it.
   */
  private withhold(exposed: readonly string[] | undefined, everyKeyAsWritten: boolean): void {
    const served = new ApiKeys(this.config.auth.api_keys);
    const digests = [...(exposed ?? []), ...(everyKeyAsWritten ? served.writtenAsIs() : [])];
    const withheld = this.withheld.adding(served, digests, this.options.configPath);
    if (withheld === this.withheld) return;
    this.withheld = withheld;
    const authenticator = new Authenticator(
      this.config.auth,
      new TokenStore(this.paths.tokens),
      () => this.key,
      withheld,
    );
    this.authenticator = authenticator;
    this.logger.error(
      { withheld: withheld.summary() },
      "API keys withheld: the config holding them is readable by other users",
    );
    const reason = withheld.refusal();
    this.frontDoor?.closeSessionsOf(withheld, reason);
    // Bridge sessions: those whose handshake ran before the swap are found by a second look once it is over.
    const checked = new Set(this.registry.all());
    const end = (sessions: readonly Session[]) => {
      for (const session of sessions) void session.close(reason, "credentials_changed");
    };
    void this.registry
      .staleIdentities(authenticator)
      .then(end)
      .then(() => this.registry.staleIdentities(authenticator, checked))
      .then(end);
  }

  private endStale(sessions: readonly Session[]): void {
    for (const session of sessions) void session.close(STALE_IDENTITY, "credentials_changed");
  }

  status(): DaemonStatus {
    return daemonStatus({
      version: VERSION,
      startedAt: this.startedAt,
      configPath: this.options.configPath,
      config: this.config,
      loadedAt: this.loadedAt,
      reloadError: this.reloadError,
      withheldKeys: this.withheld.summary(),
      home: this.paths.home,
      registry: this.registry,
      stores: this.stores,
      dashboard: this.dashboard?.address() ?? null,
      http: { url: this.httpUrl ?? null, error: this.httpError },
    });
  }

  /** Healthy when the database answers and the audit is keeping up. */
  health(): HealthReply {
    return daemonHealth(this.stores, this.registry.size);
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
    this.logger?.info({ sessions: this.registry.size }, "daemon stopping");
    this.watcher?.close();
    await this.dashboard?.stop().catch(() => {});
    this.server?.close();
    const drainMs = this.config.daemon.shutdown_timeout * 1000;
    const sessions = this.registry.all();
    await Promise.all(sessions.map((s) => s.drain(drainMs, "the daemon is stopping")));
    await Promise.all(sessions.map((s) => s.close("the daemon is stopping", "daemon_stopping")));
    await this.frontDoor?.stop();
    if (this.retentionTimer) clearInterval(this.retentionTimer);
    this.olderRows?.stop();
    if (this.idleCollector) clearInterval(this.idleCollector);
    if (this.busyTrim) clearInterval(this.busyTrim);
    if (this.stores) closeStores(this.stores, this.paths.database);
    if (this.server) removeSocketFile(this.paths.socket);
    process.off("uncaughtExceptionMonitor", this.logCrash);
    this.logger?.info("daemon stopped");
    if (this.logger) await new Promise<void>((resolve) => this.logger.flush(() => resolve()));
    // Last: once the lock is gone another daemon may start, so nothing of this one may still run.
    this.releaseLock?.();
  }
}

/** The check of per-session server entries, for a config that has any (it loads zod: only then). */
async function serverCheckFor(variables: ServerVariables | undefined): Promise<ServerCheck | undefined> {
  return variables && Object.keys(variables.raw).length > 0 ? loadServerCheck() : undefined;
}
