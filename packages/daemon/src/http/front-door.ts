// The daemon's client-facing Streamable HTTP endpoint: <path>/<server> serves one guarded session per MCP
// session, each put through the same Session (pipeline, audit, approvals, dashboard) as a bridge session.
// Order of the checks on each request: Host/Origin, credentials, route, session, then the session's transport
// (streamable-http.ts).
import { readFileSync } from "node:fs";
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import type { AuthConfig, HttpFrontConfig } from "@mcp-guard/config";
import { errorResponse, identityLabel, type ErrorReason, type Identity } from "@mcp-guard/core";
import { logAcceptErrors } from "../accept-errors.js";
import { keepDescriptorsForOwner } from "../descriptor-reserve.js";
import type { Logger } from "../logger.js";
import { redactShown } from "../shown-text.js";
import type { HttpEndpoint } from "./http-endpoint.js";
import { HttpCredentials, type HttpAuthOutcome } from "./http-credentials.js";
import { advertisedResource } from "./advertised-resource.js";
import { hostOrOriginRefusal, type ServedOrigin } from "./listener-guard.js";
import { BodyBudget, bodyBudgetLimits } from "./body-budget.js";
import { SessionPlaces } from "./session-places.js";
import type { BodyRefusal } from "./request-body.js";
import { WithheldKeys } from "../withheld-keys.js";

const METADATA_PATH = "/.well-known/oauth-protected-resource";
/**
 * At most this many refusals a minute are audited row by row: anyone who can reach the port can be refused,
 * and a row per request without a bound would let them fill the disk (then the audit refuses everything).
 * Beyond it the refusals are counted and the count is logged once the minute is over (or the door stops).
 * A refusal of a proven identity (another's session id tried with a valid key) is always audited: it is
 * attributable, that client could write a row per request in its own sessions anyway, and otherwise anyone
 * could spend the minute's rows on junk first to hide it.
 */
const REFUSAL_ROWS_PER_MINUTE = 600;
/** How often resumption events past their age are dropped from sessions nobody is talking to. */
const EXPIRY_SWEEP_MS = 30_000;

export interface FrontDoorDeps {
  config: HttpFrontConfig;
  /** The current auth section and servers: both follow config reloads. */
  auth: () => AuthConfig;
  /** The API keys refused while the config holding them is readable by others (withheld-keys.ts). */
  withheldKeys: () => WithheldKeys;
  /** The daemon key, which keys the digest an API key's counts follow (key-digest.ts). */
  daemonKey: () => string;
  servers: () => string[];
  /** The issuer named in the protected resource metadata. */
  issuer: () => string | undefined;
  scopes: () => string[];
  /** Builds a session on this endpoint; returns how to close it, or why not. */
  openSession: (
    server: string,
    identity: Identity,
    endpoint: HttpEndpoint,
  ) => SessionHandle | { refuse: string };
  logger: Logger;
  /**
   * A request refused before it reached a session (Host/Origin, route, credentials, a session not its own):
   * recorded in the audit as the pipeline records a bridge session's refusals. Only values the client did
   * not choose: a configured server's name, the identity its credential proved, the reason.
   */
  refused?: (refusal: { server: string | undefined; identity: string | undefined; reason: string }) => void;
  /** How many of those are audited row by row in a minute (REFUSAL_ROWS_PER_MINUTE unless a test says). */
  refusalRowsPerMinute?: number;
}

/** What the front door may do to a session it opened. */
export interface SessionHandle {
  close: (reason: string) => void;
  /** The owner proved again by a credential that expires later (a refreshed OAuth token). */
  renew: (fresh: Identity) => void;
}

interface OpenSession {
  endpoint: HttpEndpoint;
  server: string;
  /** The session belongs to the identity that opened it: another one gets "not found". */
  owner: string;
  /** The API key that opened it (its digest), to end it when that key is withheld. */
  credential: string | undefined;
  /**
   * The roles the session's policy was built from. Credentials are checked on every request; when they now
   * give other roles (a config edit, a token with other claims), the session is ended rather than go on
   * with the old ones.
   */
  roles: string;
  /**
   * The credential headers of its latest request, kept to check the session again when the config is edited
   * (staleSessions): in memory only, as a bridge session's presented credential is.
   */
  presented: PresentedCredentials;
  handle: SessionHandle;
  active: number;
  idle: NodeJS.Timeout | undefined;
}

export class FrontDoor {
  private server: Server | undefined;
  private readonly sessions = new Map<string, OpenSession>();
  /** Open sessions and those whose initialize is still in progress, per owner and in total. */
  private readonly places = new SessionPlaces();
  /** The bytes of request bodies being received, per owner and in all (read as daemon.http is now). */
  private readonly bodies = new BodyBudget(() => bodyBudgetLimits(this.config));
  /** daemon.http as in force: replaced by reconfigure. */
  private config: HttpFrontConfig;
  private credentials:
    { auth: AuthConfig; http: HttpFrontConfig; withheld: WithheldKeys; value: HttpCredentials } | undefined;
  private sweep: NodeJS.Timeout | undefined;
  private refusals = { minute: 0, audited: 0, unaudited: 0 };

  constructor(private readonly deps: FrontDoorDeps) {
    this.config = deps.config;
  }

  get url(): string {
    if (!this.server?.listening) throw new Error("the HTTP endpoint is not listening");
    const { port } = this.server.address() as AddressInfo;
    const host = this.config.address.includes(":") ? `[${this.config.address}]` : this.config.address;
    return `${this.config.tls ? "https" : "http"}://${host}:${port}${this.config.path}`;
  }

  get listening(): boolean {
    return this.server?.listening === true;
  }

  get sessionCount(): number {
    return this.sessions.size;
  }

  async start(): Promise<void> {
    this.sweep ??= setInterval(() => {
      for (const open of this.sessions.values()) open.endpoint.eventStore.expire();
      this.countRefusals(Math.floor(Date.now() / 60_000));
    }, EXPIRY_SWEEP_MS).unref();
    const { tls, address, port } = this.config;
    // The origin this server serves, for the Origin check: its port is known once it listens (port 0).
    const served: ServedOrigin = { scheme: tls ? "https:" : "http:", port: -1 };
    const handler = (req: IncomingMessage, res: ServerResponse) => {
      this.handle(req, res, served).catch((err: unknown) => {
        this.deps.logger.error({ err }, "HTTP request failed");
        if (!res.headersSent) send(res, 500, errorResponse(null, "internal_error"));
        else res.destroy();
      });
    };
    const server = tls
      ? createHttpsServer({ cert: readFileSync(tls.cert_file), key: readFileSync(tls.key_file) }, handler)
      : createHttpServer(handler);
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, address, () => {
        server.off("error", reject);
        served.port = (server.address() as AddressInfo).port;
        resolve();
      });
    });
    this.server = server;
    logAcceptErrors(server, "HTTP server", this.deps.logger);
    keepDescriptorsForOwner(server, "HTTP server", this.deps.logger);
  }

  /** Closes the listener and every connection; the sessions themselves are closed by the daemon. */
  async stop(): Promise<void> {
    clearInterval(this.sweep);
    this.sweep = undefined;
    this.countRefusals(undefined);
    for (const open of this.sessions.values()) clearTimeout(open.idle);
    await this.closeListener();
  }

  /**
   * A reloaded daemon.http. Everything read per request (hosts, origins, credentials, limits, expiry)
   * applies from the next request; a new address, port, path or TLS setting restarts the listener. Open
   * sessions stay (their streams are cut; clients reconnect or resume). Returns whether the listener moved;
   * throws when the new one cannot listen, leaving none: the old settings do not stay in force unseen.
   */
  async reconfigure(next: HttpFrontConfig): Promise<boolean> {
    const before = this.config;
    this.config = next;
    if (listenerKey(before) === listenerKey(next) && this.listening) return false;
    await this.closeListener();
    await this.start();
    return true;
  }

  /** Ends every HTTP session (daemon.http was removed). */
  closeSessions(reason: string): void {
    for (const open of [...this.sessions.values()]) open.handle.close(reason);
  }

  /**
   * Ends the sessions opened with a withheld key: whoever read the key may have opened them, and the daemon
   * cannot tell those from the owner's.
   */
  closeSessionsOf(withheld: WithheldKeys, reason: string): void {
    for (const open of [...this.sessions.values()])
      if (open.credential !== undefined && withheld.has(open.credential)) open.handle.close(reason);
  }

  /**
   * The open sessions whose credentials, checked as `auth` and `http` say (an edited config), no longer give the
   * owner and roles they were opened with: a key removed, a role taken away. Checked on a reload, before the
   * edit takes effect, as bridge sessions are (session-registry.ts): a session checked only at its next
   * request would still send a call it left waiting for a person once someone approves it.
   */
  async staleSessions(auth: AuthConfig, http: HttpFrontConfig): Promise<SessionHandle[]> {
    const credentials = new HttpCredentials(auth, http, this.deps.daemonKey, WithheldKeys.none);
    const stale: SessionHandle[] = [];
    for (const open of [...this.sessions.values()]) {
      // A check that fails (an issuer that cannot be reached) proves nothing: the session ends, as a bridge
      // session does (stillAuthenticates), rather than the reload failing and the old keys staying in force.
      const outcome = await credentials.authenticate(open.presented, {}).catch(() => undefined);
      if (!outcome?.ok || ownerOf(outcome) !== open.owner || rolesOf(outcome.identity) !== open.roles)
        stale.push(open.handle);
    }
    return stale;
  }

  private async closeListener(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server?.listening) return;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  /** Credentials for the auth section, endpoint and withheld keys in force, made again when any changes. */
  private currentCredentials(): HttpCredentials {
    const auth = this.deps.auth();
    const withheld = this.deps.withheldKeys();
    const made = this.credentials;
    if (made?.auth === auth && made.http === this.config && made.withheld === withheld) return made.value;
    const value = new HttpCredentials(auth, this.config, this.deps.daemonKey, withheld);
    this.credentials = { auth, http: this.config, withheld, value };
    return value;
  }

  private async handle(req: IncomingMessage, res: ServerResponse, served: ServedOrigin): Promise<void> {
    const url = new URL(req.url ?? "/", "http://host");
    const prefix = this.config.path;
    const server = url.pathname.startsWith(`${prefix}/`) ? url.pathname.slice(prefix.length + 1) : undefined;
    const servers = this.deps.servers();
    const known = server !== undefined && servers.includes(server) ? server : undefined;
    const audit = (reason: string, identity?: Identity) =>
      this.auditRefusal({
        server: known,
        identity: identity === undefined ? undefined : identityLabel(identity),
        reason,
      });
    const refusal = hostOrOriginRefusal(req.headers, this.config, served);
    if (refusal) {
      audit("forbidden_host");
      return send(res, 403, errorResponse(null, "forbidden_host", { detail: refusal }));
    }
    if (url.pathname === METADATA_PATH || url.pathname.startsWith(`${METADATA_PATH}${prefix}`))
      return this.metadata(req, res);
    // Credentials before the route: without one, every path answers alike, so the configured servers can be
    // neither listed nor probed one name at a time.
    const credentials = this.currentCredentials();
    const outcome = await credentials.authenticate(req.headers, req.headersDistinct);
    if (!outcome.ok) {
      const headers: Record<string, string> = {};
      if (credentials.usesOAuth) {
        const parts = [`resource_metadata="${this.metadataUrl(req)}"`];
        if (outcome.error === "invalid_token")
          parts.push(
            `error="invalid_token"`,
            `error_description="${outcome.description.replace(/["\\]/g, "'")}"`,
          );
        headers["www-authenticate"] = `Bearer ${parts.join(", ")}`;
      }
      const reason: ErrorReason = outcome.error === "invalid_token" ? "auth_invalid" : "auth_required";
      audit(outcome.audit ?? reason);
      return send(res, 401, errorResponse(null, reason, { detail: outcome.description }), headers);
    }
    if (server === undefined || known === undefined) {
      audit("unknown_server", outcome.identity);
      return send(
        res,
        404,
        errorResponse(null, "unknown_server", {
          detail: `no server at ${url.pathname}; configured servers: ${servers.length ? servers.map((s) => `${prefix}/${s}`).join(", ") : "(none)"}`,
          servers,
        }),
      );
    }
    const owner = ownerOf(outcome);
    const roles = rolesOf(outcome.identity);
    const sessionId = req.headers["mcp-session-id"];
    if (typeof sessionId === "string") {
      const open = this.sessions.get(sessionId);
      if (open && open.owner === owner && open.roles !== roles)
        open.handle.close("the identity's roles changed since the session opened");
      if (!open || open.server !== server || open.owner !== owner || open.roles !== roles) {
        audit("session_not_found", outcome.identity);
        return send(res, 404, {
          jsonrpc: "2.0",
          id: null,
          error: { code: -32001, message: "Session not found" },
        });
      }
      // The same owner and roles, perhaps by a refreshed token: the session lasts as long as the newest.
      open.handle.renew(outcome.identity);
      open.presented = presentedIn(req);
      return this.serve(open, req, res);
    }
    if (req.method !== "POST") {
      return send(res, 400, {
        jsonrpc: "2.0",
        id: null,
        error: { code: -32000, message: "Bad Request: Mcp-Session-Id header is required" },
      });
    }
    return this.create(server, outcome.identity, { owner, credential: outcome.credential }, roles, req, res);
  }

  private auditRefusal(refusal: {
    server: string | undefined;
    identity: string | undefined;
    reason: string;
  }) {
    this.countRefusals(Math.floor(Date.now() / 60_000));
    if (refusal.identity !== undefined) {
      this.deps.refused?.(refusal);
      return;
    }
    if (this.refusals.audited >= (this.deps.refusalRowsPerMinute ?? REFUSAL_ROWS_PER_MINUTE)) {
      this.refusals.unaudited++;
      return;
    }
    this.refusals.audited++;
    this.deps.refused?.(refusal);
  }

  /**
   * Logs how many refusals went unaudited in a minute that is over (`minute` is the current one; undefined
   * when the door stops), then starts counting that minute.
   */
  private countRefusals(minute: number | undefined): void {
    const counts = this.refusals;
    if (counts.minute === minute) return;
    if (counts.unaudited > 0)
      this.deps.logger.warn(
        { refused: counts.audited + counts.unaudited, unaudited: counts.unaudited },
        "refused more HTTP requests in a minute than the audit records one by one",
      );
    this.refusals = { minute: minute ?? 0, audited: 0, unaudited: 0 };
  }

  private async create(
    server: string,
    identity: Identity,
    { owner, credential }: { owner: string; credential: string | undefined },
    roles: string,
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<void> {
    // Loaded with the first session, not with the listener: a daemon only serving bridges never needs the
    // transport. (Before the cap is checked: nothing may pass between the check and the count.)
    const { HttpEndpoint } = await import("./http-endpoint.js");
    const { max_body_bytes, max_buffered_bytes, stalled_stream_seconds, body_stall_seconds } = this.config;
    const label = identityLabel(identity);
    const place = this.places.take(owner, this.config);
    if ("status" in place) {
      const { status, limit, setting } = place;
      this.auditRefusal({ server, identity: label, reason: "too_many_sessions" });
      return send(res, status, errorResponse(null, "too_many_sessions", { limit, setting }), {
        "retry-after": "5",
      });
    }
    // Filled in once the session exists; the endpoint's callbacks come later. The id is kept as given: the
    // transport takes it back from an initialize it then refuses (rate-limited), and the entry must still go.
    const made: { open?: OpenSession; id?: string } = {};
    const endpoint = new HttpEndpoint({
      maxBodyBytes: max_body_bytes,
      bodies: {
        claim: () => this.bodies.claim(owner),
        stallMs: body_stall_seconds * 1000,
        refused: (why) => this.auditRefusal({ server, identity: label, reason: BODY_REFUSALS[why] }),
      },
      bufferBytes: max_buffered_bytes,
      stallMs: stalled_stream_seconds * 1000,
      onStreamEnded: (why, waiting) =>
        this.deps.logger.warn(
          { server, session: endpoint.sessionId, waiting },
          why === "stalled"
            ? "ended an SSE stream its client stopped reading (daemon.http.stalled_stream_seconds); the client can resume with Last-Event-ID"
            : "ended an SSE stream whose client reads slower than its server writes (daemon.http.max_buffered_bytes); the client can resume with Last-Event-ID",
        ),
      onInitialized: (id) => {
        made.id = id;
        if (made.open) this.sessions.set(id, made.open);
      },
      onEnded: () => {
        place.release();
        const id = made.id;
        const open = made.open;
        if (id !== undefined && open && this.sessions.get(id) === open) {
          clearTimeout(open.idle);
          this.sessions.delete(id);
        }
        made.open = undefined;
      },
      refusedWithoutSession: ({ reason }) => this.auditRefusal({ server, identity: label, reason }),
      // A refusal's text may repeat what the client sent (a protocol version header): redacted before it is
      // logged, and only when debug lines are written at all.
      onError: (err) => {
        if (this.deps.logger.isLevelEnabled("debug"))
          this.deps.logger.debug(
            { err: redactShown(err.message, "transport error"), server },
            "HTTP transport",
          );
      },
    });
    const opened = this.deps.openSession(server, identity, endpoint);
    if ("refuse" in opened) {
      place.release();
      return send(res, 503, errorResponse(null, "upstream_unavailable", { detail: opened.refuse }));
    }
    const open: OpenSession = {
      endpoint,
      server,
      owner,
      credential,
      roles,
      presented: presentedIn(req),
      handle: opened,
      active: 0,
      idle: undefined,
    };
    made.open = open;
    try {
      await this.serve(open, req, res);
    } finally {
      // Not an initialize (or one refused): no session id, nobody can reach it again, and its place is free.
      if (endpoint.sessionId === undefined) {
        place.release();
        opened.close("the first request opened no session");
      }
    }
  }

  /** Passes the request to the session's transport; a session with no request or stream open expires. */
  private async serve(open: OpenSession, req: IncomingMessage, res: ServerResponse): Promise<void> {
    open.active++;
    clearTimeout(open.idle);
    res.once("close", () => {
      if (--open.active > 0) return;
      // An ended session (DELETE, upstream gone) has nothing left to expire: a timer would only hold it.
      const id = open.endpoint.sessionId;
      if (id === undefined || this.sessions.get(id) !== open) return;
      clearTimeout(open.idle);
      open.idle = setTimeout(
        () => open.handle.close("the session was idle for longer than daemon.http.session_idle_seconds"),
        this.config.session_idle_seconds * 1000,
      ).unref();
    });
    await open.endpoint.handle(req, res);
  }

  /** RFC 9728 protected resource metadata: which issuer's tokens this endpoint takes, for which resource. */
  private metadata(req: IncomingMessage, res: ServerResponse): void {
    const issuer = this.deps.issuer();
    if (!issuer)
      return send(res, 404, {
        error: "not_found",
        error_description: "this endpoint takes no bearer tokens",
      });
    send(res, 200, {
      resource: this.resource(req),
      authorization_servers: [issuer],
      bearer_methods_supported: ["header"],
      scopes_supported: this.deps.scopes(),
      resource_name: "mcp-guard",
    });
  }

  /** The protected resource: the configured canonical URL, else this endpoint's path as the client reached it. */
  private resource(req: IncomingMessage): string {
    return advertisedResource(this.config, req.headers.host);
  }

  /** Where the metadata of the resource lives: the well-known path inserted before the resource's path. */
  private metadataUrl(req: IncomingMessage): string {
    const resource = new URL(this.resource(req));
    return `${resource.origin}${METADATA_PATH}${resource.pathname.replace(/\/$/, "")}`;
  }
}

/** The audit's reason for a request body the front door would not read whole. */
const BODY_REFUSALS: Record<BodyRefusal, string> = {
  too_large: "message_too_large",
  over_budget: "request_bodies_over_budget",
  stalled: "request_body_stalled",
};

/**
 * The headers a request's credential is read from (HttpCredentials.authenticate): the Host too, as a token may
 * be for the resource advertised under it.
 */
type PresentedCredentials = Pick<IncomingMessage["headers"], "authorization" | "x-api-key" | "host">;

function presentedIn(req: IncomingMessage): PresentedCredentials {
  const { authorization, "x-api-key": apiKey, host } = req.headers;
  return { authorization, "x-api-key": apiKey, host };
}

/**
 * Whose a session is. Two API keys may share a name (a team's, or an old and a new one during a rotation): a
 * session belongs to the key that opened it, so the holder of the other can neither call in it nor end it.
 */
function ownerOf(outcome: HttpAuthOutcome & { ok: true }): string {
  const { method, user } = outcome.identity;
  return `${method}:${user}${outcome.credential === undefined ? "" : `#${outcome.credential}`}`;
}

function rolesOf(identity: Identity): string {
  return [...identity.roles].sort().join("\n");
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { "content-type": "application/json", ...headers }).end(JSON.stringify(body));
}

/** The settings that need a new listener when they change. */
function listenerKey(config: HttpFrontConfig): string {
  const { address, port, path, tls } = config;
  return JSON.stringify({ address, port, path, tls });
}
