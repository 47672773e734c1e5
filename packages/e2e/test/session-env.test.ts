// Each client's entry env reaches its own server session; a variable nobody supplies disables only the
// server that needs it (with the reason in status, the dashboard's data and the client's error); secrets
// kept by init live in an owner-only secrets file named by the config.
import { chmodSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { afterEach, describe, expect, it } from "vitest";
import { failure, FIXTURE, guardedTransport, makeGuardedHome, type GuardedHome } from "../src/index.js";

const NEEDS_TOKEN = `  gh:
    command: ${JSON.stringify(process.execPath)}
    args: [${JSON.stringify(FIXTURE)}]
    env:
      TOKEN_SEEN: \${GH_TOKEN}`;

let home: GuardedHome | undefined;
const clients: Client[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  await home?.cleanup();
  home = undefined;
});

async function connect(h: GuardedHome, server: string, env: Record<string, string> = {}): Promise<Client> {
  const client = new Client({ name: "env-test", version: "1" });
  await client.connect(guardedTransport(h, server, env));
  clients.push(client);
  return client;
}

/**
 * Whether the server session's TOKEN_SEEN is `value`, asked as a yes or no: the guard withholds a credential it
 * handed a server from what that server sends back (round 51), so the value itself never comes back.
 */
async function sees(client: Client, value: string): Promise<boolean> {
  const result = await client.callTool({ name: "env", arguments: { name: "TOKEN_SEEN", equals: value } });
  return (result.content as { text: string }[])[0]!.text === "match";
}

describe("per-session environment", () => {
  it("gives each client's server session the token its own entry sets, whichever bridge started the daemon", async () => {
    home = makeGuardedHome(NEEDS_TOKEN);
    const a = await connect(home, "gh", { GH_TOKEN: "token-of-client-a" }); // auto-starts the daemon
    const b = await connect(home, "gh", { GH_TOKEN: "token-of-client-b" });
    expect(await sees(a, "token-of-client-a")).toBe(true);
    expect(await sees(b, "token-of-client-b")).toBe(true);
    expect(await sees(a, "token-of-client-b")).toBe(false);
  });

  it("a missing variable disables that server only: the daemon starts, other servers work, the reason is everywhere", async () => {
    home = makeGuardedHome(NEEDS_TOKEN);
    const started = await home.cli(["start", "-d"]);
    expect(started.code).toBe(0);
    const status = (await home.status()) as {
      servers: Record<string, { disabled: string | null }>;
    };
    expect(status.servers.gh!.disabled).toContain("environment variable GH_TOKEN is not set");
    expect(status.servers.everything!.disabled).toBeNull();
    expect((await home.cli(["status"])).stdout).toMatch(
      /gh\s+stdio\s+disabled: environment variable GH_TOKEN/,
    );

    const fine = await connect(home, "everything");
    expect((await fine.listTools()).tools.length).toBeGreaterThan(0);

    const refused = new Client({ name: "env-test", version: "1" });
    const error = await failure(refused.connect(guardedTransport(home, "gh")));
    expect(`${error?.message} ${JSON.stringify(error?.data)}`).toMatch(
      /server \\"gh\\": disabled: environment variable GH_TOKEN is not set/,
    );
  });

  it("fills variables from an owner-only secrets file, and refuses one that others can read", async () => {
    home = makeGuardedHome(NEEDS_TOKEN, `  secrets_file: secrets.env`);
    const secrets = join(home.dir, "secrets.env");
    writeFileSync(secrets, "# written by mcp-guard init\nGH_TOKEN=token-from-file\n", { mode: 0o644 });
    chmodSync(secrets, 0o644);
    const loose = await home.cli(["validate"]);
    expect(loose.code).toBe(1);
    expect(loose.stdout + loose.stderr).toContain(`chmod 600 ${secrets}`);

    chmodSync(secrets, 0o600);
    expect(await sees(await connect(home, "gh"), "token-from-file")).toBe(true);
    expect(await sees(await connect(home, "gh", { GH_TOKEN: "entry-wins" }), "entry-wins")).toBe(true);
  });
});
