// What a daemon serving HTTP loads, and when: its Streamable HTTP server transport (our own, not the SDK's,
// which brought zod, the protocol's schemas, a web-standards adapter and the fetch classes: ~17 MB) arrives
// with the first HTTP session, not with the listener, and neither zod nor any of the SDK arrives with it
// (for a stdio upstream), nor for a Streamable HTTP upstream (our own client transports); the YAML parser and zod (the config's schema) never arrive for its config, which
// a child process loads, at start and on reload (docs/benchmarks.md: memory). A loader hook in the daemon
// records every module it loads.
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  EVERYTHING,
  FIXTURE,
  freePort,
  guardedTransport,
  makeGuardedHome,
  serveHttp,
  type Served,
} from "../src/index.js";

const home = makeGuardedHome("", ["  http:", "    port: 0", "    allow_anonymous: true"].join("\n"));
const moduleLog = join(home.dir, "modules.log");
const hook = join(home.dir, "record-modules.mjs");
let served: Served;

// `serve` runs the daemon in the CLI's own process, which since round 49 runs from the CLI's bundle: its lazy
// parts are chunks named after the module each dynamic import loads (scripts/bundle-daemon.mjs). Each path
// below is the module in `dist` or its chunk in the bundle.
/** The daemon's code, loaded at start. */
const DAEMON_CODE = /\/packages\/daemon\/dist\/daemon\.js$|\/packages\/cli\/bundle\/mcp-guard\.js$/;
/** Our Streamable HTTP server transport (http-endpoint.ts imports it), loaded with the first HTTP session. */
const HTTP_TRANSPORT =
  /\/packages\/daemon\/dist\/http\/streamable-http\.js$|\/packages\/cli\/bundle\/http-endpoint-[A-Z0-9]+\.js$/;
/** Our Streamable HTTP client (upstream/http-transport.ts imports it), loaded with the first such upstream. */
const HTTP_CLIENT =
  /\/packages\/daemon\/dist\/upstream\/streamable-http-client\.js$|\/packages\/cli\/bundle\/http-transport-[A-Z0-9]+\.js$/;
const SDK_TYPES = "@modelcontextprotocol/sdk/dist/esm/types.js";
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

/** Modules of the YAML parser or of zod, which only the config loader's own process may load. */
const CONFIG_PARSERS = /\/node_modules\/(yaml|zod)\//;

it("loads neither the YAML parser nor zod for its config, at start or on reload", async () => {
  expect(loaded().some((url) => DAEMON_CODE.test(url))).toBe(true);
  expect(loaded().filter((url) => CONFIG_PARSERS.test(url))).toEqual([]);
  // An edit the daemon applies (`mcp-guard reload`): its new server must work, and still nothing loaded.
  const config = readFileSync(home.configPath, "utf8");
  const added = `servers:\n  added:\n    command: ${JSON.stringify(process.execPath)}\n    args: [${JSON.stringify(FIXTURE)}]\n`;
  writeFileSync(home.configPath, config.replace("servers:\n", added));
  expect((await home.cli(["reload"])).code).toBe(0);
  const status = (await home.status()) as {
    servers: Record<string, unknown>;
    config_error: string | null;
  };
  expect(status.config_error).toBeNull();
  expect(Object.keys(status.servers)).toContain("added");
  const client = new Client({ name: "lazy-test", version: "1" });
  await client.connect(guardedTransport(home, "added"));
  expect(await client.callTool({ name: "echo", arguments: { message: "after reload" } })).toMatchObject({
    content: [{ text: "after reload" }],
  });
  await client.close();
  expect(loaded().filter((url) => CONFIG_PARSERS.test(url))).toEqual([]);
});

const echo = (client: Client) => client.callTool({ name: "echo", arguments: { message: "hello" } });

it("serves HTTP sessions without loading zod or anything of the MCP SDK (our own transport)", async () => {
  // The daemon is listening and a bridge session has run: nothing of the HTTP transport yet.
  const bridged = new Client({ name: "lazy-test", version: "1" });
  await bridged.connect(guardedTransport(home, "everything"));
  expect(await echo(bridged)).toMatchObject({ content: [{ text: "Echo: hello" }] });
  await bridged.close();
  expect(loaded().some((url) => DAEMON_CODE.test(url))).toBe(true);
  expect(loaded().filter((url) => HTTP_TRANSPORT.test(url))).toEqual([]);

  // HTTP load: sessions with calls, the GET stream the SDK client opens, DELETE.
  for (let i = 0; i < 3; i++) {
    const transport = new StreamableHTTPClientTransport(new URL(`${served.url}/everything`));
    const client = new Client({ name: "lazy-test", version: "1" });
    await client.connect(transport);
    for (let j = 0; j < 20; j++)
      expect(await echo(client)).toMatchObject({ content: [{ text: "Echo: hello" }] });
    await transport.terminateSession();
    await client.close();
  }
  expect(loaded().filter((url) => HTTP_TRANSPORT.test(url))).toHaveLength(1);
  // zod and the SDK's protocol schemas (types.js) are what the SDK's server transport cost; none of it loads.
  expect(loaded().filter((url) => /\/node_modules\/zod\//.test(url))).toEqual([]);
  expect(loaded().filter((url) => url.includes(SDK_TYPES))).toEqual([]);
  expect(loaded().filter((url) => url.includes("/@modelcontextprotocol/sdk/"))).toEqual([]);
  expect(loaded().filter((url) => url.includes("/@hono/"))).toEqual([]);
});

const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });

it("talks to a Streamable HTTP upstream without loading zod or anything of the MCP SDK (our own client)", async () => {
  const port = await freePort();
  const server = spawn(process.execPath, [EVERYTHING, "streamableHttp"], {
    env: { ...process.env, PORT: String(port) },
    stdio: "ignore",
  });
  try {
    while (!(await listening(port))) await new Promise((resolve) => setTimeout(resolve, 100));
    const config = readFileSync(home.configPath, "utf8");
    const remote = `servers:\n  remote:\n    transport: streamable-http\n    url: http://127.0.0.1:${port}/mcp\n`;
    writeFileSync(home.configPath, config.replace("servers:\n", remote));
    expect((await home.cli(["reload"])).code).toBe(0);
    const client = new Client({ name: "lazy-test", version: "1" });
    await client.connect(guardedTransport(home, "remote"));
    for (let j = 0; j < 5; j++)
      expect(await echo(client)).toMatchObject({ content: [{ text: "Echo: hello" }] });
    await client.close();
    expect(loaded().some((url) => HTTP_CLIENT.test(url))).toBe(true);
    expect(
      loaded().filter((url) => /\/node_modules\/(zod|eventsource|eventsource-parser)\//.test(url)),
    ).toEqual([]);
    expect(loaded().filter((url) => url.includes("/@modelcontextprotocol/sdk/"))).toEqual([]);
  } finally {
    server.kill("SIGTERM");
  }
});
