// Servers whose initialize answer a test rewrites between sessions (fixtures/initialize-server.ts): each config
// entry reads its own file, so one home holds several servers that say different things of themselves.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { RawBridge, type GuardedHome } from "./harness.js";

const INITIALIZE_SERVER = fileURLToPath(new URL("../dist/fixtures/initialize-server.js", import.meta.url));

/** What a server says of itself in its initialize answer. */
export interface SelfDescription {
  serverInfo?: Record<string, unknown>;
  instructions?: unknown;
}

export interface SelfDescribingServers {
  /** The config entry of the server `name` (for makeGuardedHome). */
  entry(name: string): string;
  /** What `name` says from its next initialize on. */
  say(name: string, said: SelfDescription): void;
}

/** Servers whose files live in `dir`; each must be given what it says before its entry starts. */
export function selfDescribingServers(dir: string): SelfDescribingServers {
  const file = (name: string) => join(dir, `${name}.init.json`);
  return {
    entry: (name) =>
      [
        `  ${name}:`,
        `    command: ${JSON.stringify(process.execPath)}`,
        `    args: [${JSON.stringify(INITIALIZE_SERVER)}]`,
        "    env:",
        `      INIT_FILE: ${JSON.stringify(file(name))}`,
      ].join("\n"),
    say: (name, said) => writeFileSync(file(name), JSON.stringify(said)),
  };
}

/** The initialize answer a client is shown in one session of `server` (its result, or its error), as JSON. */
export async function initializeAnswer(home: GuardedHome, server: string): Promise<string> {
  const bridge = new RawBridge(home, server);
  try {
    const reply = await bridge.initialize();
    return JSON.stringify(reply.result ?? reply.error);
  } finally {
    bridge.close();
    await bridge.exited;
  }
}
