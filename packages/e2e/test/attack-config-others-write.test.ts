// Attack (round 14): the config file is the policy, and the daemon reloads it whenever it changes. Its home
// is owner-only and its socket refuses other users, but the config file itself was taken as it was: one that
// any local user could write (mode 0666, as a umask of 000 or a `chmod 777 -R` leaves it) let another user
// lift a rate limit and have the running daemon apply it (before: 1 of 1 echo call beyond the limit reached the
// recording server after user 65534 edited the file). The daemon now refuses such a file, at start and on reload (the
// previous config stays in force), as it refuses a secrets file others can read. Runs as root only (the only
// way to be another user here). Negative: the owner's own edit of an owner-only file still applies.
import { spawnSync } from "node:child_process";
import { chmodSync, chownSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  makeGuardedHome,
  recorderServerYaml,
  refusal,
  toolCallsIn,
  toolSession,
  type GuardedHome,
} from "../src/index.js";

const OTHER_UID = 65534;
const asRoot = process.getuid?.() === 0;
const LIMIT =
  "    policy:\n      rate_limit:\n        tool_limits:\n          echo: { requests_per_hour: 1 }\n";

/**
 * Gives `uid` read and write through an access ACL (as `setfacl -m u:<uid>:rwx` does), written as the kernel
 * stores it (system.posix_acl_access, version 2) with Python's os.setxattr, so no acl package is needed.
 */
function grantWrite(path: string, uid: number): void {
  const script = [
    "import os, struct, sys",
    "p, uid = sys.argv[1], int(sys.argv[2])",
    "e = [(1, 7, 0xFFFFFFFF), (2, 7, uid), (4, 5, 0xFFFFFFFF), (0x10, 7, 0xFFFFFFFF), (0x20, 5, 0xFFFFFFFF)]",
    "os.setxattr(p, 'system.posix_acl_access', struct.pack('<I', 2) + b''.join(struct.pack('<HHI', *x) for x in e))",
  ].join("\n");
  const set = spawnSync("python3", ["-c", script, path, String(uid)], { encoding: "utf8" });
  if (set.status !== 0) throw new Error(`cannot set an ACL on ${path}: ${set.stderr}`);
}

/** Whether this machine can set an ACL where the homes live (python3 present, a file system that keeps ACLs). */
const canSetAcl = (() => {
  if (process.platform !== "linux" || !asRoot) return false;
  const probe = join(makeGuardedHome().dir, "acl-probe");
  writeFileSync(probe, "");
  try {
    grantWrite(probe, OTHER_UID);
    return true;
  } catch {
    return false;
  }
})();

const homes: GuardedHome[] = [];
afterAll(async () => {
  for (const home of homes) await home.cleanup();
});

function limitedEchoHome(): { home: GuardedHome; log: string } {
  const log = join(makeGuardedHome().dir, "recorder.log");
  const home = makeGuardedHome(recorderServerYaml("recorder", log, undefined, LIMIT.trimEnd()));
  homes.push(home);
  // The directory as an ordinary one (others may enter it, not write to it): the file's mode decides. The
  // file as an editor saves it under umask 022 (it holds no API key), so other users can read it.
  chmodSync(home.dir, 0o755);
  chmodSync(home.configPath, 0o644);
  return { home, log };
}

const echoOnce = async (home: GuardedHome) => {
  let outcome: unknown;
  await toolSession(home, async (call) => {
    outcome = refusal(await call("echo", { n: 1 }));
  });
  return outcome;
};

async function loadedAt(home: GuardedHome): Promise<string> {
  return ((await home.status()) as { config_loaded_at: string }).config_loaded_at;
}

/** Waits until the daemon has reacted to the file (applied it or refused it). */
async function reacted(home: GuardedHome, before: { loaded: string; error: unknown }): Promise<void> {
  for (let i = 0; i < 100; i++) {
    await new Promise((r) => setTimeout(r, 100));
    const status = (await home.status()) as {
      config_loaded_at: string;
      config_error: unknown;
    };
    if (status.config_loaded_at !== before.loaded || status.config_error !== before.error) return;
  }
  throw new Error("the daemon did not react to the edit");
}

/** The edit user 65534 makes: the limit taken out of the config, in place. */
const LIFT_IN_PLACE = `fs.writeFileSync(p, fs.readFileSync(p, "utf8").replace(${JSON.stringify(LIMIT)}, ""));`;

/**
 * The attack: after `give` hands the config (or its place) to user 65534 in some way, that user runs `script`
 * (with `fs` and the config's path `p`) to lift the limit. Their edit must not take effect: the echo call
 * beyond the limit is still refused and never reaches the server, and status says why (`reason`).
 */
async function othersEditIsRefused(give: (home: GuardedHome) => void, script: string, reason: RegExp) {
  const { home, log } = limitedEchoHome();
  expect(await echoOnce(home)).toBe("forwarded");
  expect(await echoOnce(home)).toBe("rate_limited");
  give(home);
  const before = { loaded: await loadedAt(home), error: null };
  const edit = `const fs = require("node:fs"); const p = ${JSON.stringify(home.configPath)}; ${script}`;
  const other = spawnSync(process.execPath, ["-e", edit], { uid: OTHER_UID, gid: OTHER_UID });
  expect(other.status, String(other.stderr)).toBe(0);
  expect(readFileSync(home.configPath, "utf8")).not.toContain("requests_per_hour");
  await reacted(home, before);
  expect(await echoOnce(home)).toBe("rate_limited");
  expect(toolCallsIn(log, "echo")).toBe(1);
  const status = await home.cli(["status"]);
  expect(status.stdout + status.stderr).toMatch(reason);
}

describe.runIf(asRoot)("a config file other users can write (runs as root only)", () => {
  it("another user's edit of a world-writable config does not take effect", () =>
    othersEditIsRefused(
      (home) => chmodSync(home.configPath, 0o666),
      LIFT_IN_PLACE,
      /writable by other users/,
    ));

  // Attack (round 15): the owner was not checked, only the mode. A config file that belongs to another user
  // (copied in by them, or left by `sudo -u`) is theirs to chmod and write whatever its mode; a directory on its
  // path that belongs to them lets them put another file in its place. Before: 2 of 2 such edits (by user
  // 65534) were applied and the echo call beyond the limit reached the recording server.
  const outsiderEdits = [
    [
      "the config file belongs to another user",
      (home: GuardedHome) => chownSync(home.configPath, OTHER_UID, OTHER_UID),
      LIFT_IN_PLACE,
    ],
    [
      "the config's directory belongs to another user",
      (home: GuardedHome) => chownSync(dirname(home.configPath), OTHER_UID, OTHER_UID),
      `const t = p + ".new"; fs.writeFileSync(t, fs.readFileSync(p, "utf8").replace(${JSON.stringify(LIMIT)}, "")); fs.renameSync(t, p);`,
    ],
  ] as const;

  it.each(outsiderEdits)("%s: their edit does not take effect", (_name, give, script) =>
    othersEditIsRefused(give, script, /belongs to another user/),
  );

  // Attack (round 16): a POSIX ACL. `setfacl -m u:<other>:rw` on the config leaves mode bits that look like an
  // ordinary 0664 file of a group of one's own: the group bits show only the ACL's mask, and the check read
  // nothing else. Before: 1 of 1 such edit (by user 65534) was applied and the echo call beyond the limit
  // reached the recording server. (A directory's ACL is read too, but a file put in it by another user is
  // already refused as theirs.)
  it.runIf(canSetAcl)("an ACL lets another user write the config: their edit does not take effect", () =>
    othersEditIsRefused(
      (home) => grantWrite(home.configPath, OTHER_UID),
      LIFT_IN_PLACE,
      /has an ACL that lets other users \(nobody \(uid 65534\)\) write it/,
    ),
  );

  it("negative: the owner's edit of an owner-only config applies", async () => {
    const { home, log } = limitedEchoHome();
    expect(await echoOnce(home)).toBe("forwarded");
    expect(await echoOnce(home)).toBe("rate_limited");
    const before = { loaded: await loadedAt(home), error: null };
    writeFileSync(home.configPath, readFileSync(home.configPath, "utf8").replace(LIMIT, ""));
    await reacted(home, before);
    expect(await echoOnce(home)).toBe("forwarded");
    expect(toolCallsIn(log, "echo")).toBe(2);
  });
});
