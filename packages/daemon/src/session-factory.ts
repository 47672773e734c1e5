// Making sessions: from a bridge's hello (checked against the config in force), and for any client
// endpoint (the bridge's socket or descriptors, or HTTP) once its client is known.
import { randomUUID } from "node:crypto";
import { realpathSync } from "node:fs";
import type { Socket } from "node:net";
import {
  configuredServer,
  ownEntry,
  serverForSession,
  type Config,
  type ServerCheck,
  type ServerConfig,
  type ServerVariables,
} from "@mcp-guard/config/runtime";
import {
  credentialsToWithhold,
  effectivePolicy,
  identityLabel,
  type AuthState,
  type Identity,
  type Interceptor,
  type ServerLaunch,
} from "@mcp-guard/core";
import type { PeerCredentials } from "@mcp-guard/peercred";
import { writeControl, type Frame, type RefusalReason, type SessionHello } from "@mcp-guard/wire";
import { descriptorLimit } from "./accept-errors.js";
import type { AuditScrub } from "./audit-scrub.js";
import type { AuditWriter } from "./audit-writer.js";
import type { Authenticator } from "./authenticate.js";
import { clientEndpoint, type BridgeEndpoint, type ClientEndpoint } from "./client-endpoint.js";
import type { DaemonOptions } from "./daemon.js";
import type { Logger } from "./logger.js";
import { serverPlaces } from "./server-places.js";
import { ServerUnavailableError, Session } from "./session.js";
import type { Presented, SessionRegistry } from "./session-registry.js";
import { ConnectionShares, createUpstream, runningServers } from "./upstream/index.js";
import { handedValues, knownValues } from "./upstream/known-values.js";
import { carriesServerMark, MAX_STARTING_LAUNCHES, runsInsideServer } from "./own-server.js";

/** What sessions are made from: the daemon's parts as they are at the moment (a reload replaces some). */
export interface SessionSources {
  readonly configPath: string;
  readonly options: Pick<DaemonOptions, "interceptors" | "interceptorTimeoutMs" | "createUpstream">;
  readonly registry: SessionRegistry;
  stopping(): boolean;
  config(): Config;
  variables(): ServerVariables | undefined;
  /** Checks entries filled in per session; loaded only for a config with ${VAR}s in server entries. */
  serverCheck(): ServerCheck | undefined;
  authenticator(): Authenticator;
  /** Undefined until the daemon has started. */
  audit(): AuditWriter | undefined;
  logger(): Logger;
  chain(): readonly Interceptor[];
  auditScrub(): AuditScrub | undefined;
  /** The guard's own files (home, config, socket), sensitive to every local server. */
  ownPaths(): readonly string[];
  /**
   * How a configured server is launched, whatever its name (see server-launches.ts); `filled` is its entry
   * with this session's variables filled in, what an approval is held to.
   */
  launchOf(name: string, server: ServerConfig, filled: ServerConfig): ServerLaunch | undefined;
}

export class SessionFactory {
  /** The connections to HTTP servers each identity's sessions may hold (connection-shares.ts). */
  private readonly connectionShares = new ConnectionShares(descriptorLimit());

  constructor(private readonly d: SessionSources) {}

  /** The bridge's hello, checked against the config in force: a refusal, or the session's frame route. */
  async openForBridge(
    hello: SessionHello,
    socket: Socket,
    peer: PeerCredentials,
  ): Promise<{ refuse: RefusalReason; message: string } | ((frame: Frame) => void)> {
    if (this.d.stopping()) return { refuse: "shutting_down", message: "the daemon is shutting down" };
    const name = hello.server;
    if (carriesServerMark(hello.env) || runsInsideServer(peer.pid, runningServers)) {
      return this.loopRefused(
        name,
        `this bridge runs inside a server this daemon started: a server entry runs mcp-guard connect (-s ${JSON.stringify(name)}) into the daemon that runs it; give that entry the server's own command (config ${this.d.configPath})`,
      );
    }
    // What no sign shows (a relay one hop further, a FIFO, a socket), the loop's piling up does.
    const starting = this.d.registry.startingLaunches(name);
    if (starting >= MAX_STARTING_LAUNCHES) {
      return this.loopRefused(
        name,
        `server ${JSON.stringify(name)} has ${starting} launches still starting, none of which has answered initialize: its entry most likely runs mcp-guard connect (-s ${JSON.stringify(name)}) into the daemon that runs it, through a relay, and each launch opens another session; give that entry the server's own command (config ${this.d.configPath}). No more than ${MAX_STARTING_LAUNCHES} launches of one server may be starting at once`,
      );
    }
    const serverConfig = configuredServer(this.d.config().servers, name);
    if (!serverConfig) {
      const known = Object.keys(this.d.config().servers);
      return {
        refuse: "unknown_server",
        message: `unknown server "${name}"; configured servers: ${known.length ? known.join(", ") : "(none)"} (config ${this.d.configPath})`,
      };
    }
    if (hello.config !== undefined && !samePath(hello.config, this.d.configPath)) {
      return {
        refuse: "config_mismatch",
        message: `the running daemon uses ${this.d.configPath}, not ${hello.config}; stop it (mcp-guard stop) or use the same config`,
      };
    }
    const id = randomUUID();
    const sessionEnv = hello.env ?? {};
    const { identity, auth } = await this.d.authenticator().authenticate(peer.uid, hello.credentials);
    let client: BridgeEndpoint;
    try {
      client = await clientEndpoint(hello, socket, this.d.config().daemon.max_message_bytes);
    } catch (err) {
      return { refuse: "bad_hello", message: `the bridge's descriptors: ${(err as Error).message}` };
    }
    // From here a refusal closes the client's descriptors too; the connection closes the socket.
    if (this.d.stopping() || socket.destroyed) {
      client.discard();
      return { refuse: "shutting_down", message: "the daemon is shutting down" };
    }
    try {
      this.create(name, serverConfig, id, identity, auth, client, peer.pid, sessionEnv, {
        uid: peer.uid,
        credentials: hello.credentials,
      });
    } catch (err) {
      client.discard();
      throw err;
    }
    writeControl(socket, { type: "welcome", session: id, descriptors: client.kind === "descriptors" });
    return (frame: Frame) => client.route(frame);
  }

  /**
   * A looping bridge's refusal, also in the daemon's log: its reason otherwise reaches only the stderr of the
   * server it runs in, or nothing at all when a relay makes the bridge's stderr that server's output.
   */
  private loopRefused(server: string, message: string): { refuse: RefusalReason; message: string } {
    this.d.logger().warn({ server }, `refused a bridge as server_loop: ${message}`);
    return { refuse: "server_loop", message };
  }

  /**
   * A session of a configured server for an identity, on any client endpoint (the bridge's socket or
   * descriptors, or HTTP), listening to its client from now on. `sessionEnv` is the environment the client
   * gave the bridge: it fills the server's variables first (an HTTP client gives none), and nothing else.
   */
  create(
    name: string,
    serverConfig: ServerConfig,
    id: string,
    identity: Identity,
    auth: AuthState,
    client: ClientEndpoint,
    clientPid: number,
    sessionEnv: Record<string, string> = {},
    presented?: Presented,
  ): Session {
    const resolved = serverForSession(
      name,
      this.d.config(),
      this.d.variables(),
      sessionEnv,
      this.d.serverCheck(),
    );
    // The entry its server runs with, filled with this session's variables: where it resolves paths.
    const runsWith = resolved.ok ? resolved.server : serverConfig;
    const state = this.d.registry.stateOf(name);
    const audit = this.d.audit();
    if (!audit) throw new Error("sessions are made only once the daemon has started");
    const config = this.d.config();
    const logger = this.d.logger().child({ server: name, session: id });
    // What the guard could have handed the server (every credential-named variable it could see, its token,
    // the secrets file's values): withheld from the server's stderr and error texts, where too much costs
    // nothing. What it did hand this server (its own entry's credentials and the variables it names, the
    // token, the secrets): withheld from everything it sends the client, where a daemon's COOKIE_DOMAIN
    // withheld would blank "example.com" in results.
    const secrets = this.d.variables()?.secrets;
    const known = resolved.ok ? knownValues(resolved.server, secrets, { ...process.env, ...sessionEnv }) : [];
    const handed = resolved.ok
      ? handedValues(
          resolved.server,
          ownEntry(this.d.variables()?.raw, name),
          [...config.daemon.env_passthrough, ...resolved.server.env_passthrough],
          secrets,
          { ...process.env, ...secrets, ...sessionEnv },
        )
      : [];
    const session: Session = new Session({
      id,
      server: name,
      // Counts from the entry as configured (its variables unfilled), as renames are followed for pins;
      // approvals from the entry as this session fills it (another client's variables reach another account).
      launch: this.d.launchOf(name, serverConfig, runsWith),
      identity,
      auth,
      policy: effectivePolicy(
        serverConfig.policy,
        identity.roles,
        config.auth.roles,
        serverPlaces(runsWith, this.d.ownPaths()),
      ),
      clientPid,
      client,
      audit,
      logger,
      maxMessageBytes: this.d.config().daemon.max_message_bytes,
      maxRequestsInFlight: config.daemon.max_requests_in_flight,
      interceptorTimeoutMs: this.d.options.interceptorTimeoutMs ?? config.interceptors.timeout * 1000,
      finishTimeoutMs: config.daemon.shutdown_timeout * 1000,
      serverAnswerTimeoutMs: config.daemon.server_answer_timeout * 1000,
      interceptors: (direction) => this.d.options.interceptors?.[direction] ?? this.d.chain(),
      handedCredentials: credentialsToWithhold(handed),
      auditScrub: this.d.auditScrub(),
      createUpstream: () => {
        // A server whose variables nobody supplied is disabled for this session; the reason reaches the
        // client as the error of its first request, and status.
        if (!resolved.ok) throw new ServerUnavailableError(resolved.reason);
        // The session's environment has filled the entry's ${VAR}s and goes no further: the server's PATH
        // (where a bare `node` is found), HOME and the rest are the daemon's (upstream/index.ts).
        return (
          this.d.options.createUpstream?.(name, resolved.server) ??
          createUpstream(
            resolved.server,
            this.d.config().daemon,
            logger,
            known,
            this.connectionShares.session(identityLabel(identity)),
          )
        );
      },
      onUpstreamFailure: (reason, stderr) => {
        state.last_error = reason;
        state.last_error_at = new Date().toISOString();
        state.last_stderr = stderr;
      },
      onClosed: () => {
        this.d.registry.remove(session, state);
        logger.info("session closed");
      },
    });
    this.d.registry.add(session, state, runsWith, presented);
    logger.info({ identity: identityLabel(identity), authenticated: auth.ok }, "session opened");
    session.start();
    return session;
  }
}

function samePath(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return a === b;
  }
}
