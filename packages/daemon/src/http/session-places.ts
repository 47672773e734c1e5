// The places of the endpoint's session caps: one is taken when an initialize starts (so nothing passes
// between the check and the count) and given back when the session ends or never came to be. Counted per
// owner too, so that one credential cannot take every place and leave every other identity refused.
import type { HttpFrontConfig } from "@mcp-guard/config";

export interface PlaceRefusal {
  status: 503 | 429;
  setting: "daemon.http.max_sessions" | "daemon.http.max_sessions_per_identity";
  limit: number;
}

/** Unless set, an identity may hold a quarter of the endpoint's sessions (at least one). */
export function sessionsPerIdentity(config: HttpFrontConfig): number {
  return config.max_sessions_per_identity ?? Math.max(1, Math.floor(config.max_sessions / 4));
}

export class SessionPlaces {
  private readonly byOwner = new Map<string, number>();
  private total = 0;

  /** Takes a place for `owner`; returns how to give it back (once), or why there is none. */
  take(owner: string, config: HttpFrontConfig): { release: () => void } | PlaceRefusal {
    if (this.total >= config.max_sessions)
      return { status: 503, setting: "daemon.http.max_sessions", limit: config.max_sessions };
    const perIdentity = sessionsPerIdentity(config);
    const held = this.byOwner.get(owner) ?? 0;
    if (held >= perIdentity)
      return { status: 429, setting: "daemon.http.max_sessions_per_identity", limit: perIdentity };
    this.total++;
    this.byOwner.set(owner, held + 1);
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        this.total--;
        const left = (this.byOwner.get(owner) ?? 1) - 1;
        if (left > 0) this.byOwner.set(owner, left);
        else this.byOwner.delete(owner);
      },
    };
  }
}
