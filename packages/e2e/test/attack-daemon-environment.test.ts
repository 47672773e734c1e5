// Attack (round 28, found in review): a daemon started by a bridge inherited that bridge's whole
// environment, and a session's ${VAR}s fall back to the daemon's environment when the session's own client
// does not set them. So the first client to connect (its entry's env: a token, VS Code's typed inputs)
// supplied every later client's missing variables: before the fix the second client's server answered
// "match" for the first client's token. What a user expects: a session gets its own client's values, the
// secrets file's, or those of a daemon a person started from a shell; never another client's.
import { afterAll, describe, expect, it } from "vitest";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { FIXTURE, failure, guardedTransport, makeGuardedHome } from "../src/index.js";

const home = makeGuardedHome(
  [
    "  needs-token:",
    `    command: ${JSON.stringify(process.execPath)}`,
    `    args: [${JSON.stringify(FIXTURE)}]`,
    "    env:",
    "      TOKEN: ${FIRST_CLIENT_TOKEN}",
  ].join("\n"),
);
const clients: Client[] = [];
afterAll(async () => {
  for (const c of clients) await c.close();
  await home.cleanup();
});

async function session(server: string, env: Record<string, string>): Promise<Client> {
  const client = new Client({ name: "daemon-environment", version: "1" });
  await client.connect(guardedTransport(home, server, env));
  clients.push(client);
  return client;
}

describe("the environment of a daemon a bridge started", () => {
  it("does not supply another client's session with the first client's variables", async () => {
    // The first client starts the daemon, its entry setting a token of its own.
    const first = await session("fixture", { FIRST_CLIENT_TOKEN: "first-clients-token-8Hq2" });
    expect((await first.listTools()).tools.length).toBeGreaterThan(0);
    const refused = await failure(session("needs-token", {}));
    expect(refused, "the second client's server started with the first client's token").toBeDefined();
    expect(refused?.message).toContain("environment variable FIRST_CLIENT_TOKEN is not set");
  });

  it("negative: a client that sets the variable gets its own value", async () => {
    const own = await session("needs-token", { FIRST_CLIENT_TOKEN: "second-clients-own" });
    const result = await own.callTool({
      name: "env",
      arguments: { name: "TOKEN", equals: "second-clients-own" },
    });
    expect((result.content as { text: string }[])[0]?.text).toBe("match");
  });
});
