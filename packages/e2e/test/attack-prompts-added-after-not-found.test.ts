// Round 37 (fix37pin, after atk37c's note): a server that answers its first prompts/list with -32601 (method
// not found) says it has no prompts, as an empty list says it. The guard pinned nothing of the kind then, so
// prompts the server listed in a later session were trusted as first seen, where the same prompts added after
// an empty list wait for a person. Now the -32601 is reviewed as an empty listing.
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge } from "../src/index.js";

// A server whose prompts are what PROMPTS_FILE holds at that moment: "none" answers prompts/list with -32601.
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
      capabilities: prompts === "none" ? {} : { prompts: {} },
      serverInfo: { name: "notes", version: "1.0.0" },
    } });
  if (m.method === "prompts/list" && prompts === "none")
    return send({ jsonrpc: "2.0", id: m.id, error: { code: -32601, message: "Method not found" } });
  if (m.method === "prompts/list") return send({ jsonrpc: "2.0", id: m.id, result: { prompts } });
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
setPrompts("absent", "none");
const home = makeGuardedHome(["empty", "absent"].map(entry).join("\n"));
afterAll(async () => {
  await home.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

async function listPrompts(server: string): Promise<Record<string, unknown>> {
  const bridge = new RawBridge(home, server);
  try {
    await bridge.initialize();
    bridge.send({ jsonrpc: "2.0", id: 1, method: "prompts/list", params: {} });
    return await bridge.answerTo(1);
  } finally {
    bridge.close();
    await bridge.exited;
  }
}

describe("prompts a server lists after saying it had none", () => {
  it("first sessions: an empty list, and -32601 passed through as the server's answer", async () => {
    expect(await listPrompts("empty")).toMatchObject({ result: { prompts: [] } });
    expect(await listPrompts("absent")).toMatchObject({ error: { code: -32601 } });
  }, 90_000);

  it("(control) prompts added after an empty list wait for a person", async () => {
    setPrompts("empty", LATER);
    expect(await listPrompts("empty")).toMatchObject({ result: { prompts: [] } });
  }, 60_000);

  it("prompts added after a -32601 wait for a person too", async () => {
    setPrompts("absent", LATER);
    expect(await listPrompts("absent")).toMatchObject({ result: { prompts: [] } });
  }, 60_000);
});
