// Where a path leads on this machine, its links followed: the guard's own files are compared with it.
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("physicalPath", () => {
  it.each([
    ["a plain file", join(home, "daemon.key"), join(home, "daemon.key")],
    ["a link to a directory", join(dir, "cfg", "daemon.key"), join(home, "daemon.key")],
    ["'..' after a link, from where it leads", join(dir, "t") + "/../daemon.key", join(home, "daemon.key")],
    ["a file yet to be written under a link", join(dir, "cfg", "new", "file"), join(home, "new", "file")],
    ["a dangling link, to what writing through it creates", join(dir, "dangling"), join(home, "new.key")],
    ["a path with nothing of it existing", "/no-such-top/x/y", "/no-such-top/x/y"],
  ])("%s", (_, path, expected) => {
    expect(physicalPath(path)).toBe(expected);
  });

  it("gives a link loop back as written below it", () => {
    expect(physicalPath(join(dir, "loop", "x"))).toBe(join(dir, "loop", "x"));
  });
});
