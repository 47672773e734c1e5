// What a daemon serving HTTP loads, and when: the SDK's Streamable HTTP server transport (with its
// web-standards adapter and the fetch classes under it, several MB) arrives with the first HTTP session, not
// with the listener, so a daemon that only serves bridges never holds it (README, Benchmarks: memory). A
// loader hook in the daemon records every module it loads.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { afterAll, beforeAll, expect, it } from "vitest";
import { guardedTransport, makeGuardedHome, serveHttp, type Served } from "../src/index.js";

const home = makeGuardedHome("", ["  http:", "    port: 0", "    allow_anonymous: true"].join("\n"));
const moduleLog = join(home.dir, "modules.log");
const hook = join(home.dir, "record-modules.mjs");
let served: Served;

const SDK_HTTP_SERVER = "@modelcontextprotocol/sdk/dist/esm/server/webStandardStreamableHttp.js";
const loaded = (): string[] => readFileSync(moduleLog, "utf8").split("\n").filter(Boolean);

beforeAll(async () => {
  // Runs on the loader's own thread: every module the daemon loads passes through `load`.
  const recorder = `import { appendFileSync } from "node:fs";
export async function load(url, context, next) {
  appendFileSync(${JSON.stringify(moduleLog)}, url + "\\n");
  return next(url, context);
}`;
  writeFileSync(join(home.dir, "recorder-hooks.mjs"), recorder);
  writeFileSync(
    hook,
    `import { register } from "node:module";\nregister(${JSON.stringify(pathToFileURL(join(home.dir, "recorder-hooks.mjs")).href)});\n`,
  );
  writeFileSync(moduleLog, "");
  served = await serveHttp(home, ["--import", hook]);
});
afterAll(async () => {
  await served.stop();
  await home.cleanup();
});

const echo = (client: Client) => client.callTool({ name: "echo", arguments: { message: "hello" } });

it("loads the SDK's HTTP server transport with the first HTTP session, not before", async () => {
  // The daemon is listening and a bridge session has run: nothing of the HTTP transport yet.
  const bridged = new Client({ name: "lazy-test", version: "1" });
  await bridged.connect(guardedTransport(home, "everything"));
  expect(await echo(bridged)).toMatchObject({ content: [{ text: "Echo: hello" }] });
  await bridged.close();
  expect(loaded().some((url) => url.includes("/packages/daemon/dist/daemon.js"))).toBe(true);
  expect(loaded().filter((url) => url.includes(SDK_HTTP_SERVER))).toEqual([]);

  const transport = new StreamableHTTPClientTransport(new URL(`${served.url}/everything`));
  const client = new Client({ name: "lazy-test", version: "1" });
  await client.connect(transport);
  expect(await echo(client)).toMatchObject({ content: [{ text: "Echo: hello" }] });
  await transport.terminateSession();
  await client.close();
  expect(loaded().filter((url) => url.includes(SDK_HTTP_SERVER))).toHaveLength(1);
});
