// Attack (round 33, atk33a): a config holding an `auth.api_keys` key as written is refused while other local
// users can read it, since such a key is the whole credential of the HTTP front door (readable-keys.ts); a
// config holding only `sha256:<hex>` digests may stay readable. With `extends`, `auth` comes from the base
// alone (merge.ts), and the base is never checked: a base holding a key as written is loaded, while it is by
// design readable by whoever can fetch its URL, and the personal config that names that URL may itself stay
// readable (it holds no key). Another local account reads the URL in the owner's config, fetches the base,
// and opens front-door sessions with the key on the owner's daemon.
// A user expects a base to be held to the rule a local file is: a key written as is in a base is refused
// (naming the base and the `sha256:` fix), and a base holding digests only still loads (control).
import { createHash } from "node:crypto";
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatIssue } from "../src/issues.js";
import { loadConfig } from "../src/load.js";

const KEY = "mcpg-org-ci-key-8e1f4a7c2d9b0635";
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const base = (key: string) =>
  [
    "servers:",
    "  fs:",
    "    command: base-fs",
    "auth:",
    "  mode: api_key",
    "  api_keys:",
    `    ${key}: { name: ci-job, roles: [default] }`,
    "",
  ].join("\n");

let served = "";
let server: Server;
let url: string;
const dir = mkdtempSync(join(tmpdir(), "mcpg-a33-base-keys-"));
const cache = join(dir, "cache");

beforeAll(async () => {
  server = createServer((_req, res) => res.end(served));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}/base.yaml`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

/** The owner's config extending the base as served now: it holds no key, so it may be readable (0644). */
function personal(): string {
  const file = join(dir, `p-${Math.random()}.yaml`);
  writeFileSync(file, `extends:\n  url: ${url}\n  sha256: ${sha256(served)}\nservers: {}\n`);
  chmodSync(file, 0o644);
  return file;
}

describe("a base config holding an API key as written", () => {
  it("is refused, as a readable local config holding one is", async () => {
    served = base(KEY);
    const file = personal();
    // The chain another account follows: the owner's readable config names the base, the base the key.
    const named = /url: (\S+)/.exec(readFileSync(file, "utf8"))?.[1];
    expect(await (await fetch(named!)).text()).toContain(KEY);

    const r = await loadConfig(file, { cacheDir: cache, env: {} });
    const problems = r.ok ? "" : r.issues.map(formatIssue).join("\n");
    expect({ ok: r.ok, key: r.ok ? Object.keys(r.config.auth.api_keys) : [] }).toEqual({
      ok: false,
      key: [],
    });
    expect(problems).toMatch(/auth\.api_keys/);
    expect(problems).toContain("sha256:");
  });

  it("negative: a base holding the key's digest only still loads", async () => {
    served = base(`sha256:${sha256(KEY)}`);
    const r = await loadConfig(personal(), { cacheDir: cache, env: {} });
    expect(r.ok, r.ok ? "" : r.issues.map(formatIssue).join("\n")).toBe(true);
  });
});
