// Attack (round 14): a denied resource named exactly (not with "/**") and spelled with what a server's URL
// parser drops or a server's router ignores at its end. The WHATWG parser (Node's URL and fetch, the MCP SDK,
// fileURLToPath) strips spaces and control characters from both ends of the string before reading it, so
// "https://intranet.example.com/payroll " and "file:///srv/secret.txt " are the denied resources for such a
// server; and a trailing slash names the same page to most web servers and the same file to a file-backed
// one; a fragment never reaches a web server, and a query names the same page with parameters. Through the real bridge, the recording server must receive none of them.
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, recorded, recorderServerYaml } from "../src/index.js";

const dir = makeGuardedHome().dir;
const log = join(dir, "recorder.log");
const policy = [
  "    policy:",
  "      permissions:",
  '        denied_resources: ["https://intranet.example.com/payroll", "file:///srv/secret.txt", "test://items/7"]',
].join("\n");
const home = makeGuardedHome(recorderServerYaml("recorder", log, undefined, policy));
afterAll(() => home.cleanup());

const SPELLINGS = [
  "https://intranet.example.com/payroll ",
  "https://intranet.example.com/payroll\u0001",
  "https://intranet.example.com/payroll/",
  "file:///srv/secret.txt ",
  "file:///srv/secret.txt\u001f",
  "test://items/7/",
  "test://items/7 ",
  "https://intranet.example.com/payroll?",
  "https://intranet.example.com/payroll?page=2",
  "https://intranet.example.com/payroll#top",
  "test://items/7#x",
  "file:///etc/shadow ",
];

describe("denied resources named exactly, with what a parser drops at their end", () => {
  it("each spelling is the denied URL to the WHATWG parser, trailing slash aside", () => {
    for (const spelling of SPELLINGS.filter((s) => !/[/?#]/.test(s.slice(-8))))
      expect(new URL(spelling).href, JSON.stringify(spelling)).toBe(
        new URL(spelling.trimEnd().replace(/[\u0000-\u001f]$/, "")).href,
      );
  });

  it("refuses them all; the server receives none, and ordinary URLs still go through", async () => {
    const bridge = new RawBridge(home, "recorder");
    await bridge.initialize();
    let id = 0;
    const forwarded: string[] = [];
    for (const uri of [...SPELLINGS, "https://intranet.example.com/payroll"]) {
      bridge.send({ jsonrpc: "2.0", id: ++id, method: "resources/read", params: { uri } });
      const line = await bridge.answerTo(id);
      if (!line.error) forwarded.push(uri);
    }
    // Negatives: a page below the denied one's neighbour, a file named with an encoded space.
    const allowed = [
      "https://intranet.example.com/payroll-faq",
      "file:///srv/secret.txt%20copy",
      "test://items/70",
    ];
    for (const uri of allowed) {
      bridge.send({ jsonrpc: "2.0", id: ++id, method: "resources/read", params: { uri } });
      const line = await bridge.answerTo(id);
      expect(line.result, uri).toBeDefined();
    }
    bridge.close();
    await bridge.exited;
    expect(forwarded).toEqual([]);
    const reads = recorded(log).filter((m) => typeof m === "object" && m.method === "resources/read");
    expect(reads.map((m) => (m as { params: { uri: string } }).params.uri)).toEqual(allowed);
  });
});
