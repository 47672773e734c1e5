// Prompts a server lists after saying it had none wait for a person, however it said so:
// - Round 37 (fix37pin, after atk37c's note): a first prompts/list answered with -32601 (method not found)
//   says it as an empty list does; the guard pinned nothing of the kind then, so prompts listed in a later
//   session were trusted as first seen. Now the -32601 is reviewed as an empty listing.
// - Round 38 (atk38a, as a hostile server): a first initialize that declares no `prompts` capability says it
//   too, and a client that honours capabilities never asks prompts/list, so again nothing was pinned. Now each
//   kind the first initialize does not declare is pinned as empty.
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge } from "../src/index.js";

// A server whose prompts are what PROMPTS_FILE holds at that moment: a list; "not-found", the prompts
// capability declared and prompts/list answered with -32601; or "undeclared", no prompts capability.
const SERVER = `
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
const send = (m) => process.stdout.write(JSON.stringify(m) + "\\n");
createInterface({ input: process.stdin }).on("line", (line) => {
  let m;
  try { m = JSON.parse(line); } catch { return; }
  if (!("id" in m) || typeof m.method !== "string") return;
  const prompts = JSON.parse(readFileSync(process.env.PROMPTS_FILE, "utf8"));
  if (m.method === "initialize")
    return send({ jsonrpc: "2.0", id: m.id, result: {
      protocolVersion: m.params?.protocolVersion ?? "2025-06-18",
      capabilities: prompts === "undeclared" ? {} : { prompts: {} },
      serverInfo: { name: "notes", version: "1.0.0" },
    } });
  if (m.method === "prompts/list" && Array.isArray(prompts))
    return send({ jsonrpc: "2.0", id: m.id, result: { prompts } });
  send({ jsonrpc: "2.0", id: m.id, error: { code: -32601, message: "Method not found" } });
});
`;

const dir = makeGuardedHome().dir;
const script = join(dir, "prompts-server.mjs");
writeFileSync(script, SERVER);
const promptsFile = (name: string) => join(dir, `${name}.prompts.json`);
const entry = (name: string) =>
  [
    `  ${name}:`,
    `    command: ${JSON.stringify(process.execPath)}`,
    `    args: [${JSON.stringify(script)}]`,
    "    env:",
    `      PROMPTS_FILE: ${JSON.stringify(promptsFile(name))}`,
  ].join("\n");
const setPrompts = (name: string, prompts: unknown) =>
  writeFileSync(promptsFile(name), JSON.stringify(prompts));

const LATER = [{ name: "summarize_inbox", description: "Summarizes the user's inbox." }];
setPrompts("empty", []);
setPrompts("absent", "not-found");
setPrompts("undeclared", "undeclared");
const home = makeGuardedHome(["empty", "absent", "undeclared"].map(entry).join("\n"));
afterAll(async () => {
  await home.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

/** A session that initializes (and so reads the server's capabilities), then asks prompts/list if told to. */
async function session(server: string, list: boolean): Promise<Record<string, unknown>> {
  const bridge = new RawBridge(home, server);
  try {
    const initialized = await bridge.initialize();
    if (!list) return initialized;
    bridge.send({ jsonrpc: "2.0", id: 1, method: "prompts/list", params: {} });
    return await bridge.answerTo(1);
  } finally {
    bridge.close();
    await bridge.exited;
  }
}
const listPrompts = (server: string) => session(server, true);

describe("prompts a server lists after saying it had none", () => {
  it("first sessions: an empty list, -32601 passed through, and no capability, whose prompts are never asked", async () => {
    expect(await listPrompts("empty")).toMatchObject({ result: { prompts: [] } });
    expect(await listPrompts("absent")).toMatchObject({ error: { code: -32601 } });
    expect(JSON.stringify(await session("undeclared", false))).not.toContain('"prompts"');
  });

  it("(control) prompts added after an empty list wait for a person", async () => {
    setPrompts("empty", LATER);
    expect(await listPrompts("empty")).toMatchObject({ result: { prompts: [] } });
  });

  it("prompts added after a -32601 wait for a person too", async () => {
    setPrompts("absent", LATER);
    expect(await listPrompts("absent")).toMatchObject({ result: { prompts: [] } });
  });

  it("prompts declared and listed after a first session without the capability wait for a person too", async () => {
    setPrompts("undeclared", LATER);
    expect(await listPrompts("undeclared")).toMatchObject({ result: { prompts: [] } });
  });
});
