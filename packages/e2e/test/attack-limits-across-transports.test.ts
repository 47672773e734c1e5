// Attack (round 29, a door that held when tried from outside): one API key's rate limit is one budget whichever door the key
// comes through. A caller holding one key could otherwise double (or, with more doors, multiply) its limit by
// spending it once over the bridge (the key in MCP_GUARD_API_KEY at the daemon handshake) and again over the
// HTTP front door (the same key in X-API-Key). No existing test combines the two transports for one identity
// (http-auth.test.ts limits HTTP clients only). The recording server must see exactly the limit's calls.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  failure,
  guardedTransport,
  recorded,
  serveRecorderOverHttp,
  type HttpRecorder,
} from "../src/index.js";

const API_KEY = "limits-across-doors-key-7c41e0d2";
let front: HttpRecorder;

beforeAll(async () => {
  front = await serveRecorderOverHttp(() => [
    "auth:",
    "  mode: api_key",
    "  api_keys:",
    `    ${API_KEY}: { name: agent, roles: [limited] }`,
    "  roles:",
    "    limited:",
    "      rate_limit:",
    "        tool_limits: { echo: { requests_per_minute: 3 } }",
  ]);
});
afterAll(async () => {
  await front?.stop();
});

const echoCalls = () =>
  recorded(front.log).filter(
    (m) =>
      typeof m !== "string" && m.method === "tools/call" && (m.params as { name?: string }).name === "echo",
  ).length;

describe("one API key's rate limit over the bridge and the HTTP front door", () => {
  it("is one budget, not one per transport", async () => {
    const bridged = new Client({ name: "over-the-bridge", version: "1" });
    await bridged.connect(guardedTransport(front.home, "recorder", { MCP_GUARD_API_KEY: API_KEY }));
    for (let i = 0; i < 3; i++) await bridged.callTool({ name: "echo", arguments: { i } });
    await bridged.close();

    const remote = new Client({ name: "over-http", version: "1" });
    await remote.connect(
      new StreamableHTTPClientTransport(new URL(`${front.served.url}/recorder`), {
        requestInit: { headers: { "x-api-key": API_KEY } },
      }),
    );
    const fourth = await failure(remote.callTool({ name: "echo", arguments: { i: 3 } }));
    await remote.close();
    expect({ reason: fourth?.data?.reason, reached: echoCalls() }).toEqual({
      reason: "rate_limited",
      reached: 3,
    });
  });
});
