// Attack (round 27, found from outside): `daemon.max_message_bytes` is "the largest single JSON-RPC message accepted
// in either direction". Over the bridge a larger client message is refused (message_too_large) and never
// reaches the server. Over the Streamable HTTP front door only `daemon.http.max_body_bytes` (4 MiB by default)
// bounds a POST: a message above max_message_bytes but below the body limit went on to the server, through
// the same daemon, under the same config. Proved with the recording server.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  INITIALIZE,
  MCP_HEADERS,
  RawBridge,
  rawRequest,
  recorded,
  serveRecorderOverHttp,
  type HttpRecorder,
} from "../src/index.js";

const API_KEY = "attack27-size-key-0123456789abcdef";
const LIMIT = 4096;
let front: HttpRecorder;

beforeAll(async () => {
  front = await serveRecorderOverHttp(() => [
    `  max_message_bytes: ${LIMIT}`,
    "auth:",
    "  api_keys:",
    `    ${API_KEY}: { name: sizer, roles: [reader] }`,
    "  roles:",
    "    reader:",
    "      permissions:",
    '        denied_tools: ["write_file"]',
  ]);
});
afterAll(() => front.stop());

const headers = { ...MCP_HEADERS, "x-api-key": API_KEY, "mcp-protocol-version": "2025-06-18" };
const post = (body: unknown, session?: string) =>
  rawRequest(`${front.served.url}/recorder`, {
    method: "POST",
    headers: session ? { ...headers, "mcp-session-id": session } : headers,
    body: JSON.stringify(body),
  });

const serverSaw = (marker: string) =>
  recorded(front.log).some((m) => typeof m === "object" && JSON.stringify(m).includes(marker));

/** A tools/call whose arguments make the message about five times max_message_bytes. */
const oversizedCall = (id: number, marker: string) => ({
  jsonrpc: "2.0",
  id,
  method: "tools/call",
  params: { name: "echo", arguments: { marker, pad: "x".repeat(LIMIT * 5) } },
});

describe("daemon.max_message_bytes on the HTTP front door", () => {
  it("is refused over the bridge (control)", async () => {
    const bridge = new RawBridge(front.home, "recorder");
    await bridge.initialize();
    bridge.send(oversizedCall(7, "marker-bridge-oversized"));
    const answer = await bridge.answerTo(7);
    bridge.close();
    await bridge.exited;
    expect((answer.error as { data?: { reason?: string } }).data?.reason).toBe("message_too_large");
    expect(serverSaw("marker-bridge-oversized")).toBe(false);
  });

  it("refuses a client message larger than max_message_bytes, as the bridge does", async () => {
    const init = await post(JSON.parse(INITIALIZE));
    const session = init.headers["mcp-session-id"];
    expect(typeof session).toBe("string");
    await post({ jsonrpc: "2.0", method: "notifications/initialized" }, session as string);
    // A small call goes through: the session works.
    await post(
      {
        jsonrpc: "2.0",
        id: 2,
        method: "tools/call",
        params: { name: "echo", arguments: { m: "marker-small" } },
      },
      session as string,
    );
    expect(serverSaw("marker-small")).toBe(true);

    const answer = await post(oversizedCall(3, "marker-http-oversized"), session as string);
    expect(serverSaw("marker-http-oversized")).toBe(false);
    expect(answer.status === 413 || answer.body.includes("message_too_large")).toBe(true);
  });
});
