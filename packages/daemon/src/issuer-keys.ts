// The issuer's signing keys (its JWKS), kept as long as the issuer says and no longer than the config allows.
// jose's remote key set kept a fetched set for its fixed cacheMaxAge (10 minutes), whatever the response's
// Cache-Control said: a key the issuer withdrew (leaked, rotated out) went on verifying tokens for that long.
// Here the set is fresh for the response's max-age, capped by `jwks_cache_max_seconds`; once stale it is
// fetched again before the next token is judged, and a token whose key the new set no longer lists is refused
// (jose's JWKSNoMatchingKey). A token naming a key the set does not list makes it fetch again at once, so a
// key the issuer added is taken without waiting; never more than once a second, so tokens with made-up key
// ids cannot make the daemon hammer the issuer. A fetch that fails fails the token (fail closed).
import type { createLocalJWKSet, FlattenedJWSInput, JSONWebKeySet, JWSHeaderParameters } from "jose";

/** Without a Cache-Control max-age, and as the cap of any: `jwks_cache_max_seconds`'s default. */
export const DEFAULT_JWKS_CACHE_MAX_SECONDS = 300;
/** The set is never fetched more often than this (no-store, max-age=0, unknown key ids). */
const MIN_REFETCH_MS = 1000;
/** A set larger than this is refused: real ones hold a handful of keys. */
const MAX_JWKS_BYTES = 512 * 1024;

type LocalSet = ReturnType<typeof createLocalJWKSet>;

/** How long a response may be kept by its Cache-Control: max-age in ms, 0 for no-store or no-cache. */
export function cacheLifetimeMs(cacheControl: string | null): number | undefined {
  if (cacheControl === null) return undefined;
  const directives = cacheControl
    .toLowerCase()
    .split(",")
    .map((d) => d.trim());
  if (directives.some((d) => d === "no-store" || d === "no-cache")) return 0;
  for (const directive of directives) {
    const match = /^max-age\s*=\s*"?(\d{1,10})"?$/.exec(directive);
    if (match) return Number(match[1]) * 1000;
  }
  return undefined;
}

export class IssuerKeys {
  private local: LocalSet | undefined;
  private freshUntil = 0;
  private fetchedAt = -Infinity;
  private fetching: Promise<LocalSet> | undefined;

  constructor(
    private readonly uri: URL,
    private readonly maxAgeMs: number,
    private readonly timeoutMs: number,
    private readonly jose: {
      createLocalJWKSet: typeof createLocalJWKSet;
      isNoMatchingKey: (err: unknown) => boolean;
    },
    private readonly now: () => number = Date.now,
  ) {}

  /** jose's key resolver shape, for jwtVerify. */
  readonly resolve = async (header: JWSHeaderParameters, token: FlattenedJWSInput) => {
    const local = this.local !== undefined && this.now() < this.freshUntil ? this.local : await this.fresh();
    try {
      return await local(header, token);
    } catch (err) {
      // A key the set does not list: perhaps one the issuer added since, so ask again (not too often).
      if (!this.jose.isNoMatchingKey(err) || this.now() - this.fetchedAt < MIN_REFETCH_MS) throw err;
      return (await this.fetch())(header, token);
    }
  };

  /**
   * A set fetched now, unless the last fetch failed within the second: then the token fails at once, so a
   * client sending tokens while the issuer is down cannot make the daemon ask it at the client's own rate.
   */
  private fresh(): Promise<LocalSet> {
    const failedLately =
      this.fetching === undefined && this.local === undefined && this.now() - this.fetchedAt < MIN_REFETCH_MS;
    if (failedLately) return Promise.reject(new Error("the issuer's JWKS could not be fetched a moment ago"));
    return this.fetch();
  }

  /** One fetch at a time: tokens judged meanwhile wait for its set. */
  private fetch(): Promise<LocalSet> {
    this.fetching ??= this.download().finally(() => (this.fetching = undefined));
    return this.fetching;
  }

  private async download(): Promise<LocalSet> {
    this.fetchedAt = this.now();
    // What was kept is dropped first: a set that cannot be fetched again verifies nothing (fail closed).
    this.local = undefined;
    const response = await fetch(this.uri, {
      redirect: "manual",
      headers: { accept: "application/json" },
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    if (response.status !== 200) throw new Error(`the issuer's JWKS answered ${response.status}`);
    const text = await response.text();
    if (text.length > MAX_JWKS_BYTES) throw new Error("the issuer's JWKS is too large");
    const jwks = JSON.parse(text) as JSONWebKeySet;
    const local = this.jose.createLocalJWKSet(jwks);
    const told = cacheLifetimeMs(response.headers.get("cache-control"));
    const lifetime = Math.max(MIN_REFETCH_MS, Math.min(told ?? this.maxAgeMs, this.maxAgeMs));
    this.local = local;
    this.freshUntil = this.fetchedAt + lifetime;
    return local;
  }
}
