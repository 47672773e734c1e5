// Round 37 (atk37a): a token a server streams in a log line and finishes in its answer is read across that
// junction (notification-junctions.ts), but only where the members are spelled exactly: a log line's `data`
// and a content item's `text`. A case-insensitive client (Go's encoding/json before the MCP Go SDK 1.3.1,
// .NET's web defaults: the peers case-variants.ts refuses twins for) shows `Data` and `Text` as the same
// members, yet neither is in read-members.ts's table for a notification or a tool result's content, so the
// case check lets them by and the junction never joins the two pieces, each too short for any detector. Real
// bridge, recording server: the client should never receive both pieces whole (control: exact spellings).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, recorderServerYaml } from "../src/index.js";
import { redefine } from "../src/recorder-session.js";

const HEAD = "ghp_R8kWq2ZpL5vN3xT7";
const TAIL = "yB1cD4eF6gH8iJ0kL2mN";
const tool = (name: string) => ({ name, description: "Deploys.", inputSchema: { type: "object" } });

const log = join(makeGuardedHome().dir, "recorder.log");
redefine(log, {
  tools: [tool("exact"), tool("text_in_case")],
  results: {
    exact: { content: [{ type: "text", text: `${TAIL} accepted` }] },
    text_in_case: { content: [{ type: "text", Text: `${TAIL} accepted` }] },
  },
});
const home = makeGuardedHome(recorderServerYaml("recorder", log));
afterAll(async () => {
  await home.cleanup();
});

/** What the server sends first in the session: the token's first piece in a log line, under `member`. */
function logsHead(member: "data" | "Data"): void {
  const line = {
    jsonrpc: "2.0",
    method: "notifications/message",
    params: { level: "info", [member]: `uploading with ${HEAD}` },
  };
  writeFileSync(`${log}.to-client.json`, JSON.stringify([line]));
}

/** One session: everything the client receives up to the answer to calling `name`, as JSON text. */
async function session(name: string): Promise<string> {
  const bridge = new RawBridge(home, "recorder");
  bridge.send({
    jsonrpc: "2.0",
    id: "init",
    method: "initialize",
    params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "raw", version: "1" } },
  });
  const lines: unknown[] = [await bridge.next(30_000)];
  bridge.send({ jsonrpc: "2.0", method: "notifications/initialized" });
  bridge.send({ jsonrpc: "2.0", id: 1, method: "tools/call", params: { name, arguments: {} } });
  for (;;) {
    const line = await bridge.next();
    lines.push(line);
    if (line.id === 1) break;
  }
  bridge.close();
  await bridge.exited;
  return JSON.stringify(lines);
}

const wholeToken = (seen: string) => seen.includes(HEAD) && seen.includes(TAIL);

describe("a token streamed in a log line and finished in the answer, members in another case", () => {
  it("exact members: not handed over whole (control)", async () => {
    logsHead("data");
    expect(wholeToken(await session("exact"))).toBe(false);
  });

  it("the log line's `Data`: not handed over whole", async () => {
    logsHead("Data");
    expect(wholeToken(await session("exact"))).toBe(false);
  });

  it("the result item's `Text`: not handed over whole", async () => {
    logsHead("data");
    expect(wholeToken(await session("text_in_case"))).toBe(false);
  });
});
