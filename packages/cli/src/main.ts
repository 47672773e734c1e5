// The command table. Each command is a plain async function in ./commands; errors become exit codes here,
// in one place. Commands are imported lazily so `connect` (launched by editors, often) loads only the relay.
import { Command, Option } from "commander";
import { run } from "./command-run.js";

const program = new Command()
  .name("mcp-guard")
  .description("A security proxy for MCP servers: every message parsed, checked, re-sent and audited.")
  .version("0.1.0")
  .showHelpAfterError();

const configOption = [
  "-c, --config <path>",
  "config file (default: $MCP_GUARD_CONFIG, ./mcp-guard.yaml, <home>/mcp-guard.yaml)",
] as const;

program
  .command("start")
  .description("run the daemon (in the foreground unless -d)")
  .option(...configOption)
  .option("-d, --detach", "run in the background; succeed only once the daemon answers")
  .addOption(
    new Option("--handed-config", "the config comes from `start -d` (config-handover.ts)").hideHelp(),
  )
  .action(run(async (o) => (await import("./commands/start.js")).start(o)));

program
  .command("serve")
  .description(
    "run the daemon in the foreground with its Streamable HTTP endpoint (daemon.http) for remote clients",
  )
  .option(...configOption)
  .action(run(async (o) => (await import("./commands/start.js")).serve(o)));

program
  .command("stop")
  .description("stop the daemon gracefully (in-flight requests finish, the audit is flushed)")
  .option(...configOption)
  .action(run(async (o) => (await import("./commands/control.js")).stop(o)));

program
  .command("reload")
  .description("apply the config file now, as the daemon does when it sees an edit (exit 3 when not running)")
  .option(...configOption)
  .action(run(async (o) => (await import("./commands/control.js")).reload(o)));

program
  .command("status")
  .description("the daemon, each server's state and the live sessions (exit 3 when not running)")
  .option(...configOption)
  .option("--json", "print JSON")
  .action(run(async (o) => (await import("./commands/control.js")).status(o)));

program
  .command("health")
  .description("exit 0 when the daemon is healthy, 1 otherwise")
  .option(...configOption)
  .option("--json", "print JSON")
  .action(run(async (o) => (await import("./commands/control.js")).health(o)));

program
  .command("dashboard")
  .description("print a one-time login link to the dashboard (--open to open it)")
  .option(...configOption)
  .option("--open", "open it in the default browser")
  .action(run(async (o) => (await import("./commands/control.js")).dashboard(o)));

program
  .command("connect")
  .description("the bridge: launch this from an MCP client in place of the server")
  .requiredOption("-s, --server <name>", "the server name in the config")
  .option(...configOption)
  .action(run(async (o) => (await import("./commands/connect.js")).connect(o)));

program
  .command("validate")
  .description("check a config file and report every problem with its line")
  .option(...configOption)
  .option("--json", "print JSON")
  .action(run(async (o) => (await import("./commands/validate.js")).validate(o)));

program
  .command("logs")
  .description("query the audit log")
  .option(...configOption)
  .option("-s, --server <name>", "only this server")
  .option("-m, --method <method>", "only this JSON-RPC method, e.g. tools/call")
  .option("-t, --tool <name>", "only this tool, prompt or resource")
  .option("-u, --user <identity>", "only this identity (e.g. alice or os:alice)")
  .option("--decision <decision>", "allow | modify | block | error")
  .option("--session <id>", "only this session")
  .option("--last <duration>", "only the last 30s, 15m, 1h, 7d …")
  .option("--since <time>", "only since this ISO time or epoch ms")
  .option("-l, --limit <n>", "at most n rows (newest)", "100")
  .option("--json", "one JSON object per line")
  .action(run(async (o) => (await import("./commands/logs.js")).logs(o)));

const auth = program
  .command("auth")
  .description("OAuth login for auth.mode: oauth (tokens kept in <home>/tokens, 0600)");
auth
  .command("login")
  .description("log in with the configured issuer (Authorization Code + PKCE, loopback redirect)")
  .option(...configOption)
  .option("--no-browser", "only print the address to open")
  .option("--timeout <seconds>", "how long to wait for the browser", "120")
  .action(run(async (o) => (await import("./commands/auth.js")).login(o)));
auth
  .command("status")
  .description("show the stored token (refreshing it if it expired); exit 1 when not logged in")
  .option(...configOption)
  .action(run(async (o) => (await import("./commands/auth.js")).status(o)));
auth
  .command("logout")
  .description("delete the stored tokens")
  .option(...configOption)
  .action(run(async (o) => (await import("./commands/auth.js")).logout(o)));

const pins = program
  .command("pins")
  .description(
    "pins of tools, prompts, resources, templates and instructions: what changed, and approving it",
  );
pins
  .command("list [server]")
  .description("pinned definitions and pending changes")
  .option(...configOption)
  .option("--json", "print JSON")
  .action(run(async (server: string | undefined, o) => (await import("./commands/pins.js")).list(server, o)));
pins
  .command("diff <server> [name]")
  .description("show how a pending definition differs from its pin (exit 1 when nothing is pending)")
  .option(...configOption)
  .action(
    run(async (server: string, name: string | undefined, o) =>
      (await import("./commands/pins.js")).diff(server, name, o),
    ),
  );
pins
  .command("approve <server-or-name> [name]")
  .description(
    "accept the pending definition you reviewed as the new pin: <server> <name> --id <id> as `pins diff` prints it (or <server> <id>)",
  )
  .option(...configOption)
  .option(
    "--kind <kind>",
    "tool | prompt | resource | resource_template | instructions (when a name is ambiguous)",
  )
  .option(
    "--all",
    "approve every pending change of the server (with the list's --id s… that `pins diff <server>` prints)",
  )
  .option(
    "--id <id>",
    "the id (d…) of the definition, or (s…) of the list, you reviewed, as `pins diff` prints it",
  )
  .action(
    run(async (first: string, name: string | undefined, o) =>
      (await import("./commands/pins.js")).approve(first, name, o),
    ),
  );
pins
  .command("reset <server>")
  .description("forget a server's pins; the next session pins what it sees")
  .option(...configOption)
  .action(run(async (server: string, o) => (await import("./commands/pins.js")).reset(server, o)));

const approvals = program
  .command("approvals")
  .description("calls waiting for a person (spend caps and approvals)");
approvals
  .command("list")
  .description("requests waiting for a decision (--all: every request)")
  .option(...configOption)
  .option("--all", "include decided, used and expired requests")
  .option("--json", "print JSON")
  .action(run(async (o) => (await import("./commands/approvals.js")).list(o)));
approvals
  .command("show <id>")
  .description("one request with its arguments (an id prefix is enough)")
  .option(...configOption)
  .action(run(async (id: string, o) => (await import("./commands/approvals.js")).show(id, o)));
for (const [name, decision] of [
  ["approve", "approved"],
  ["deny", "denied"],
] as const) {
  approvals
    .command(`${name} <id>`)
    .description(`${name} a pending request (an id prefix is enough)`)
    .option(...configOption)
    .option("--by <name>", "who decides (default: the OS user)")
    .option("--reason <text>", "why, shown to the agent for a denial and kept in the audit")
    .action(run(async (id: string, o) => (await import("./commands/approvals.js")).decide(decision, id, o)));
}

program
  .command("init")
  .description("find the MCP servers your clients launch and write mcp-guard.yaml for them")
  .option("-o, --output <path>", "where to write the config (default: <home>/mcp-guard.yaml)")
  .option("--dry-run", "show what would be written (and, with --apply, rewritten)")
  .option(
    "--apply",
    "also point each client at mcp-guard connect (edited in place, after one owner-only backup)",
  )
  .option("--revert", "restore the client configs --apply changed (refused over later edits unless --force)")
  .option("--force", "replace an existing output file; with --revert, merge into edited files")
  .action(run(async (o) => (await import("./commands/init.js")).init(o)));

program
  .command("scan")
  .description(
    "report unguarded servers, plaintext secrets and plain-http remote servers in client configs (exit 1 if any)",
  )
  .option("--json", "print JSON")
  .action(run(async (o) => (await import("./commands/scan.js")).scan(o)));

await program.parseAsync(process.argv);
