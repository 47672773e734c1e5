// Bytes of request bodies being received, per owner and for the whole endpoint. Each body is bounded by
// max_body_bytes, but a client that opens many connections and never sends the last byte of each would
// otherwise have the daemon hold all of them (Node ends such a request only after its 300 s requestTimeout).
import type { HttpFrontConfig } from "@mcp-guard/config";

export interface BodyBudgetLimits {
  perIdentity: number;
  total: number;
}

/** Unless set: four bodies of the largest size per identity, sixteen in all. */
export function bodyBudgetLimits(config: HttpFrontConfig): BodyBudgetLimits {
  return {
    perIdentity: config.max_body_bytes_in_progress_per_identity ?? 4 * config.max_body_bytes,
    total: config.max_body_bytes_in_progress ?? 16 * config.max_body_bytes,
  };
}

/** What one request's body holds of the budget: it grows as the body arrives and is given back once. */
export interface BodyClaim {
  /** Holds `bytes` in all for this body; false (holding what it held) when a bound would be passed. */
  holdUpTo(bytes: number): boolean;
  release(): void;
}

export class BodyBudget {
  private total = 0;
  private readonly byOwner = new Map<string, number>();

  /** `limits` is read at each claim's growth, so a reload applies to bodies still arriving. */
  constructor(private readonly limits: () => BodyBudgetLimits) {}

  claim(owner: string): BodyClaim {
    let held = 0;
    return {
      holdUpTo: (bytes) => {
        const more = bytes - held;
        if (more <= 0) return true;
        const { perIdentity, total } = this.limits();
        const mine = this.byOwner.get(owner) ?? 0;
        if (mine + more > perIdentity || this.total + more > total) return false;
        this.byOwner.set(owner, mine + more);
        this.total += more;
        held = bytes;
        return true;
      },
      release: () => {
        if (held === 0) return;
        this.total -= held;
        const left = (this.byOwner.get(owner) ?? held) - held;
        if (left > 0) this.byOwner.set(owner, left);
        else this.byOwner.delete(owner);
        held = 0;
      },
    };
  }
}
