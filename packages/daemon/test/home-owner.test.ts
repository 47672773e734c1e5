// Attack (round 15): the daemon home holds the database (approvals, pins, spend), the daemon key and the
// socket. It was made owner-only by chmod, which is enough when we are not root (chmod of another user's
// directory fails), but a daemon run as root took a home another user had created (root's chmod succeeds;
// the owner can chmod it back and swap the database for one with its own approvals and pins), and a home
// below a directory anyone may write to could be renamed away and replaced. Before: ensureHome accepted 2
// of 2 (the second, the world-writable parent, for any user). Negative: a home of our own is taken.
import { chmodSync, chownSync, mkdirSync, mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { resolveDaemonPaths } from "@mcp-guard/wire";
import { describe, expect, it } from "vitest";
import { ensureHome } from "../src/home.js";

const asRoot = process.getuid?.() === 0;
const pathsAt = (home: string) => resolveDaemonPaths({ home }, {});

describe.skipIf(process.platform === "win32")("the daemon home", () => {
  it.runIf(asRoot)("is refused when another user owns it (root only: chmod would succeed)", () => {
    const home = join(mkdtempSync(join(tmpdir(), "mcpg-home-")), "home");
    mkdirSync(home, { mode: 0o755 });
    // uid 65534 is "nobody", an account of this machine.
    chownSync(home, 65534, 65534);
    expect(() => ensureHome(pathsAt(home))).toThrow(/belongs to another user/);
  });

  it("is refused below a directory anyone may write to without the sticky bit", () => {
    const parent = mkdtempSync(join(tmpdir(), "mcpg-home-"));
    chmodSync(parent, 0o777);
    expect(() => ensureHome(pathsAt(join(parent, "home")))).toThrow(/writable by other users and not sticky/);
  });

  it("negative: a home of our own, made or tightened to owner-only, is taken", () => {
    const parent = mkdtempSync(join(tmpdir(), "mcpg-home-"));
    const made = join(parent, "made");
    ensureHome(pathsAt(made));
    expect(statSync(made).mode & 0o777).toBe(0o700);
    const loose = join(parent, "loose");
    mkdirSync(loose, { mode: 0o755 });
    ensureHome(pathsAt(loose));
    expect(statSync(loose).mode & 0o777).toBe(0o700);
  });
});
