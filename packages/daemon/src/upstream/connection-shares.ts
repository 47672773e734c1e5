// Connections the daemon opens to HTTP servers on its clients' behalf. Towards a Streamable HTTP server each
// request in flight is a POST on a connection of its own, held until the server answers (a long tool call, a
// slow or hostile server), and each is a descriptor of the daemon, which every session shares: one session
// with a few hundred requests held used up a daemon limited to 400 descriptors, and the owner's next session
// was refused (round 36). So each connection takes a place in its session's share and in its identity's
// (every session of one OS user, API key name, token subject or of anonymous clients together), from the
// descriptors above the owner's reserve (descriptor-reserve.ts): an identity may hold a quarter of them, one
// of its sessions half of that. A request beyond either share is refused at once (too_many_in_flight).
// Notifications and responses take places too but are never refused here (they wait, at most 64 a session,
// in posts-in-flight.ts), nor is the event stream; whatever the shares, a connection that would take a
// descriptor of the owner's reserve is closed (node-fetch.ts).
import { ownerReserve } from "../descriptor-reserve.js";

/** A request refused for want of a connection; the session answers it too_many_in_flight with this text. */
export class TooManyConnections extends Error {}

export class ConnectionShares {
  private readonly byIdentity = new Map<string, number>();
  readonly perIdentity: number;
  readonly perSession: number;

  /** `limit`: the daemon's descriptor limit (no shares when it is unknown). */
  constructor(limit: number | undefined) {
    const above = limit === undefined ? Infinity : limit - ownerReserve(limit);
    this.perIdentity = Math.max(1, Math.floor(above / 4));
    this.perSession = Math.max(1, Math.floor(this.perIdentity / 2));
  }

  /** The share of one session of `identity`. */
  session(identity: string): ConnectionShare {
    return new ConnectionShare(this, identity);
  }

  /** Connections `identity`'s sessions hold. */
  held(identity: string): number {
    return this.byIdentity.get(identity) ?? 0;
  }

  /** @internal */
  add(identity: string, n: number): void {
    const left = this.held(identity) + n;
    if (left > 0) this.byIdentity.set(identity, left);
    else this.byIdentity.delete(identity);
  }
}

export class ConnectionShare {
  private held = 0;

  constructor(
    private readonly shares: ConnectionShares,
    private readonly identity: string,
  ) {}

  /**
   * Takes a place for a connection and returns how to give it back (once). A connection carrying a
   * `request` beyond the session's or the identity's share is refused instead: TooManyConnections.
   */
  take(request: boolean): () => void {
    const { perSession, perIdentity } = this.shares;
    if (request && this.held >= perSession)
      throw new TooManyConnections(
        `this session already holds ${perSession} connections to the server, its share of the daemon's (each request in flight to an HTTP server holds one); retry once some are answered`,
      );
    if (request && this.shares.held(this.identity) >= perIdentity)
      throw new TooManyConnections(
        `this identity's sessions already hold ${perIdentity} connections to HTTP servers, its share of the daemon's (each request in flight holds one); retry once some are answered`,
      );
    this.held++;
    this.shares.add(this.identity, 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.held--;
      this.shares.add(this.identity, -1);
    };
  }
}
