// What `auth` says about identities must mean what it looks like it means. A role name that no `auth.roles`
// entry defines would add no rule at all (a typo, `read-only` for `readonly`, would quietly give a key the
// server's whole policy), and one key listed twice would be served with whichever entry came first: both
// are refused here, so that validate, start and reload say so instead of running a weaker config. So is a
// digest written in another spelling (`SHA256:…`, `sha-256:…`, or sha256sum's `<hex>  -` pasted whole): it
// would be served as the key itself, and the owner who publishes the config believing it holds no secret
// would publish a working key.
import { createHash } from "node:crypto";
import { closest } from "./did-you-mean.js";

/** The role every identity without another has (os mode, anonymous HTTP); undefined, it adds nothing. */
export const DEFAULT_ROLE = "default";

export interface AuthProblem {
  /** Under `auth`. Never a key written as is: the problem is printed, and the key is a credential. */
  path: (string | number)[];
  message: string;
}

interface KeyEntry {
  roles: string[];
  name?: string | undefined;
}

interface AuthReferences {
  api_keys: Record<string, KeyEntry>;
  roles: Record<string, unknown>;
  oauth?: { claims_to_roles: { mapping: Record<string, string[]> } } | undefined;
}

const DIGEST_HEX = /^sha256:([0-9a-fA-F]{64})$/;

/** A key's digest as the daemon compares it: `sha256:<hex>` in either case, or the digest of the key itself. */
export function keyDigest(written: string): string {
  const hex = DIGEST_HEX.exec(written)?.[1];
  return hex ? hex.toLowerCase() : createHash("sha256").update(written, "utf8").digest("hex");
}

/** An entry's name as the audit and the rate limits give it (the daemon's ApiKeys names it the same way). */
export const keyName = (written: string, entry: KeyEntry): string =>
  entry.name ?? `key-${keyDigest(written).slice(0, 8)}`;

export function authProblems(auth: AuthReferences): AuthProblem[] {
  return [...undefinedRoles(auth), ...keysListedTwice(auth.api_keys), ...digestsMisspelled(auth.api_keys)];
}

function undefinedRoles(auth: AuthReferences): AuthProblem[] {
  const defined = Object.keys(auth.roles);
  const problem = (role: string, who: string, path: (string | number)[]): AuthProblem[] => {
    if (role === DEFAULT_ROLE || Object.hasOwn(auth.roles, role)) return [];
    const guess = closest(role, defined);
    const hint = guess
      ? ` (did you mean "${guess}"?)`
      : defined.length
        ? ` (defined: ${defined.join(", ")})`
        : "";
    const message = `${who} names the role "${role}", which auth.roles does not define${hint}: it would add no rule`;
    return [{ path, message }];
  };
  const problems = Object.entries(auth.api_keys).flatMap(([written, entry]) => {
    const who = `the key "${keyName(written, entry)}"`;
    // As an OAuth token that maps to no role is refused: a key with none would have only the server's policy.
    if (entry.roles.length === 0)
      return [
        {
          path: ["api_keys"],
          message: `${who} has no role: leave "roles" out for the role "${DEFAULT_ROLE}"`,
        },
      ];
    return entry.roles.flatMap((role) => problem(role, who, ["api_keys"]));
  });
  const mapping = auth.oauth?.claims_to_roles.mapping ?? {};
  for (const [value, roles] of Object.entries(mapping))
    roles.forEach((role, i) =>
      problems.push(
        ...problem(role, `the claim value "${value}"`, ["oauth", "claims_to_roles", "mapping", value, i]),
      ),
    );
  return problems;
}

/** Two entries whose keys are one key: the same digest in another letter case, or a key beside its digest. */
function keysListedTwice(keys: Record<string, KeyEntry>): AuthProblem[] {
  const seen = new Map<string, string>();
  const problems: AuthProblem[] = [];
  for (const [written, entry] of Object.entries(keys)) {
    const digest = keyDigest(written);
    const name = keyName(written, entry);
    const first = seen.get(digest);
    if (first === undefined) seen.set(digest, name);
    else
      problems.push({
        path: ["api_keys"],
        message: `the entries "${first}" and "${name}" hold the same key (as written or as its sha256 digest, in any letter case): list each key once, with the roles it should have`,
      });
  }
  return problems;
}

/** A key written as a SHA-256 digest is meant to be one: only `sha256:<64 hex>` is read as a digest. */
const DIGEST_LIKE = /^\s*sha[\s_-]?256\b/i;

function digestsMisspelled(keys: Record<string, KeyEntry>): AuthProblem[] {
  return Object.entries(keys)
    .filter(([written]) => DIGEST_LIKE.test(written) && !DIGEST_HEX.test(written))
    .map(([written, entry]) => ({
      path: ["api_keys"],
      message: `the entry "${keyName(written, entry)}" looks like a SHA-256 digest but is not written "sha256:<64 hex>" (only the hex after "sha256:", no blanks or "-"), so it would be taken as the key itself: write the digest as "sha256:<hex>"`,
    }));
}
