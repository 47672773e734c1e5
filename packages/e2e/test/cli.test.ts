// The CLI as a user meets it: validate, and logs with its filters, after a real guarded session.
import { writeFileSync } from "node:fs";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { guardedTransport, makeGuardedHome } from "../src/index.js";

const home = makeGuardedHome();
afterAll(() => home.cleanup());

beforeAll(async () => {
  const client = new Client({ name: "cli-test", version: "1" });
  await client.connect(guardedTransport(home, "fixture"));
  await client.callTool({ name: "echo", arguments: { message: "one" } });
  await client.callTool({ name: "echo", arguments: { message: "two" } });
  await client.listTools();
  await client.close();
  await home.cli(["stop"]); // flushes the audit
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
      /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}  allow  fixture +→ request initialize  os:\S+  [\d.]+ms$/,
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
