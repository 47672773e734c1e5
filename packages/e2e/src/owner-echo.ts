// Whether the owner can still open a guarded session and be answered: what the descriptor tests ask after
// someone has tried to use up the daemon's descriptors.
import { spawn } from "node:child_process";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { CLI, guardedTransport, type GuardedHome } from "./harness.js";

/** "served" when a client `connect` makes has its echo answered, "error" for an error result, else why not. */
export async function echoOutcome(connect: () => Promise<Client>): Promise<string> {
  let client: Client | undefined;
  try {
    client = await connect();
    const result = await client.callTool({ name: "echo", arguments: { text: "still here" } });
    return result.isError ? "error" : "served";
  } catch (err) {
    return `refused: ${(err as Error).message}`;
  } finally {
    await client?.close().catch(() => undefined);
  }
}

/** A client of `home`'s fixture server through the real bridge. */
export async function bridgeClient(home: GuardedHome): Promise<Client> {
  const client = new Client({ name: "owner", version: "1" });
  await client.connect(guardedTransport(home, "fixture"));
  return client;
}

/** Starts `home`'s daemon (`start -d`) under `ulimit -n limit`, as a service manager's LimitNOFILE would. */
export function startLimited(home: GuardedHome, limit = 400): Promise<number | null> {
  return new Promise((resolve) =>
    spawn(
      "sh",
      [
        "-c",
        `ulimit -n ${limit} && exec ${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} start -d`,
      ],
      { env: home.env, stdio: "ignore" },
    ).on("close", resolve),
  );
}
