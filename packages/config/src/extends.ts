// `extends`: a base config fetched over HTTPS and pinned by the SHA-256 of its bytes. A verified copy is
// cached for offline starts and re-verified when used; any mismatch is fatal, never a fallback.
import { createHash } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export type BaseText = { ok: true; text: string; fromCache: boolean } | { ok: false; message: string };

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

export async function fetchBase(url: string, pin: string, cacheDir: string): Promise<BaseText> {
  const expected = pin.toLowerCase();
  const cacheFile = join(cacheDir, `${expected}.yaml`);
  let fetchError: string;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(10_000), redirect: "error" });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const bytes = Buffer.from(await response.arrayBuffer());
    const actual = sha256(bytes);
    if (actual !== expected) {
      return {
        ok: false,
        message: `the base config at ${url} has SHA-256 ${actual}, not the pinned ${expected}; refusing it`,
      };
    }
    mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
    writeFileSync(cacheFile, bytes, { mode: 0o600 });
    chmodSync(cacheFile, 0o600);
    return { ok: true, text: bytes.toString("utf8"), fromCache: false };
  } catch (err) {
    fetchError = (err as Error).message;
  }
  let cached: Buffer;
  try {
    cached = readFileSync(cacheFile);
  } catch {
    return {
      ok: false,
      message: `cannot fetch the base config ${url} (${fetchError}) and there is no verified cached copy`,
    };
  }
  if (sha256(cached) !== expected)
    return { ok: false, message: `the cached copy of ${url} does not match its pin; delete ${cacheFile}` };
  return { ok: true, text: cached.toString("utf8"), fromCache: true };
}
