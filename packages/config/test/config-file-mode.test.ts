// The config file is the policy and the daemon applies every edit of it: a file other local users can write,
// or replace through its directory, is refused (attack-config-others-write.test.ts shows the attack as root).
import { chmodSync, chownSync, mkdirSync, mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatIssue } from "../src/issues.js";
import { loadConfigFile } from "../src/load.js";
import { readSecretsFile } from "../src/secrets-file.js";
import type { AclEntry } from "@mcp-guard/peercred";
import { localAccounts, writableByOthers, type Accounts } from "../src/writable-by-others.js";

const CONFIG = "servers:\n  notes:\n    command: my-notes\n";

function configIn(dirMode: number, fileMode: number): string {
  const dir = join(mkdtempSync(join(tmpdir(), "mcpg-mode-")), "conf");
  mkdirSync(dir);
  const file = join(dir, "mcp-guard.yaml");
  writeFileSync(file, CONFIG);
  chmodSync(file, fileMode);
  chmodSync(dir, dirMode);
  return file;
}

const problems = (file: string) => {
  const r = loadConfigFile(file, {});
  return r.ok ? "" : r.issues.map(formatIssue).join("\n");
};

describe.skipIf(process.platform === "win32")("a config file others could change", () => {
  it("is refused when anyone may write it", () => {
    expect(problems(configIn(0o755, 0o666))).toMatch(/is writable by other users \(mode 666\)/);
  });

  it("is refused in a directory anyone may write to without the sticky bit", () => {
    expect(problems(configIn(0o777, 0o644))).toMatch(
      /the directory of the config, .*, is writable by other users and not sticky/,
    );
  });

  it("is refused below a directory anyone may write to without the sticky bit (they could rename its directory away and put their own in its place)", () => {
    const file = configIn(0o755, 0o644);
    chmodSync(dirname(dirname(file)), 0o777);
    expect(problems(file)).toMatch(
      /the directory .* above the config is writable by other users and not sticky/,
    );
    chmodSync(dirname(dirname(file)), 0o1777);
    expect(problems(file)).toBe("");
  });

  it("negative: owner-only, group-writable (a group per user) and in a sticky directory are accepted", () => {
    expect(problems(configIn(0o700, 0o600))).toBe("");
    expect(problems(configIn(0o775, 0o664))).toBe("");
    expect(problems(configIn(0o1777, 0o644))).toBe("");
  });

  it("a secrets file in a directory anyone may write to is refused too; owner-only in a private one is read", () => {
    const secrets = (dirMode: number) => {
      const file = configIn(dirMode, 0o600).replace(/mcp-guard\.yaml$/, "secrets.env");
      writeFileSync(file, "TOKEN=abc\n", { mode: 0o600 });
      return readSecretsFile(file);
    };
    expect(secrets(0o777)).toMatchObject({ ok: false, message: expect.stringMatching(/not sticky/) });
    expect(secrets(0o700)).toEqual({ ok: true, values: { TOKEN: "abc" } });
  });

  it("a secrets file its group or others can read is refused, naming chmod 600 (owner-only.ts)", () => {
    const file = configIn(0o700, 0o600).replace(/mcp-guard\.yaml$/, "secrets.env");
    writeFileSync(file, "TOKEN=abc\n");
    chmodSync(file, 0o640);
    const read = readSecretsFile(file);
    expect(read).toMatchObject({ ok: false, message: expect.stringContaining("has mode 640") });
    expect(read).toMatchObject({ message: expect.stringContaining(`chmod 600 ${file}`) });
  });
});

// Attack (round 15): only the mode was read. A file or directory that belongs to another local user is theirs
// to chmod and change whatever its mode, and a group-writable file whose group is shared (a `users` or `staff`
// group several people are in) lets each of them edit the policy. The e2e attack (as root, user 65534) is in
// attack-config-others-write.test.ts; here the accounts are given, so it runs as any user.
describe.skipIf(process.platform === "win32")(
  "a config file another user or a shared group could change",
  () => {
    const me = process.getuid?.() ?? 0;
    const myGid = process.getgid?.() ?? 0;
    /** The accounts as this machine might list them, with `extra` users and one group `gid`. */
    const accounts = (
      users: [number, string, number][],
      group?: { gid: number; name: string; members: string[] },
    ): Accounts => ({
      users: new Map(users.map(([uid, name, gid]) => [uid, { name, gid }])),
      groups: new Map(group ? [[group.gid, { name: group.name, members: group.members }]] : []),
    });
    const check = (file: string, table: Accounts, uid = me) =>
      writableByOthers(file, "the config", "the policy", table, uid);

    it("refuses a file that belongs to another account of this machine, whatever its mode", () => {
      const file = configIn(0o755, 0o600);
      // As root the file is given to another uid; otherwise we look at it as another uid would.
      const owner = me === 0 ? 4321 : me;
      if (me === 0) chownSync(file, owner, owner);
      const viewer = me === 0 ? 0 : me + 1;
      const table = accounts([
        [owner, "mallory", owner],
        [viewer, "alice", viewer],
      ]);
      expect(check(file, table, viewer)).toMatch(/belongs to another user, mallory \(uid \d+\)/);
      // Negative: a uid no account of this machine has (a file bind-mounted from a container's host).
      expect(check(file, accounts([[viewer, "alice", viewer]]), viewer)).toBeUndefined();
    });

    // Only root can give a directory to another uid here; the e2e attack covers the same as root too.
    it.runIf(me === 0)("refuses a config in a directory that belongs to another account (root only)", () => {
      const file = configIn(0o755, 0o600);
      chownSync(dirname(file), 4321, 4321);
      expect(check(file, accounts([[4321, "mallory", 4321]]))).toMatch(
        /the directory of the config, .*, belongs to another user, mallory/,
      );
    });

    it("refuses a group-writable file whose group other users are in", () => {
      const file = configIn(0o755, 0o664);
      const gid = statSync(file).gid;
      const shared = accounts([[me, "alice", myGid]], { gid, name: "staff", members: ["alice", "bob"] });
      expect(check(file, shared)).toMatch(/writable by its group staff, whose other members \(bob\)/);
      // A user whose primary group it is counts as a member too.
      const primary = accounts(
        [
          [me, "alice", myGid],
          [me + 7, "carol", gid],
        ],
        { gid, name: "users", members: [] },
      );
      expect(check(file, primary)).toMatch(/other members \(carol\)/);
    });

    it("refuses a config in a group-writable directory whose group other users are in", () => {
      const file = configIn(0o775, 0o644);
      const gid = statSync(dirname(file)).gid;
      const shared = accounts([[me, "alice", myGid]], { gid, name: "staff", members: ["bob"] });
      expect(check(file, shared)).toMatch(/the directory of the config, .*, is writable by its group staff/);
    });

    // Round 16: the mode's group bits are only an ACL's mask; the users and groups the ACL names are read too.
    it("refuses a file or directory whose ACL lets another user, or a group with other members, write it", () => {
      const file = configIn(0o755, 0o664);
      const table = accounts(
        [
          [me, "alice", myGid],
          [4321, "mallory", 4321],
        ],
        { gid: 4400, name: "ops", members: ["alice", "bob"] },
      );
      const acl =
        (entries: AclEntry[], at = file) =>
        (path: string) =>
          path === at ? entries : [];
      const named = (tag: "user" | "group", id: number, perm: number): AclEntry => ({ tag, perm, id });
      const mask = (perm: number): AclEntry => ({ tag: "mask", perm, id: -1 });
      const judged = (entries: AclEntry[], at = file) =>
        writableByOthers(file, "the config", "the policy", table, me, acl(entries, at));
      expect(judged([named("user", 4321, 6), mask(6)])).toMatch(
        /has an ACL that lets other users \(mallory \(uid 4321\)\) write it/,
      );
      expect(judged([named("group", 4400, 6), mask(7)])).toMatch(/lets other users \(bob\) write it/);
      expect(judged([named("user", 4321, 7), mask(7)], dirname(file))).toMatch(
        /the directory of the config, .*, has an ACL that lets other users \(mallory \(uid 4321\)\) write to it/,
      );
      // Negatives: a mask without write, read only, ourselves and root, a uid no account has (as for an
      // owner: a file bind-mounted from a container's host), and a sticky directory.
      expect(judged([named("user", 4999, 6), mask(6)])).toBeUndefined();
      expect(judged([named("user", 4321, 6), mask(4)])).toBeUndefined();
      expect(judged([named("user", 4321, 4), mask(6)])).toBeUndefined();
      expect(judged([named("user", me, 6), named("user", 0, 6), mask(6)])).toBeUndefined();
      chmodSync(dirname(file), 0o1755);
      expect(judged([named("user", 4321, 7), mask(7)], dirname(file))).toBeUndefined();
    });

    it("an ACL that cannot be read is refused, not taken as none", () => {
      const file = configIn(0o755, 0o644);
      const unreadable = () => {
        throw new Error("EIO");
      };
      expect(() => writableByOthers(file, "the config", "the policy", accounts([]), me, unreadable)).toThrow(
        "EIO",
      );
    });

    it("where the tables do not list the users (macOS), an unlisted owner and the everyone group are others", () => {
      const file = configIn(0o755, 0o664);
      const { uid, gid } = statSync(file);
      const viewer = uid === 0 ? 0 : uid + 1;
      if (uid === 0) chownSync(file, 4321, gid);
      const mac = { ...accounts([]), unlistedAreUsers: true };
      expect(check(file, mac, viewer)).toMatch(/belongs to another user, uid \d+/);
      if (uid === 0) chownSync(file, 0, gid);
      const staff = { ...accounts([[viewer, "alice", gid]]), everyone: new Set([gid]) };
      expect(check(file, staff, uid)).toMatch(/writable by its group .*, whose other members \(every user\)/);
    });

    it("negative: a group of one's own, a sticky shared directory, and this machine's real accounts", () => {
      const file = configIn(0o775, 0o664);
      const gid = statSync(file).gid;
      const own = accounts([[me, "alice", gid]], { gid, name: "alice", members: [] });
      expect(check(file, own)).toBeUndefined();
      const sticky = configIn(0o1775, 0o644);
      const shared = accounts([[me, "alice", myGid]], {
        gid: statSync(sticky).gid,
        name: "staff",
        members: ["bob"],
      });
      expect(check(sticky, shared)).toBeUndefined();
      // The tables are read from this machine without failing (what they hold depends on it).
      expect(localAccounts().users.size).toBeGreaterThan(0);
    });
  },
);
