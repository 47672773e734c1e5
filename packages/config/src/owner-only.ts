// Files that hold a credential as is (the secrets file, an API key file) must be owner-only: a read bit for
// the group or others lets another local account copy the credential and use it, a write bit lets them put
// their own in its place. Kept apart from the config's loader so the bridge can check its key file without
// loading it.
import { statSync } from "node:fs";
import { writableByOthers } from "./writable-by-others.js";

/**
 * Why `path` may not be used to hold `what`, or undefined: its group or others may read or write it, it
 * belongs to another user, or others could replace it (see writableByOthers). Throws what statting throws.
 */
export function notOwnerOnly(path: string, what: string, decides: string): string | undefined {
  const mode = statSync(path).mode & 0o777;
  if ((mode & 0o077) !== 0)
    return `${path} has mode ${mode.toString(8)}; ${what} must be owner-only, or other local users can read it (chmod 600 ${path})`;
  return writableByOthers(path, what, decides);
}
