import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { interpreterWords, readStart } from "../src/launch-scripts.js";
import { programsOf } from "../src/program-identity.js";

const dir = mkdtempSync(join(tmpdir(), "mcpg-scripts-"));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe("interpreterWords", () => {
  it("reads a #! line as Linux does: the interpreter and one argument", () => {
    expect(interpreterWords("#!/bin/sh\necho")).toEqual(["/bin/sh"]);
    expect(interpreterWords("#! /usr/bin/env -S npx -y pkg\r\n")).toEqual(["/usr/bin/env", "-S npx -y pkg"]);
    expect(interpreterWords("echo hi\n")).toBeUndefined();
    expect(interpreterWords("#!\n")).toBeUndefined();
  });
});

describe("readStart", () => {
  it("reads regular files only, and returns at once for a FIFO or a folder", () => {
    expect(readStart(file("a.sh", "exec npx x\n"))).toBe("exec npx x\n");
    expect(readStart("a.sh")).toBeUndefined();
    const fifo = join(dir, "fifo");
    execFileSync("mkfifo", [fifo]);
    expect(readStart(fifo)).toBeUndefined();
    mkdirSync(join(dir, "folder"));
    expect(readStart(join(dir, "folder"))).toBeUndefined();
    expect(readStart(join(dir, "missing"))).toBeUndefined();
  });
});

describe("a launch through a script file", () => {
  const base = programsOf({ command: "npx", args: ["-y", "@acme/files"] } as never);
  const of = (command: string, args: string[] = []) => programsOf({ command, args } as never);

  it("is the program the script runs, beside the line as written", () => {
    const run = file("run.sh", "#!/bin/sh\n# don't edit: it's generated\nexec npx -y @acme/files \"$@\"\n");
    expect(of("sh", [run])).toEqual(expect.arrayContaining(base));
    expect(of("bash", ["-e", run])).toEqual(expect.arrayContaining(base));
    expect(of(run)).toEqual(expect.arrayContaining(base));
    expect(of(file("run-env", "#!/usr/bin/env -S npx -y @acme/files\n"))).toEqual(
      expect.arrayContaining(base),
    );
    // A script named like a wrapper (`env`, `nice`) is still read: the name must not hide what it runs.
    mkdirSync(join(dir, "bin"));
    const named = join(dir, "bin", "env");
    writeFileSync(named, "#!/bin/sh\nexec npx -y @acme/files\n");
    expect(of(named)).toEqual(expect.arrayContaining(base));
  });

  // Round 18's review: each of these was another program than the base (in-process, before the fix).
  it("is read whole, so a launch line after 64 KiB of comments is seen", () => {
    const padded = file(
      "padded.sh",
      `#!/bin/sh\n${"# padding to push the line out\n".repeat(3000)}exec npx -y @acme/files\n`,
    );
    expect(of("sh", [padded])).toEqual(expect.arrayContaining(base));
    expect(of(padded)).toEqual(expect.arrayContaining(base));
  });

  it("is found from the entry's directory by a bare name, whatever the name ends in", () => {
    const at = join(dir, "project");
    mkdirSync(at);
    writeFileSync(join(at, "run.sh"), "exec npx -y @acme/files\n");
    writeFileSync(join(at, "start"), "exec npx -y @acme/files\n");
    const inDir = (command: string, args: string[]) => programsOf({ command, args, cwd: at } as never);
    expect(inDir("sh", ["run.sh"])).toEqual(expect.arrayContaining(base));
    expect(inDir("bash", ["-e", "start"])).toEqual(expect.arrayContaining(base));
    // A word naming no file there stays a word.
    expect(inDir("sh", ["missing.sh"])).not.toEqual(expect.arrayContaining(base));
  });

  it("is not read when the line names its package itself (npx is a #! script of npm's)", () => {
    const npx = file("npx", "#!/usr/bin/env node\nrequire('../lib/cli.js')\n");
    expect(of(npx, ["-y", "@acme/files"])).toEqual(base);
  });

  it("keeps another package's script, an unreadable one and one nesting itself apart", () => {
    expect(of("sh", [file("notes.sh", "exec npx -y @acme/notes\n")])).not.toEqual(
      expect.arrayContaining(base),
    );
    expect(of("sh", [join(dir, "missing.sh")])).not.toEqual(expect.arrayContaining(base));
    const loop = join(dir, "loop.sh");
    writeFileSync(loop, `#!/bin/sh\nexec sh ${loop}\n`);
    expect(of(loop)).not.toEqual(expect.arrayContaining(base));
  });
});
