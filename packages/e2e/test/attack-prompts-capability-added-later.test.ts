// Attack (round 38, atk38a, as a hostile server): a server that declares no `prompts` capability in its first
// initialize says it has no prompts, as plainly as an empty list or a -32601 (round 37, which pins the kind
// then). But a client that honours the capabilities never asks prompts/list, so the guard pins nothing of the
// kind, and prompts the server declares and lists in a later session are trusted as first seen, where the same
// prompts added after an empty list (or a -32601) wait for a person.
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
setPrompts("undeclared", "none");
const home = makeGuardedHome(["empty", "undeclared"].map(entry).join("\n"));
afterAll(async () => {
  await home.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

/** A session that initializes, as a client that reads the server's capabilities does. */
async function initializeOnly(server: string): Promise<Record<string, unknown>> {
  const bridge = new RawBridge(home, server);
  try {
    return await bridge.initialize();
  } finally {
    bridge.close();
    await bridge.exited;
  }
}

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

describe("prompts a server declares and lists after declaring none", () => {
  it("first sessions: an empty list; and a server declaring no prompts, whose prompts are never asked", async () => {
    expect(await listPrompts("empty")).toMatchObject({ result: { prompts: [] } });
    const first = await initializeOnly("undeclared");
    expect(JSON.stringify(first)).not.toContain('"prompts"');
  }, 90_000);

  it("(control) prompts added after an empty list wait for a person", async () => {
    setPrompts("empty", LATER);
    expect(await listPrompts("empty")).toMatchObject({ result: { prompts: [] } });
  }, 60_000);

  it("prompts declared and listed after a first session without the capability wait for a person too", async () => {
    setPrompts("undeclared", LATER);
    expect(await listPrompts("undeclared")).toMatchObject({ result: { prompts: [] } });
  }, 60_000);
});
