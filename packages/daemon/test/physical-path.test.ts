// Where a path leads on this machine, its links followed: the guard's own files are compared with it.
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { physicalPath } from "../src/physical-path.js";

const dir = realpathSync(mkdtempSync(join(tmpdir(), "physical-path-")));
const home = join(dir, "home");
mkdirSync(join(home, "tokens"), { recursive: true });
writeFileSync(join(home, "daemon.key"), "key");
symlinkSync("home", join(dir, "cfg"));
symlinkSync(join(home, "tokens"), join(dir, "t"));
symlinkSync(join(home, "new.key"), join(dir, "dangling"));
symlinkSync("loop", join(dir, "loop"));
// Links into a process's directory under /proc, which mean the directory of whichever process opens them.
symlinkSync("/proc/self/cwd", join(dir, "here"));
symlinkSync("/proc/thread-self/cwd", join(dir, "there"));
symlinkSync(`/proc/${process.pid}`, join(dir, "pid"));
symlinkSync(relative(dir, "/proc/self"), join(dir, "self-relative"));
symlinkSync("/proc", join(dir, "procfs"));
symlinkSync("here", join(dir, "via-here"));
symlinkSync("/proc/cpuinfo", join(dir, "cpuinfo"));
// A directory named in decomposed Unicode (e + U+0301), holding a link to the home.
mkdirSync(join(dir, "de\u0301ploy"));
symlinkSync(home, join(dir, "de\u0301ploy", "to-home"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("physicalPath", () => {
  it.each([
    ["a plain file", join(home, "daemon.key"), join(home, "daemon.key")],
    ["a link to a directory", join(dir, "cfg", "daemon.key"), join(home, "daemon.key")],
    ["'..' after a link, from where it leads", join(dir, "t") + "/../daemon.key", join(home, "daemon.key")],
    ["a file yet to be written under a link", join(dir, "cfg", "new", "file"), join(home, "new", "file")],
    ["a dangling link, to what writing through it creates", join(dir, "dangling"), join(home, "new.key")],
    ["a path with nothing of it existing", "/no-such-top/x/y", "/no-such-top/x/y"],
    [
      "a name asked for in its composed spelling, where the decomposed one exists (as the server opens it)",
      join(dir, "d\u00e9ploy", "to-home", "daemon.key"),
      join(home, "daemon.key"),
    ],
    [
      "a missing name climbed out of, then a link",
      join(dir, "no-such") + "/../cfg/daemon.key",
      join(home, "daemon.key"),
    ],
    [
      "two missing names climbed out of",
      join(dir, "no", "such") + "/../../cfg/daemon.key",
      join(home, "daemon.key"),
    ],
    [
      "a file climbed out of, then a link",
      join(home, "daemon.key") + "/../../cfg/daemon.key",
      join(home, "daemon.key"),
    ],
    ["longer than PATH_MAX", `${dir}${"/.".repeat(2100)}/cfg/daemon.key`, join(home, "daemon.key")],
  ])("%s", (_, path, expected) => {
    expect(physicalPath(path)).toBe(expected);
  });

  it("gives a link loop back as written below it", () => {
    expect(physicalPath(join(dir, "loop", "x"))).toBe(join(dir, "loop", "x"));
  });

  it.each([
    ["/proc/self/cwd", join(dir, "here", "home", "daemon.key")],
    ["/proc/thread-self/cwd", join(dir, "there", "home", "daemon.key")],
    ["/proc/<pid>", join(dir, "pid", "cwd", "home", "daemon.key")],
    ["/proc/self, relative", join(dir, "self-relative", "root", "etc")],
    ["/proc, then self as written", join(dir, "procfs", "self", "cwd")],
    ["/proc/self/cwd, through another link", join(dir, "via-here", "x")],
    ["/proc/self/cwd, its parent", join(dir, "here") + "/../home/daemon.key"],
  ])("has no answer through a link into %s (it depends on who opens it)", (_, path) => {
    expect(physicalPath(path)).toBeUndefined();
  });

  it("gives back a path written under /proc as written, for its canonical form to read", () => {
    expect(physicalPath("/proc/self/cwd/x")).toBe("/proc/self/cwd/x");
    expect(physicalPath(`/proc/self/root${dir}/cfg/../x`)).toBe(`/proc/self/root${dir}/cfg/../x`);
  });

  it("follows a link into /proc outside any process's directory", () => {
    expect(physicalPath(join(dir, "cpuinfo"))).toBe("/proc/cpuinfo");
  });
});
