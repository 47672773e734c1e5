// One hop less: a bridge whose stdin and stdout are pipes hands them to the daemon, which then reads the
// client's requests and writes its answers itself. The guarantees of the relaying bridge must hold as they
// were: fail closed when the daemon dies, answers to in-flight requests after the client closes stdin, and
// relaying whenever the descriptors cannot be passed.
import { spawn } from "node:child_process";
import { openSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { afterAll, describe, expect, it } from "vitest";
import { CLI, guardedTransport, makeGuardedHome, RawBridge } from "../src/index.js";

const home = makeGuardedHome();
afterAll(() => home.cleanup());

interface Status {
  pid: number;
  sessions: { client_io: string; client_pid: number | null }[];
}

async function status(): Promise<Status> {
  return (await home.status()) as Status;
}

const initialize = {
  jsonrpc: "2.0",
  id: 1,
  method: "initialize",
  params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "fd", version: "1" } },
};

describe("descriptor passing", () => {
  it("serves a client through its own descriptors, and relays when asked to", async () => {
    for (const [env, expected] of [
      [{}, "descriptors"],
      [{ MCP_GUARD_RELAY: "1" }, "relayed"],
    ] as const) {
      const client = new Client({ name: "fd", version: "1" });
      await client.connect(guardedTransport(home, "fixture", env));
      const echo = await client.callTool({ name: "echo", arguments: { message: "hop" } });
      expect(JSON.stringify(echo.content)).toContain("hop");
      expect((await status()).sessions.map((s) => s.client_io)).toEqual([expected]);
      await client.close();
      for (let i = 0; i < 50 && (await status()).sessions.length > 0; i++)
        await new Promise((r) => setTimeout(r, 100));
    }
  });

  it("answers in-flight requests after the client closes stdin, then the bridge exits 0", async () => {
    const raw = new RawBridge(home, "fixture");
    await raw.initialize();
    raw.send({
      jsonrpc: "2.0",
      id: 7,
      method: "tools/call",
      params: { name: "slow", arguments: { ms: 800 } },
    });
    raw.close();
    const reply = await raw.next();
    expect(reply).toMatchObject({ id: 7, result: { content: [{ type: "text", text: "slept 800 ms" }] } });
    expect((await raw.exited).code).toBe(0);
  });

  it("relays when stdin is a regular file", async () => {
    const input = join(home.dir, "requests.jsonl");
    writeFileSync(input, `${JSON.stringify(initialize)}\n`);
    const child = spawn(process.execPath, [CLI, "connect", "-s", "fixture", "-c", home.configPath], {
      env: home.env,
      stdio: [openSync(input, "r"), "pipe", "pipe"],
    });
    let out = "";
    child.stdout?.setEncoding("utf8").on("data", (t: string) => (out += t));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(code).toBe(0);
    expect(JSON.parse(out.split("\n")[0]!)).toMatchObject({ id: 1, result: { serverInfo: {} } });
  });

  it("fails closed when the daemon dies: the bridge exits non-zero and the client reads end of file", async () => {
    const raw = new RawBridge(home, "fixture");
    await raw.initialize();
    const { pid } = await status();
    const stdoutEnded = new Promise<void>((resolve) => raw.child.stdout.on("end", resolve));
    process.kill(pid, "SIGKILL");
    const exited = await raw.exited;
    expect(exited.code).not.toBe(0);
    expect(exited.stderr).toContain("lost the connection to the daemon");
    await stdoutEnded;
  });
});
