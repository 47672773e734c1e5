// Attack (round 35, found from outside): the guard compares a tool's name after Unicode NFKC and a resource's
// URI after percent-decoding, but the config's rules are used as written. A rule that names a tool or a
// resource exactly as its server lists it, in a form normalisation changes, is compared with the normalised
// value and never matches, while `validate` calls the config valid: `denied_tools` lets a tool through whose
// name is written in half-width katakana (as Japanese systems write them) or with a ligature ("ﬁ"), a
// `tool_limits` entry for such a tool limits nothing (the spend step, which reads names as sent, does apply
// its rules to the same name), and `denied_resources: ["file:///home/me/My%20Files/**"]`, the URI as a
// server lists it (a URI holds no blank), keeps nothing in that folder from the client. A correct guard
// compares the config's rules in the same form as the values it judges (or refuses a rule that can match
// nothing), and the denied request never reaches the server. Through the real bridge and the recording
// server.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  bridgeRequest,
  makeGuardedHome,
  recorded,
  recorderServerYaml,
  redefine,
  refusal,
  toolCallsIn,
  toolDefinition,
  toolSession,
} from "../src/index.js";

// "Delete server" and "list servers" in half-width katakana; "delete_file" with the ligature U+FB01.
const DELETE_SERVER = "ｻｰﾊﾞｰ削除";
const LIST_SERVERS = "ｻｰﾊﾞｰ一覧";
const DELETE_FILE = "delete_\uFB01le";
// A file in a folder whose name holds a blank, as a server lists it.
const SECRET = "file:///home/me/My%20Files/secret.txt";

const scratch = mkdtempSync(join(tmpdir(), "mcpg-unnormalised-"));
const log = join(scratch, "recorder.log");
redefine(log, {
  tools: ["echo", DELETE_SERVER, LIST_SERVERS, DELETE_FILE].map((name) => toolDefinition(name, "A tool.")),
  resources: [{ uri: SECRET, name: "secret" }],
  reads: { [SECRET]: { contents: [{ uri: SECRET, mimeType: "text/plain", text: "the secret" }] } },
});
const home = makeGuardedHome(
  recorderServerYaml(
    "recorder",
    log,
    undefined,
    [
      "    policy:",
      "      permissions:",
      `        denied_tools: [${JSON.stringify(DELETE_SERVER)}, ${JSON.stringify(DELETE_FILE)}]`,
      '        denied_resources: ["file:///home/me/My%20Files/**"]',
      "      rate_limit:",
      "        tool_limits:",
      `          ${JSON.stringify(LIST_SERVERS)}: { requests_per_hour: 1 }`,
    ].join("\n"),
  ),
);

afterAll(async () => {
  await home.cleanup();
  rmSync(scratch, { recursive: true, force: true });
});

async function outcomes(tool: string, times: number): Promise<unknown[]> {
  const seen: unknown[] = [];
  await toolSession(home, async (call) => {
    for (let i = 0; i < times; i++) seen.push(refusal(await call(tool, { i })));
  });
  return seen;
}

describe("a rule naming a tool or a resource exactly as its server lists it, in a form normalisation changes", () => {
  // On 92671aea: ["forwarded"], and the server ran the denied tool.
  it("denied_tools keeps a half-width katakana tool from the server", async () => {
    const seen = await outcomes(DELETE_SERVER, 1);
    expect(toolCallsIn(log, DELETE_SERVER), JSON.stringify(seen)).toBe(0);
  });

  // On 92671aea: ["forwarded"].
  it("denied_tools keeps a tool named with a ligature from the server", async () => {
    const seen = await outcomes(DELETE_FILE, 1);
    expect(toolCallsIn(log, DELETE_FILE), JSON.stringify(seen)).toBe(0);
  });

  // On 92671aea: ["forwarded","forwarded","forwarded"] against a limit of 1 an hour.
  it("tool_limits holds such a tool to its limit", async () => {
    const seen = await outcomes(LIST_SERVERS, 3);
    expect(toolCallsIn(log, LIST_SERVERS), JSON.stringify(seen)).toBeLessThanOrEqual(1);
  });

  // On 92671aea: the read was forwarded and "the secret" reached the client.
  it("denied_resources written as the server lists the URI keeps that folder from the client", async () => {
    const answer = await bridgeRequest(home, "recorder", "resources/read", { uri: SECRET });
    const reads = recorded(log).filter((m) => typeof m === "object" && m.method === "resources/read");
    expect(reads, JSON.stringify(answer)).toEqual([]);
    expect(JSON.stringify(answer)).not.toContain("the secret");
  });
});
