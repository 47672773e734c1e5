// A key written as is in `auth.api_keys` is the whole credential of a session: the HTTP front door listens on
// loopback TCP, where no peer uid is checked, so another local account that can read the config can open
// sessions as that key's identity. A config holding such a key must therefore be owner-only, as the secrets
// file is. A `sha256:<hex>` digest opens nothing, so a config holding only digests may stay readable.
// A running daemon keeps the config in force when a reload is refused, and that config may hold the very keys
// the readable file now shows: the refusal names their digests (ExposedKeys), so the daemon stops accepting
// them, whatever else is wrong with the file.
import { createHash } from "node:crypto";
import { isAlias, isMap, isScalar, parseDocument } from "yaml";

/** The digest form the daemon's ApiKeys accepts (packages/core/src/policy/api-keys.ts). */
const DIGEST = /^sha256:[0-9a-fA-F]{64}$/;

/** How the refusals tell the owner to write a key so that reading it opens nothing. */
const AS_DIGEST = `write each key as "sha256:<hex>" (printf %s "$KEY" | sha256sum)`;

/** Group or others may read: the group bits also show a POSIX ACL's mask, so a named user's read shows here. */
export const readableByOthers = (statMode: number) => (statMode & 0o044) !== 0;

export interface ExposedKeys {
  /** Why the file may not hold them: the file, its mode and both fixes; never a key. */
  message: string;
  /** The sha256 (hex) of each key written as is, as ApiKeys names its credentials. */
  digests: string[];
}

/**
 * The keys of `auth.api_keys` as written in the file, read from its YAML alone (it may fail the schema).
 * `complete` is false when YAML cannot parse the file: keys may then be written in it where none is found.
 */
export function keysWrittenIn(text: string): { keys: string[]; complete: boolean } {
  const doc = parseDocument(text, { uniqueKeys: false });
  const complete = doc.errors.length === 0;
  const keys = doc.getIn(["auth", "api_keys"], true);
  if (!isMap(keys)) return { keys: [], complete };
  const found = keys.items.flatMap(({ key }) => {
    const node = isAlias(key) ? key.resolve(doc) : key;
    return isScalar(node) ? [String(node.value)] : [];
  });
  return { keys: found, complete };
}

/** Those of `keys` written as is rather than as a digest, each once. */
const asWritten = (keys: Iterable<string>) => [...new Set(keys)].filter((key) => !DIGEST.test(key));
const count = (keys: string[]) => (keys.length === 1 ? "a key" : `${keys.length} keys`);

/** Which of `keys` `file` (of this stat mode) exposes to other local users, or undefined when none. */
export function plaintextKeysReadableByOthers(
  file: string,
  statMode: number,
  keys: Iterable<string>,
): ExposedKeys | undefined {
  const plaintext = asWritten(keys);
  const mode = statMode & 0o777;
  if (plaintext.length === 0 || !readableByOthers(mode)) return undefined;
  return {
    message:
      `${file} has mode ${mode.toString(8)} and auth.api_keys holds ${count(plaintext)} as written: ` +
      `other local users can read it and present the key; make the file owner-only (chmod 600 ${file}) ` +
      `or ${AS_DIGEST}`,
    digests: plaintext.map((key) => createHash("sha256").update(key, "utf8").digest("hex")),
  };
}

/**
 * Why an `extends` base may not hold its keys written as is, or undefined when it holds none. A base is for
 * sharing: whoever can fetch its URL reads it, and the personal config naming that URL need not be owner-only.
 */
export function plaintextKeysInBase(url: string, keys: Iterable<string>): string | undefined {
  const plaintext = asWritten(keys);
  if (plaintext.length === 0) return undefined;
  return (
    `the base config ${url} holds ${count(plaintext)} as written in auth.api_keys: whoever can fetch the ` +
    `base can present it; a base may hold digests only: ${AS_DIGEST}`
  );
}
