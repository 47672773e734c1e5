// The real install: the packed tarball, installed with `npm i -g` into a scratch prefix, puts `mcp-guard` on
// PATH with every workspace package inside it, and a client that launches `mcp-guard connect` by name gets a
// guarded session. npm fetches the dependencies and compiles our peer-credential module; better-sqlite3's
// binary comes prebuilt, as it does for a user online (its installer downloads one from its releases). Here,
// offline, the prebuilt is the one this workspace's install made, handed over through prebuild-install's
// local-prebuilds setting: compiling SQLite took four of this file's minutes, testing nothing of ours.
import { execFile, execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { promisify } from "node:util";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, runCli, type GuardedHome } from "../src/index.js";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const scratch = realpathSync(mkdtempSync(join(tmpdir(), "mcpg-install-")));
let home: GuardedHome | undefined;

afterAll(async () => {
  await home?.cleanup();
  rmSync(scratch, { recursive: true, force: true });
});

/**
 * A directory holding better-sqlite3's binary as its own prebuilt archive is named (prebuild-install's
 * `{name}-v{version}-{runtime}-v{abi}-{platform}-{arch}.tar.gz`, glibc), made from the workspace's build. A
 * name that does not match is no failure: the installer then compiles, as before, only slower.
 */
function localPrebuilds(): string {
  const sqlite = dirname(
    createRequire(join(ROOT, "packages/store/package.json")).resolve("better-sqlite3/package.json"),
  );
  const { version } = JSON.parse(readFileSync(join(sqlite, "package.json"), "utf8")) as { version: string };
  const dir = join(scratch, "prebuilds");
  mkdirSync(dir);
  const name = `better-sqlite3-v${version}-node-v${process.versions.modules}-${process.platform}-${process.arch}.tar.gz`;
  execFileSync("tar", ["-czf", join(dir, name), "-C", sqlite, "build/Release/better_sqlite3.node"]);
  return dir;
}

describe("npm i -g of the packed tarball", () => {
  it("installs mcp-guard on PATH and runs a guarded session with it", { timeout: 900_000 }, async () => {
    // Asynchronously: a blocked worker for minutes would look dead to the test runner.
    const run = promisify(execFile);
    const packed = await run(process.execPath, [join(ROOT, "scripts/pack.mjs"), join(scratch, "pack")]);
    const tarball = packed.stdout.trim();
    const prefix = join(scratch, "prefix");
    await run("npm", ["install", "--global", "--prefix", prefix, "--no-fund", "--no-audit", tarball], {
      env: { ...process.env, npm_config_better_sqlite3_local_prebuilds: localPrebuilds() },
      timeout: 840_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    const bin = join(prefix, "bin");
    expect(existsSync(join(bin, "mcp-guard"))).toBe(true);
    const installed = join(prefix, "lib/node_modules/mcp-guard");
    for (const pkg of ["bridge", "config", "core", "daemon", "dashboard", "peercred", "store", "wire"])
      expect(existsSync(join(installed, "node_modules/@mcp-guard", pkg, "package.json")), pkg).toBe(true);

    home = makeGuardedHome();
    const h = home;
    const env = { ...h.env, PATH: `${bin}:${process.env.PATH ?? ""}` };
    const client = new Client({ name: "installed", version: "1" });
    // What a client config says once mcp-guard is installed: the command by name.
    await client.connect(
      new StdioClientTransport({
        command: "mcp-guard",
        args: ["connect", "-s", "everything", "-c", h.configPath],
        env,
        stderr: "pipe",
      }),
    );
    const result = await client.callTool({ name: "echo", arguments: { message: "installed" } });
    expect(JSON.stringify(result.content)).toContain("installed");
    await client.close();
    const status = JSON.parse((await runCli(["status", "--json"], h.env)).stdout) as { pid: number };
    const ps = execFileSync("ps", ["-o", "args=", "-p", String(status.pid)], { encoding: "utf8" });
    expect(ps).toContain(installed); // the daemon the installed bridge started is the installed one
  });
});
