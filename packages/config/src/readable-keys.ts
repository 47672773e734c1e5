// A key written as is in `auth.api_keys` is the whole credential of a session: the HTTP front door listens on
// loopback TCP, where no peer uid is checked, so another local account that can read the config can open
// sessions as that key's identity. A config holding such a key must therefore be owner-only, as the secrets
// file is. A `sha256:<hex>` digest opens nothing, so a config holding only digests may stay readable.

/** The digest form the daemon's ApiKeys accepts (packages/core/src/policy/api-keys.ts). */
const DIGEST = /^sha256:[0-9a-fA-F]{64}$/;

/** Group or others may read: the group bits also show a POSIX ACL's mask, so a named user's read shows here. */
const readableByOthers = (mode: number) => (mode & 0o044) !== 0;

/** Why `file` (of this stat mode) may not hold these keys, or undefined when it may. */
export function plaintextKeysReadableByOthers(
  file: string,
  statMode: number,
  apiKeys: Record<string, unknown>,
): string | undefined {
  const plaintext = Object.keys(apiKeys).filter((key) => !DIGEST.test(key)).length;
  const mode = statMode & 0o777;
  if (plaintext === 0 || !readableByOthers(mode)) return undefined;
  return (
    `${file} has mode ${mode.toString(8)} and auth.api_keys holds ${plaintext === 1 ? "a key" : `${plaintext} keys`} as written: ` +
    `other local users can read it and present the key; make the file owner-only (chmod 600 ${file}) ` +
    `or write each key as "sha256:<hex>" (printf %s "$KEY" | sha256sum)`
  );
}
