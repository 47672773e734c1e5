// Attack: over the Streamable HTTP front door, a POST body may hold several JSON-RPC messages at once (a
// batch, which the 2025-03-26 transport allowed and the SDK's server transport still takes). Every message
// of a batch must meet the same checks as one sent alone: the role's rate limit and denied tools. Through
// the real front door and the recording server. Tried this round and held (not a finding): each message of
// a batch meets the pipeline on its own.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  INITIALIZE,
  MCP_HEADERS,
  rawRequest,
  recorded,
  type Served,
  serveRecorderOverHttp,
  type HttpRecorder,
} from "../src/index.js";

const API_KEY = "batch-test-key-0123456789abcdef";
let front: HttpRecorder;
let served: Served;
let log: string;

beforeAll(async () => {
  front = await serveRecorderOverHttp(() => [
    "auth:",
    "  api_keys:",
    `    ${API_KEY}: { name: batcher, roles: [limited] }`,
    "  roles:",
    "    limited:",
    "      permissions:",
    '        denied_tools: ["write_file"]',
    "      rate_limit:",
    "        tool_limits: { echo: { requests_per_minute: 3 } }",
  ]);
  ({ served, log } = front);
});
afterAll(() => front.stop());

const headers = { ...MCP_HEADERS, "x-api-key": API_KEY, "mcp-protocol-version": "2025-03-26" };
const post = (body: unknown, session?: string) =>
  rawRequest(`${served.url}/recorder`, {
    method: "POST",
    headers: session ? { ...headers, "mcp-session-id": session } : headers,
    body: JSON.stringify(body),
  });
const calls = (name: string) =>
  recorded(log).filter(
    (m) =>
      typeof m === "object" && m.method === "tools/call" && (m.params as { name?: string }).name === name,
  ).length;

async function openSession(): Promise<string> {
  const init = await post(JSON.parse(INITIALIZE));
  const session = init.headers["mcp-session-id"];
  if (typeof session !== "string") throw new Error(`no session: ${init.status} ${init.body}`);
  await post({ jsonrpc: "2.0", method: "notifications/initialized" }, session);
  return session;
}

describe("batches on the HTTP front door", () => {
  it("counts every call of a batch against the rate limit, and checks each against the policy", async () => {
    const session = await openSession();
    const call = (id: number, name: string) => ({
      jsonrpc: "2.0",
      id,
      method: "tools/call",
      params: { name, arguments: {} },
    });
    const answer = await post(
      [
        call(10, "echo"),
        call(11, "echo"),
        call(12, "echo"),
        call(13, "echo"),
        call(14, "echo"),
        call(15, "write_file"),
      ],
      session,
    );
    expect(answer.status).toBe(200);
    expect(answer.body.match(/"reason":"rate_limited"/g)).toHaveLength(2);
    expect(answer.body).toContain('"reason":"tool_denied"');
    expect(calls("echo")).toBe(3);
    expect(calls("write_file")).toBe(0);
  });
});
