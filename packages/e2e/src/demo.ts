// `pnpm demo`: a real MCP client talks to a real MCP server (server-everything from npm) through
// `mcp-guard connect`, on a default config in a fresh home. The daemon is auto-started by the bridge, and
// the audit log is printed at the end.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { guardedTransport, makeGuardedHome } from "./harness.js";

const say = (line = "") => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const home = makeGuardedHome();
  say(`config:      ${home.configPath}`);
  say(`daemon home: ${home.home}`);
  say(`client:      mcp-guard connect -s everything   (the daemon starts on first use)`);
  say();

  const client = new Client({ name: "mcp-guard-demo", version: "1.0.0" });
  await client.connect(guardedTransport(home, "everything"));
  const server = client.getServerVersion();
  say(`initialize   → ${server?.name} ${server?.version}`);
  const { tools } = await client.listTools();
  say(
    `tools/list   → ${tools.length} tools: ${tools
      .map((t) => t.name)
      .slice(0, 6)
      .join(", ")}, …`,
  );
  const echo = await client.callTool({ name: "echo", arguments: { message: "hello through mcp-guard" } });
  say(`tools/call   → echo: ${JSON.stringify(echo.content)}`);
  const sum = await client.callTool({ name: "get-sum", arguments: { a: 2, b: 40 } });
  say(`tools/call   → get-sum: ${JSON.stringify(sum.content)}`);
  const { resources } = await client.listResources();
  say(`resources    → ${resources.length} listed; reading ${resources[0]!.uri}`);
  await client.readResource({ uri: resources[0]!.uri });
  await client.close();

  const status = await home.cli(["status"]);
  say();
  say("$ mcp-guard status");
  say(status.stdout.trimEnd());
  await home.cli(["stop"]);
  const logs = await home.cli(["logs", "--limit", "50"]);
  say();
  say("$ mcp-guard logs        (every message, both directions; names and decisions, never parameters)");
  say(logs.stdout.trimEnd());
  say();
  say(`The daemon has stopped. Its home (${home.home}) is kept so you can run, for example:`);
  say(`  pnpm exec mcp-guard logs -c ${home.configPath} --method tools/call --json`);
}

main().catch((err: unknown) => {
  process.stderr.write(`demo failed: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
