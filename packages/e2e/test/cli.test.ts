// The CLI as a user meets it: validate, and logs with its filters, after a real guarded session.
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI, guardedTransport, makeGuardedHome } from "../src/index.js";

const home = makeGuardedHome();
afterAll(() => home.cleanup());

beforeAll(async () => {
  const client = new Client({ name: "cli-test", version: "1" });
  await client.connect(guardedTransport(home, "fixture"));
  await client.callTool({ name: "echo", arguments: { message: "one" } });
  await client.callTool({ name: "echo", arguments: { message: "two" } });
  await client.listTools();
  await client.close();
  await home.stop(); // flushes the audit
});

describe("mcp-guard validate", () => {
  it("accepts a good config", async () => {
    const r = await home.cli(["validate"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("is valid");
    expect(r.stdout).toContain("fixture (stdio)");
  });

  it("lists every problem with its line and exits 1", async () => {
    const bad = `${home.dir}/bad.yaml`;
    writeFileSync(
      bad,
      "servers:\n  a:\n    comand: x\n  b:\n    transport: sse\ndaemon:\n  log_level: loud\n",
    );
    const r = await home.cli(["validate", "-c", bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${bad}:3: servers.a.comand: unknown key "comand" (did you mean "command"?)`);
    expect(r.stderr).toContain(`${bad}:5: servers.b.url: a sse server needs a url`);
    expect(r.stderr).toMatch(new RegExp(`${bad}:7: daemon\\.log_level: `));
  });

  it("reports every problem in one run, sorted by line, with did-you-mean for values and type names", async () => {
    const bad = `${home.dir}/enums.yaml`;
    writeFileSync(
      bad,
      [
        "pii:",
        "  disabled_types: [ip_adress]",
        "servers:",
        "  a:",
        "    transport: streamable_http",
        "    url: http://localhost:1/mcp",
        "    policy:",
        "      integrity:",
        "        pin: enfroce",
        "",
      ].join("\n"),
    );
    const r = await home.cli(["validate", "-c", bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("3 problem(s)");
    const lines = r.stderr.trim().split("\n").slice(1);
    expect(lines).toEqual([
      `  ${bad}:2: pii.disabled_types.0: unknown detection type "ip_adress" (did you mean "ip_address"?)`,
      `  ${bad}:5: servers.a.transport: "streamable_http" is not one of stdio, sse, streamable-http (did you mean "streamable-http"?)`,
      `  ${bad}:9: servers.a.policy.integrity.pin: "enfroce" is not one of enforce, warn, off (did you mean "enforce"?)`,
    ]);
    const json = JSON.parse((await home.cli(["validate", "-c", bad, "--json"])).stdout) as {
      valid: boolean;
      issues: { line: number }[];
    };
    expect(json.valid).toBe(false);
    expect(json.issues.map((i) => i.line)).toEqual([2, 5, 9]);
  });

  it("says an empty file is empty, without a schema dump", async () => {
    const empty = `${home.dir}/empty.yaml`;
    writeFileSync(empty, "# nothing yet\n");
    const r = await home.cli(["validate", "-c", empty]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("the file is empty; a config needs at least a servers: section");
    expect(r.stderr.trim().split("\n")).toHaveLength(2);
  });

  it("colours for a terminal only: not when piped, not with NO_COLOR", async () => {
    const piped = await home.cli(["validate"]);
    expect(piped.stdout).not.toContain("\x1b[");
    const tty = (noColor: boolean) =>
      new Promise<string>((resolve) => {
        const command = `${noColor ? "NO_COLOR=1 " : ""}${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} validate`;
        const child = spawn("script", ["-qec", command, "/dev/null"], { env: home.env });
        let out = "";
        child.stdout.on("data", (d: Buffer) => (out += String(d)));
        child.on("close", () => resolve(out));
      });
    expect(await tty(false)).toContain("\x1b[32mvalid\x1b[0m");
    expect(await tty(true)).not.toContain("\x1b[");
  });

  it("says when the file does not exist", async () => {
    const r = await home.cli(["validate", "-c", `${home.dir}/nope.yaml`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("nope.yaml: config file not found");
  });
});

describe("mcp-guard logs", () => {
  it("prints readable lines, oldest first", async () => {
    const r = await home.cli(["logs"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines[0]).toMatch(
      /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3} {2}allow {2}fixture +→ request initialize {2}os:\S+ {2}[\d.]+ms$/,
    );
    expect(lines.some((l) => /← response tools\/call echo/.test(l))).toBe(true);
    expect(r.stdout).not.toContain("one");
  });

  it("filters by server, method, tool, decision and time", async () => {
    const json = async (...args: string[]) => {
      const r = await home.cli(["logs", "--json", ...args]);
      expect(r.code, r.stderr).toBe(0);
      return r.stdout.trim()
        ? r.stdout
            .trim()
            .split("\n")
            .map((l) => JSON.parse(l) as Record<string, unknown>)
        : [];
    };
    expect(await json("--tool", "echo")).toHaveLength(4);
    // The client's one page, and the five pages the guard listed itself before judging the first call of a
    // session that had not listed (the fixture serves two tools per page).
    const lists = (await json("--method", "tools/list")).map((r) => r.direction);
    expect(lists.filter((d) => d === "to_server")).toHaveLength(6);
    expect(lists.filter((d) => d === "to_client")).toHaveLength(6);
    expect(await json("--server", "everything")).toEqual([]);
    expect(await json("--decision", "block")).toEqual([]);
    expect((await json("--last", "1h", "--limit", "2")).length).toBe(2);
    expect(await json("--since", new Date(Date.now() + 60_000).toISOString())).toEqual([]);
    expect(
      (await json("--user", (await json("--limit", "1"))[0]!.identity as string)).length,
    ).toBeGreaterThan(0);
  });

  it("rejects bad options with exit code 2", async () => {
    const r = await home.cli(["logs", "--last", "soon"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--last expects a duration");
  });
});

describe("mcp-guard status", () => {
  it("shows the dashboard address and what waits for a person, in text and JSON", async () => {
    const client = new Client({ name: "cli-status", version: "1" });
    await client.connect(guardedTransport(home, "fixture"));
    const json = JSON.parse((await home.cli(["status", "--json"])).stdout) as {
      dashboard: string;
      pending: { approvals: number; definition_changes: number };
    };
    expect(json.dashboard).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(json.pending).toEqual({ approvals: 0, definition_changes: 0 });
    const text = (await home.cli(["status"])).stdout;
    expect(text).toContain(`dashboard: ${json.dashboard}`);
    expect(text).toContain("pending: nothing waiting for a person");
    await client.close();
  });
});

describe("the README's CLI table", () => {
  it("lists every command the CLI has, and -c is where the README says", async () => {
    const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");
    const table = readme.split("## CLI\n")[1]!.split("\n## ")[0]!;
    const help = (await home.cli(["--help"])).stdout;
    const commands = [...help.split("Commands:")[1]!.matchAll(/^ {2}([a-z]+)/gm)].map((m) => m[1]!);
    expect(commands.length).toBeGreaterThan(12);
    for (const command of commands.filter((c) => c !== "help"))
      expect(table, command).toMatch(new RegExp(`\\| \`${command}[ \`]`));
    for (const command of ["start", "stop", "status", "logs", "dashboard", "validate"])
      expect((await home.cli([command, "--help"])).stdout, command).toContain("-c, --config");
    for (const command of ["init", "scan"])
      expect((await home.cli([command, "--help"])).stdout, command).not.toContain("-c, --config");
    expect(table).toContain("Every command but `init` and `scan` takes `-c, --config <path>`");
  });
});
