// API keys. The config may hold a key itself or its digest ("sha256:<64 hex>"), so a shared config need
// not contain secrets. A presented key is hashed and compared with every stored digest in constant time.
import { createHash, timingSafeEqual } from "node:crypto";

export interface ApiKeyConfig {
  roles: string[];
  /** Names the identity in the audit and in rate limits; defaults to "key-" and the digest's first 8 hex. */
  name?: string | undefined;
}

interface StoredKey {
  digest: Buffer;
  name: string;
  roles: string[];
  /** The config holds the key itself, not its digest: whoever reads the config can present it. */
  asWritten: boolean;
}

const DIGEST = /^sha256:([0-9a-fA-F]{64})$/;

export const sha256 = (text: string): Buffer => createHash("sha256").update(text, "utf8").digest();

export class ApiKeys {
  private readonly keys: StoredKey[];

  constructor(config: Record<string, ApiKeyConfig>) {
    this.keys = Object.entries(config).map(([key, entry]) => {
      const hex = DIGEST.exec(key)?.[1];
      const digest = hex ? Buffer.from(hex, "hex") : sha256(key);
      const name = entry.name ?? `key-${digest.toString("hex").slice(0, 8)}`;
      return { digest, name, roles: entry.roles, asWritten: !hex };
    });
  }

  /** The credentials (as credentials() gives them) of the keys the config holds as written. */
  writtenAsIs(): string[] {
    return this.keys.filter((key) => key.asWritten).map((key) => key.digest.toString("hex"));
  }

  /** Each stored key's name and credential (its digest, as verify gives it): never the key itself. */
  credentials(): { name: string; credential: string }[] {
    return this.keys.map((key) => ({ name: key.name, credential: key.digest.toString("hex") }));
  }

  /**
   * The key's identity, or undefined. Every stored key is compared, so timing reveals nothing. `credential`
   * tells this key from another of the same name (its digest, the same across config reloads): what one key
   * opened, another must not use.
   */
  verify(presented: string): { name: string; roles: string[]; credential: string } | undefined {
    const digest = sha256(presented);
    let found: StoredKey | undefined;
    for (const key of this.keys) if (timingSafeEqual(key.digest, digest) && !found) found = key;
    return found && { name: found.name, roles: found.roles, credential: found.digest.toString("hex") };
  }
}
