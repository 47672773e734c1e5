// API keys the daemon stops accepting because a refused reload found them written as is in a config other
// local users can read. A refused reload keeps the config in force, and that config holds the same keys: left
// alone, the daemon would go on serving keys anyone on the machine may have copied. They stay withheld, at the
// bridge's handshake and at the HTTP front door, until a reload succeeds (the file owner-only again, or the
// keys written as digests); a restart reads the file afresh and refuses it while it still exposes them.
import type { ApiKeys } from "@mcp-guard/core";

export class WithheldKeys {
  static readonly none = new WithheldKeys(new Map(), "");

  private constructor(
    /** Credential (the key's sha256, as ApiKeys names it) to the key's name. */
    private readonly names: ReadonlyMap<string, string>,
    private readonly configPath: string,
  ) {}

  /** These and the keys `served` holds among `exposed` (sha256 hex); the same object when none is new. */
  adding(served: ApiKeys, exposed: readonly string[], configPath: string): WithheldKeys {
    const digests = new Set(exposed);
    const fresh = served
      .credentials()
      .filter(({ credential }) => digests.has(credential) && !this.names.has(credential));
    if (fresh.length === 0) return this;
    const names = new Map(this.names);
    for (const { credential, name } of fresh) names.set(credential, name);
    return new WithheldKeys(names, configPath);
  }

  get size(): number {
    return this.names.size;
  }

  has(credential: string): boolean {
    return this.names.has(credential);
  }

  /** What status, the log and the reload say while any key is withheld; names the keys, never a key. */
  summary(): string | null {
    if (this.size === 0) return null;
    const names = [...new Set(this.names.values())].sort().join(", ");
    return (
      `the API key(s) of ${names} are refused: ${this.configPath} holds them as written and other local users ` +
      `can read it; make it owner-only (chmod 600 ${this.configPath}) or write the keys as "sha256:<hex>", ` +
      `then reload, and replace any key that may have been copied`
    );
  }

  /** The answer to a client presenting a withheld key. */
  refusal(): string {
    return (
      `this API key is refused until ${this.configPath}, which holds it as written, is no longer readable by ` +
      `other local users (chmod 600 ${this.configPath}, then mcp-guard reload)`
    );
  }
}
