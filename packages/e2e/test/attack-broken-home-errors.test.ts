// Attack (round 36, found from outside): the CLI pointed at a broken home. Every command should fail with one
// clear line naming what is broken, never a stack trace. Two homes where it does not:
//  - a database that is not a database (a disk error, a bad restore, a file copied over it): `mcp-guard logs`,
//    the command a user runs first to see what happened, prints "unexpected error: SqliteError: file is not a
//    database" and a JavaScript stack trace of the CLI's internals; `approvals list`, `pins list` and `start -d`
//    print one line, "file is not a database", without saying which file;
//  - a running daemon whose key file was removed: `status` and `stop` print "unexpected error: Error: ENOENT"
//    and a stack trace (the bridge, for the same home, prints one line).
// What a user expects: one line naming the file (the database, the daemon key) and what is wrong with it.
import { renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, type CliResult, type GuardedHome } from "../src/index.js";

async function withSession(home: GuardedHome): Promise<void> {
  const bridge = new RawBridge(home, "fixture");
  await bridge.initialize();
  bridge.close();
  await bridge.exited;
}

function expectOneClearLine({ code, stdout, stderr }: CliResult, file: string): void {
  expect(code).not.toBe(0);
  expect(stdout).toBe("");
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(stderr).not.toContain("unexpected error");
  expect(stderr).toContain(file);
}

describe("a home whose database is not a database", () => {
  const home = makeGuardedHome();
  const database = join(home.home, "mcp-guard.db");
  afterAll(() => home.cleanup());
  beforeAll(async () => {
    // A real home with a few audit rows, then the daemon stopped and its database overwritten.
    await withSession(home);
    await home.stop();
    writeFileSync(database, "this is not a database ".repeat(400));
  });

  it.each(["logs", "logs --json", "approvals list", "pins list", "start -d"])(
    "%s: one line naming the database, no stack trace",
    async (command) => expectOneClearLine(await home.cli(command.split(" ")), database),
  );
});

describe("a running daemon whose key file was removed", () => {
  const home = makeGuardedHome();
  const key = join(home.home, "daemon.key");
  afterAll(async () => {
    // Put back, so that the harness can stop the daemon.
    renameSync(`${key}.moved`, key);
    await home.cleanup();
  });
  beforeAll(async () => {
    await withSession(home);
    renameSync(key, `${key}.moved`);
  });

  it.each(["status", "stop"])("%s: one line naming the key file, no stack trace", async (command) =>
    expectOneClearLine(await home.cli([command]), key),
  );
});
