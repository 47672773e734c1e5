// Attack (round 14): two config edits in quick succession whose reloads overlap. Each reload reads the file
// and loads it (in a child process, fetching an `extends` base) before swapping it in; a reload that started
// first but took longer (a slow base) swapped in the older file after the newer one, and the daemon kept
// enforcing a config the file no longer said, with nothing in status to show it: a deny added by the second
// edit was lost (before: 1 of 1 denied echo call reached the recording server). What a user expects: the
// config in force is the file as last saved. Negative: the same two edits one after the other apply the last.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  makeGuardedHome,
  recorderServerYaml,
  refusal,
  toolCallsIn,
  toolSession,
  type GuardedHome,
} from "../src/index.js";

const BASE = "servers:\n  base-only:\n    command: base-only-server\n";
const sha = createHash("sha256").update(BASE).digest("hex");
let base: Server;
let baseUrl: string;
/** Requests the base server has answered or holds; the next one is held while `hold` is set. */
let served = 0;
let hold = false;
let release: (() => void) | undefined;

beforeAll(async () => {
  base = createServer((_req, res) => {
    served++;
    if (!hold) return void res.end(BASE);
    hold = false;
    release = () => res.end(BASE);
  });
  await new Promise<void>((r) => base.listen(0, "127.0.0.1", r));
  baseUrl = `http://127.0.0.1:${(base.address() as { port: number }).port}/base.yaml`;
});
const homes: GuardedHome[] = [];
afterAll(async () => {
  release?.();
  for (const home of homes) await home.cleanup();
  await new Promise<void>((r) => base.close(() => r()));
});

const until = async (what: () => boolean | Promise<boolean>, ms = 20_000) => {
  for (let waited = 0; !(await what()); waited += 50) {
    if (waited > ms) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 50));
  }
};

async function loadedAt(home: GuardedHome): Promise<string> {
  return ((await home.status()) as { config_loaded_at: string }).config_loaded_at;
}

/**
 * Waits until the daemon has applied a config newer than the one loaded at `since`, then has loaded nothing new
 * for a while (a reload takes a config child and a fetch of the base: on a loaded machine, seconds).
 */
async function settled(home: GuardedHome, since: string): Promise<void> {
  await until(async () => (await loadedAt(home)) !== since);
  let last = await loadedAt(home);
  for (let quiet = 0; quiet < 3;) {
    await new Promise((r) => setTimeout(r, 500));
    const now = await loadedAt(home);
    quiet = now === last ? quiet + 1 : 0;
    last = now;
  }
}

function guardedHome(): { home: GuardedHome; log: string; allowed: string; denied: string } {
  const log = join(makeGuardedHome().dir, "recorder.log");
  const home = makeGuardedHome(recorderServerYaml("recorder", log));
  homes.push(home);
  const allowed = `extends:\n  url: ${baseUrl}\n  sha256: ${sha}\n${readFileSync(home.configPath, "utf8")}`;
  const denied = allowed.replace(
    /(\n {4}args: \[[^\n]*recorder[^\n]*\]\n)/,
    "$1    policy:\n      permissions:\n        denied_tools: [echo]\n",
  );
  if (denied === allowed) throw new Error("the recorder's entry is not where the edit expects");
  writeFileSync(home.configPath, allowed);
  return { home, log, allowed, denied };
}

const echoOnce = async (home: GuardedHome) => {
  let outcome: unknown;
  await toolSession(home, async (call) => {
    outcome = refusal(await call("echo", { n: 1 }));
  });
  return outcome;
};

describe("config edits whose reloads overlap", () => {
  it("the config in force is the last one saved, even when an earlier reload finishes later", async () => {
    const { home, log, allowed, denied } = guardedHome();
    expect(await echoOnce(home)).toBe("forwarded");
    const loaded = await loadedAt(home);
    const before = served;
    hold = true;
    // First edit: a comment only. Its reload reads the file, then waits for the base.
    writeFileSync(home.configPath, `${allowed}# first edit\n`);
    await until(() => served > before);
    // Second edit, while the first reload waits: echo denied.
    writeFileSync(home.configPath, denied);
    await new Promise((r) => setTimeout(r, 1500));
    release?.();
    await until(() => served >= before + 2);
    await settled(home, loaded);
    expect(await echoOnce(home)).toBe("tool_denied");
    expect(toolCallsIn(log, "echo")).toBe(1);
  });

  it("negative: the same edits one after the other leave the last in force", async () => {
    const { home, log, allowed, denied } = guardedHome();
    expect(await echoOnce(home)).toBe("forwarded");
    const first = await loadedAt(home);
    writeFileSync(home.configPath, denied);
    await settled(home, first);
    expect(await echoOnce(home)).toBe("tool_denied");
    const second = await loadedAt(home);
    writeFileSync(home.configPath, `${allowed}# allowed again\n`);
    await settled(home, second);
    expect(await echoOnce(home)).toBe("forwarded");
    expect(toolCallsIn(log, "echo")).toBe(2);
  });
});
