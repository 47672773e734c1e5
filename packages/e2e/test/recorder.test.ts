// The recording fixture that the protection tests rely on: through the real bridge, what a client sends
// arrives at the server and is recorded, and what the server lists reaches the client.
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { afterAll, expect, it } from "vitest";
import { guardedTransport, makeGuardedHome, recorderServerYaml, serverSaw } from "../src/index.js";

const logDir = makeGuardedHome().dir;
const log = join(logDir, "recorder.log");
const home = makeGuardedHome(recorderServerYaml("recorder", log));
afterAll(() => home.cleanup());

it("records what the client sends through the guard", async () => {
  const client = new Client({ name: "recorder-test", version: "1" });
  await client.connect(guardedTransport(home, "recorder"));
  const { tools } = await client.listTools();
  expect(tools.map((t) => t.name)).toContain("echo");
  await client.callTool({ name: "echo", arguments: { a: 1 } });
  await client.close();
  expect(serverSaw(log, "tools/call", "echo")).toBe(true);
  expect(serverSaw(log, "tools/call", "write_file")).toBe(false);
});
