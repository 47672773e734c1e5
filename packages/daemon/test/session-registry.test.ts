// After a config edit a bridge session's credentials are checked again: it stays only when they still give
// the identity and roles it was opened with. A check that fails is a no, never a pass. Its new policy resolves
// paths where its server runs: the entry filled with the session's variables, as it was started.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { configSchema } from "@mcp-guard/config";
import type { EffectivePolicy, Identity } from "@mcp-guard/core";
import { afterAll, describe, expect, it } from "vitest";
import type { Authenticated } from "../src/authenticate.js";
import type { Session } from "../src/session.js";
import { SessionRegistry, stillAuthenticates } from "../src/session-registry.js";

const opened: Identity = { method: "api_key", user: "ci", uid: 1000, roles: ["writer", "reader"] };
const presented = { uid: 1000, credentials: { api_key: "k" } };
const answering = (result: Authenticated) => ({ authenticate: () => Promise.resolve(result) });

describe("credentials checked again after an edit", () => {
  it("hold when they give the same identity and roles, in any order", async () => {
    const same = answering({ identity: { ...opened, roles: ["reader", "writer"] }, auth: { ok: true } });
    expect(await stillAuthenticates(same, presented, opened)).toBe(true);
  });

  it.each([
    ["a role taken away", { identity: { ...opened, roles: ["reader"] }, auth: { ok: true } }],
    ["another user", { identity: { ...opened, user: "other" }, auth: { ok: true } }],
    [
      "a key no longer accepted",
      { identity: opened, auth: { ok: false, reason: "auth_invalid", detail: "unknown key" } },
    ],
  ] as [string, Authenticated][])("do not hold after %s", async (_, result) => {
    expect(await stillAuthenticates(answering(result), presented, opened)).toBe(false);
  });

  it("do not hold when the check itself fails", async () => {
    const failing = { authenticate: () => Promise.reject(new Error("issuer unreachable")) };
    expect(await stillAuthenticates(failing, presented, opened)).toBe(false);
  });
});

describe("a reloaded policy", () => {
  // The server's directory must exist to count as one (serverPlaces).
  const project = mkdtempSync(join(tmpdir(), "registry-"));
  afterAll(() => rmSync(project, { recursive: true, force: true }));
  const own = join(project, ".guard");
  const entry = (dir: string) => ({ command: "node", args: ["server.js", dir] });
  // As loaded, the directory is a variable the session filled in (${PROJECT_DIR}).
  const config = configSchema.parse({ servers: { fs: entry("${PROJECT_DIR}") } });
  const filled = configSchema.parse({ servers: { fs: entry(project) } }).servers.fs!;

  it("resolves paths in the directory the session's server was started with", () => {
    let policy: EffectivePolicy | undefined;
    const session = {
      server: "fs",
      identity: opened,
      updatePolicy: (next: EffectivePolicy) => void (policy = next),
    } as unknown as Session;
    const registry = new SessionRegistry();
    registry.add(session, registry.stateOf("fs"), filled);
    registry.applyConfig(config, [own]);
    expect(policy?.integrity.sensitive.inArguments({ path: ".guard/daemon.key" })).toBe(".guard/daemon.key");
  });
});
