// The open sessions and what the daemon knows about each configured server: how many sessions it has,
// why it is disabled, its last failure. Status reads it; a config reload updates and prunes it.
import {
  configuredServer,
  missingReason,
  ownEntry,
  type Config,
  type ServerConfig,
  type ServerVariables,
} from "@mcp-guard/config/runtime";
import { effectivePolicy, identityLabel, type Identity } from "@mcp-guard/core";
import type { SessionSummary } from "@mcp-guard/wire";
import type { Authenticator } from "./authenticate.js";
import { serverPlaces } from "./server-places.js";
import type { Session } from "./session.js";

export interface ServerState {
  /** Why the server cannot start unless a client's entry supplies what it needs, or null. */
  disabled: string | null;
  sessions: number;
  last_error: string | null;
  last_error_at: string | null;
  /** The last stderr lines of the server behind the last error. */
  last_stderr: string[];
}

function freshState(): ServerState {
  return { disabled: null, sessions: 0, last_error: null, last_error_at: null, last_stderr: [] };
}

/** What a bridge's session authenticated with, to check again after a config edit. */
export interface Presented {
  uid: number;
  credentials: unknown;
}

interface SessionEntry {
  /**
   * The entry its server runs with (its variables filled for the session): where it resolves paths. A reload
   * changes its policy, not the process already started with this entry.
   */
  runsWith: ServerConfig;
  /** The credentials a bridge session was opened with, checked again after a reload (staleIdentities). */
  presented: Presented | undefined;
}

export class SessionRegistry {
  /** Each open session with what it was opened with (see SessionEntry). */
  private readonly sessions = new Map<Session, SessionEntry>();
  private readonly states = new Map<string, ServerState>();

  get size(): number {
    return this.sessions.size;
  }

  all(): Session[] {
    return [...this.sessions.keys()];
  }

  summaries(): SessionSummary[] {
    return this.all().map((s) => s.status());
  }

  /** The state of a server, made when a session of a server not (yet) in the states arrives. */
  stateOf(server: string): ServerState {
    let state = this.states.get(server);
    if (!state) this.states.set(server, (state = freshState()));
    return state;
  }

  /** How many sessions of `server` have launched it and not yet heard a word from it (Session.serverStarting). */
  startingLaunches(server: string): number {
    let starting = 0;
    for (const session of this.sessions.keys())
      if (session.server === server && session.serverStarting) starting++;
    return starting;
  }

  serverStates(): IterableIterator<[string, ServerState]> {
    return this.states.entries();
  }

  add(session: Session, state: ServerState, runsWith: ServerConfig, presented?: Presented): void {
    this.sessions.set(session, { runsWith, presented });
    state.sessions++;
  }

  remove(session: Session, state: ServerState): void {
    if (this.sessions.delete(session)) state.sessions--;
  }

  /**
   * Bridge sessions whose credentials, checked with the edited config's authenticator, no longer give the
   * identity and roles the session was opened with (a role taken from an API key, a key removed). Their
   * policy cannot simply be rebuilt: the session would go on as someone the config no longer knows.
   * (HTTP sessions are checked on every request by the front door.)
   */
  async staleIdentities(
    authenticator: Authenticator,
    skip: ReadonlySet<Session> = new Set(),
  ): Promise<Session[]> {
    const stale: Session[] = [];
    for (const [session, { presented }] of [...this.sessions]) {
      if (presented === undefined || skip.has(session)) continue;
      if (!(await stillAuthenticates(authenticator, presented, session.identity))) stale.push(session);
    }
    return stale;
  }

  /** One state per configured server; a server missing variables says so before any client tries it. */
  sync(config: Config, variables: ServerVariables | undefined): void {
    for (const name of [...this.states.keys()])
      if (!configuredServer(config.servers, name)) this.states.delete(name);
    for (const name of Object.keys(config.servers)) {
      const state = this.stateOf(name);
      const missing = ownEntry(variables?.missing, name);
      state.disabled =
        variables && missing?.length
          ? `${missingReason(missing, variables)} (a client whose entry sets it can still use it)`
          : null;
    }
  }

  /**
   * After a reload: sessions of a removed server are closed; the others get the new policy from their
   * next message, its paths still resolved where their server runs.
   */
  applyConfig(next: Config, ownPaths: readonly string[]): void {
    for (const [session, { runsWith }] of [...this.sessions]) {
      const server = configuredServer(next.servers, session.server);
      if (!server) {
        void session.close(`server "${session.server}" was removed from the config`, "server_removed");
        continue;
      }
      session.updatePolicy(
        effectivePolicy(
          server.policy,
          session.identity.roles,
          next.auth.roles,
          serverPlaces(runsWith, ownPaths),
        ),
      );
    }
  }
}

/**
 * Whether credentials presented earlier still give `identity` under an authenticator. A check that fails
 * (a token verifier that throws, say) counts as no: the session is ended rather than kept on a guess.
 */
export async function stillAuthenticates(
  authenticator: Pick<Authenticator, "authenticate">,
  presented: Presented,
  identity: Identity,
): Promise<boolean> {
  try {
    const now = await authenticator.authenticate(presented.uid, presented.credentials);
    return now.auth.ok && sameIdentity(now.identity, identity);
  } catch {
    return false;
  }
}

function sameIdentity(a: Identity, b: Identity): boolean {
  const roles = (i: Identity) => [...i.roles].sort().join("\n");
  return identityLabel(a) === identityLabel(b) && roles(a) === roles(b);
}
