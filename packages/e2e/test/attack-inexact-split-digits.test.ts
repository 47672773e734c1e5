// Attack (round 40, atk40a, as a client): since round 39 a client's number that a double cannot hold is
// refused with inexact_number, but the check looks at a message only when it holds a run of 16 digits or a
// three-digit exponent. A number whose 17 or more significant digits are split by its decimal point into
// runs shorter than 16 (`1234567890.123456789e9`, the integer 1234567890123456789 past 2^53; the amount
// `123456789.123456789`) is never looked at, and reaches the server as another number (1234567890123456800,
// 123456789.12345679), over the bridge and over the HTTP front door. A correct guard refuses it (or forwards
// it exactly), as it does the same integer written out in full (control).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  INITIALIZE,
  MCP_HEADERS,
  makeGuardedHome,
  rawRequest,
  RawBridge,
  recorderServerYaml,
  serveRecorderOverHttp,
  type HttpRecorder,
} from "../src/index.js";

const log = join(makeGuardedHome().dir, "recorder.log");
const home = makeGuardedHome(recorderServerYaml("recorder", log));
const API_KEY = "inexact-split-digits-key-0123456789abcdef";
let front: HttpRecorder;
beforeAll(async () => {
  front = await serveRecorderOverHttp(() => [
    "auth:",
    "  api_keys:",
    `    ${API_KEY}: { name: payer, roles: [payer] }`,
    "  roles:",
    "    payer: {}",
  ]);
});
afterAll(async () => {
  await front.stop();
  await home.cleanup();
});

/** What the client writes, and what a double makes of it (what must never reach the server). */
const NUMBERS: Array<{ name: string; sent: string }> = [
  // The control: the same integer written out in full is refused today.
  { name: "control_full", sent: "1234567890123456789" },
  { name: "exponent", sent: "1234567890.123456789e9" },
  { name: "fraction", sent: "123456789.123456789" },
  { name: "account_exponent", sent: "4111111111.111111113E9" },
];
const rounded = (sent: string) => JSON.stringify(JSON.parse(sent));
const call = (id: number, name: string, sent: string) =>
  `{"jsonrpc":"2.0","id":${id},"method":"tools/call","params":{"name":"echo","arguments":{"case":"${name}","to_account":${sent},"amount":5}}}`;

/** The server's raw tools/call lines for one case (the recorder logs each line as it received it). */
const linesFor = (file: string, name: string) =>
  existsSync(file)
    ? readFileSync(file, "utf8")
        .split("\n")
        .filter((l) => l.includes('"tools/call"') && l.includes(`"case":"${name}"`))
    : [];

describe("a number split by its decimal point into runs shorter than 16 digits", () => {
  it("(premise) a double changes each of them", () => {
    for (const { sent } of NUMBERS) expect(rounded(sent)).not.toBe(sent);
  });

  it("over the bridge, never reaches the server as another number", async () => {
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    let id = 10;
    for (const { name, sent } of NUMBERS) {
      bridge.send(call(++id, name, sent));
      await bridge.answerTo(id, 20_000);
    }
    bridge.close();
    await bridge.exited;
    const changed: string[] = [];
    for (const { name, sent } of NUMBERS)
      if (linesFor(log, name).some((l) => l.includes(`"to_account":${rounded(sent)}`))) changed.push(name);
    expect({ reachedServerChanged: changed }).toEqual({ reachedServerChanged: [] });
  });

  it("over the HTTP front door, never reaches the server as another number", async () => {
    const headers = { ...MCP_HEADERS, "x-api-key": API_KEY, "mcp-protocol-version": "2025-06-18" };
    const url = `${front.served.url}/recorder`;
    const init = await rawRequest(url, { method: "POST", headers, body: INITIALIZE });
    const session = init.headers["mcp-session-id"];
    if (typeof session !== "string") throw new Error(`no session: ${init.status} ${init.body}`);
    const inSession = { ...headers, "mcp-session-id": session };
    await rawRequest(url, {
      method: "POST",
      headers: inSession,
      body: '{"jsonrpc":"2.0","method":"notifications/initialized"}',
    });
    let id = 10;
    for (const { name, sent } of NUMBERS)
      await rawRequest(url, { method: "POST", headers: inSession, body: call(++id, name, sent) });
    await rawRequest(url, { method: "DELETE", headers: inSession });
    const changed: string[] = [];
    for (const { name, sent } of NUMBERS)
      if (linesFor(front.log, name).some((l) => l.includes(`"to_account":${rounded(sent)}`)))
        changed.push(name);
    expect({ reachedServerChanged: changed }).toEqual({ reachedServerChanged: [] });
  });
});
