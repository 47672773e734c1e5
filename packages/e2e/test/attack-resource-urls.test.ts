// Attack: `denied_resources` compares resource URIs after normalisation (README: "Unicode and URI
// normalisation"). For web URLs the authority was only lower-cased, while a server's URL parser (the WHATWG
// parser in Node's fetch and the MCP SDK) also drops userinfo, a default port and a trailing dot, reads an
// IPv4 address written in hex, octal or as one number, and takes "https:host/p" and "https:/host/p" as
// "https://host/p". Each spelling below is the denied URL for such a server; through the real bridge, the
// recording server must receive none of them.
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, recorded, recorderServerYaml } from "../src/index.js";

const dir = makeGuardedHome().dir;
const log = join(dir, "recorder.log");
const policy = [
  "    policy:",
  "      permissions:",
  '        denied_resources: ["https://intranet.example.com/**", "http://10.0.0.5/**"]',
].join("\n");
const home = makeGuardedHome(recorderServerYaml("recorder", log, undefined, policy));
afterAll(() => home.cleanup());

const SPELLINGS: Array<[string, string]> = [
  ["https://intranet.example.com:443/payroll", "https://intranet.example.com/payroll"],
  ["https://me@intranet.example.com/payroll", "https://intranet.example.com/payroll"],
  ["https://me:pw@intranet.example.com/payroll", "https://intranet.example.com/payroll"],
  ["https://intranet.example.com./payroll", "https://intranet.example.com/payroll"],
  ["https:intranet.example.com/payroll", "https://intranet.example.com/payroll"],
  ["https:/intranet.example.com/payroll", "https://intranet.example.com/payroll"],
  ["https:///intranet.example.com/payroll", "https://intranet.example.com/payroll"],
  ["https://intranet.example.com?x=/payroll", "https://intranet.example.com/?x=/payroll"],
  ["http://10.0.5/admin", "http://10.0.0.5/admin"],
  ["http://0xa000005/admin", "http://10.0.0.5/admin"],
  ["http://167772165/admin", "http://10.0.0.5/admin"],
  ["http://012.0.0.5/admin", "http://10.0.0.5/admin"],
  ["http://10.0.0.5:80/admin", "http://10.0.0.5/admin"],
];

describe("denied web resources in every spelling a URL parser reads", () => {
  it("each spelling is the denied URL to the WHATWG parser", () => {
    // The host the parser connects to (a trailing dot names the same DNS name), the path and the query.
    const target = (u: string) => {
      const url = new URL(u);
      return `${url.protocol}//${url.hostname.replace(/\.$/, "")}${url.port ? `:${url.port}` : ""}${url.pathname}${url.search}`;
    };
    for (const [spelling, meant] of SPELLINGS) expect(target(spelling), spelling).toBe(target(meant));
  });

  it("refuses them all; the server receives none", async () => {
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    let id = 0;
    const forwarded: string[] = [];
    for (const [uri] of [...SPELLINGS, ["https://intranet.example.com/payroll"]] as Array<[string]>) {
      bridge.send({ jsonrpc: "2.0", id: ++id, method: "resources/read", params: { uri } });
      const line = await bridge.answerTo(id);
      if (!line.error) forwarded.push(uri);
    }
    // An ordinary URL still goes through.
    bridge.send({
      jsonrpc: "2.0",
      id: ++id,
      method: "resources/read",
      params: { uri: "https://example.com/" },
    });
    const line = await bridge.answerTo(id);
    expect(line.result).toBeDefined();
    bridge.close();
    await bridge.exited;
    // Before the fix: 12 of 13 other spellings reached the server (userinfo with a password was refused
    // as a credential by detection).
    expect(forwarded).toEqual([]);
    const reads = recorded(log).filter((m) => typeof m === "object" && m.method === "resources/read");
    expect(reads.map((m) => (m as { params: { uri: string } }).params.uri)).toEqual(["https://example.com/"]);
  });
});
