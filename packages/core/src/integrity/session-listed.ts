// What this session's server presented. Every session has its own server process (or connection), and a
// call reaches that process: it is judged by the definition that process last listed under the name, held
// against the server's pins (which persist and are shared by every session), besides what the server last
// listed anywhere (uses.ts). Another process listing the pinned definition since does not clear a change
// this one presents, and a name this session's server never listed (its listing failed, held no list, or
// left the name out) is unknown here.
import type { MessageContext } from "../pipeline.js";
import {
  LISTED_PER_SERVER,
  type ListedDefinition,
  type ListedState,
  type PinKind,
  type PinStore,
} from "./pins.js";

const KEY = "tool_integrity_session_listed";

export class SessionListed {
  private readonly byKind = new Map<PinKind, Map<string, ListedDefinition>>();
  private count = 0;

  /** The session's record, made with its first listing. */
  static of(ctx: MessageContext): SessionListed {
    let listed = ctx.state.get(KEY) as SessionListed | undefined;
    if (!listed) ctx.state.set(KEY, (listed = new SessionListed()));
    return listed;
  }

  /**
   * Records what the session's server listed under a name (its latest listing wins). False when a name new
   * to the session finds LISTED_PER_SERVER kept already (a server that never ends a listing): it is withheld.
   */
  record(d: ListedDefinition): boolean {
    let names = this.byKind.get(d.kind);
    if (!names) this.byKind.set(d.kind, (names = new Map()));
    if (!names.has(d.name)) {
      if (this.count >= LISTED_PER_SERVER) return false;
      this.count++;
    }
    names.set(d.name, d);
    return true;
  }

  /** A complete listing of a kind: the names it no longer holds are unknown in this session. */
  dropUnlisted(kind: PinKind, listed: ReadonlySet<string>): void {
    const names = this.byKind.get(kind);
    if (!names) return;
    for (const name of names.keys())
      if (!listed.has(name)) {
        names.delete(name);
        this.count--;
      }
  }

  /** The session's definition under exactly this name, with the server's pin as it stands now. */
  listed(pins: PinStore, server: string, kind: PinKind, name: string): ListedState | undefined {
    const d = this.byKind.get(kind)?.get(name);
    return d && withPin(pins, server, d);
  }

  /** Every definition of a kind (or of every kind) the session's server listed, with its pin. */
  listedAll(pins: PinStore, server: string, kind?: PinKind): ListedState[] {
    const kinds = kind ? [this.byKind.get(kind)] : [...this.byKind.values()];
    return kinds.flatMap((names) => [...(names?.values() ?? [])].map((d) => withPin(pins, server, d)));
  }
}

function withPin(pins: PinStore, server: string, d: ListedDefinition): ListedState {
  const pin = pins.get(server, d.kind, d.name);
  const kept = pins.keptName(d.name);
  // Written member by member, in the order spreads gave them: on Node 20 a member set after an object spread
  // (or a second spread) takes V8's slow path, about 1.1 µs each and 3 µs of every call's use check.
  const { kind, name, hash, poisonScore, signals, hidden } = d;
  const pinnedHash = pin?.hash;
  const state: ListedState =
    kept === name
      ? { kind, name, hash, poisonScore, signals, hidden, pinnedHash }
      : { kind, name, hash, poisonScore, signals, hidden, keptName: kept, pinnedHash };
  if (pin?.firstUse === true) state.pinnedOnFirstUse = true;
  return state;
}
