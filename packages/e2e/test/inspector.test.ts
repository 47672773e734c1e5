// The official MCP Inspector's CLI (`mcp-inspector --cli`) as a remote client of the gateway: it lists and
// calls tools on real servers through `/mcp/<server>` with an API key or an OAuth bearer token, is refused
// without one, and the policy applies to it as to any client (a denied tool never reaches the recording
// server). The Inspector needs Node 22, which comes from npm in benchmark/conformance (as for the conformance
// suite); the tests are skipped, and say why, only when that install is missing.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  freePort,
  makeGuardedHome,
  recorderServerYaml,
  serveHttp,
  serverSaw,
  oauthAuthYaml,
  startIssuer,
  type GuardedHome,
  type Issuer,
  type Served,
} from "../src/index.js";

const TOOLS = fileURLToPath(new URL("../../../benchmark/conformance/node_modules/", import.meta.url));
const NODE22 = join(TOOLS, "node", "bin", "node");
const INSPECTOR = join(
  TOOLS,
  "@modelcontextprotocol",
  "inspector",
  "clients",
  "launcher",
  "build",
  "index.js",
);
const missing = [NODE22, INSPECTOR].filter((f) => !existsSync(f));
if (missing.length > 0)
  console.warn(
    `MCP Inspector tests skipped: ${missing.join(", ")} not installed (pnpm install installs benchmark/conformance)`,
  );

const API_KEY = "inspector-test-key-0123456789abcdef";
let issuer: Issuer;
let home: GuardedHome;
let served: Served;
let resource: string;
const scratch = mkdtempSync(join(tmpdir(), "mcpg-inspector-"));
const log = join(scratch, "recorder.log");

interface InspectorRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The `result` of `--format json`, when the run printed one. */
  result: Record<string, unknown> | undefined;
}

/** Runs `mcp-inspector --cli <url> --transport http <args>` under Node 22, with its state in a scratch home. */
function inspector(server: string, args: string[]): Promise<InspectorRun> {
  const child = spawn(
    NODE22,
    [INSPECTOR, "--cli", `${served.url}/${server}`, "--transport", "http", "--format", "json", ...args],
    {
      env: { PATH: process.env.PATH ?? "", HOME: scratch, MCP_STORAGE_DIR: join(scratch, "inspector") },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (t: string) => (stdout += t));
  child.stderr.setEncoding("utf8").on("data", (t: string) => (stderr += t));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`the Inspector timed out: ${stderr}`));
    }, 45_000);
    child.on("close", (code) => {
      clearTimeout(timer);
      let result: Record<string, unknown> | undefined;
      try {
        result = (JSON.parse(stdout) as { result?: Record<string, unknown> }).result;
      } catch {
        result = undefined;
      }
      resolve({ code, stdout, stderr, result });
    });
  });
}

describe.skipIf(missing.length > 0)("the MCP Inspector CLI through the gateway", () => {
  beforeAll(async () => {
    issuer = await startIssuer();
    const port = await freePort();
    resource = `http://127.0.0.1:${port}/mcp`;
    home = makeGuardedHome(
      recorderServerYaml(
        "recorder",
        log,
        undefined,
        ["    policy:", "      permissions:", '        denied_tools: ["write_file"]'].join("\n"),
      ),
      [
        "  http:",
        `    port: ${port}`,
        `    resource: ${resource}`,
        ...oauthAuthYaml(issuer, "{ agent: [agent] }"),
        "  api_keys:",
        `    ${API_KEY}: { name: inspector, roles: [agent] }`,
        "  roles:",
        "    agent: {}",
      ].join("\n"),
    );
    served = await serveHttp(home);
  });
  afterAll(async () => {
    await served?.stop();
    await home?.cleanup();
    await issuer?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it("lists the tools of server-everything and calls one, with an API key", async () => {
    const header = ["--header", `X-API-Key: ${API_KEY}`];
    const listed = await inspector("everything", ["--method", "tools/list", ...header]);
    expect(listed.code, listed.stderr).toBe(0);
    const names = (listed.result?.tools as Array<{ name: string }>).map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(["echo", "get-sum"]));
    const called = await inspector("everything", [
      "--method",
      "tools/call",
      "--tool-name",
      "echo",
      "--tool-arg",
      "message=through the gateway",
      ...header,
    ]);
    expect(called.code, called.stderr).toBe(0);
    expect(called.result?.content).toEqual([{ type: "text", text: "Echo: through the gateway" }]);
  });

  it("calls a tool with an OAuth bearer token for this resource", async () => {
    const token = await issuer.mint({ sub: "inspector", roles: ["agent"] }, { audience: resource });
    const called = await inspector("everything", [
      "--method",
      "tools/call",
      "--tool-name",
      "get-sum",
      "--tool-arg",
      "a=2",
      "b=3",
      "--header",
      `Authorization: Bearer ${token}`,
    ]);
    expect(called.code, called.stderr).toBe(0);
    expect(JSON.stringify(called.result?.content)).toContain("5");
  });

  it("is refused without a credential, and with a token for another audience", async () => {
    const anonymous = await inspector("everything", ["--method", "tools/list", "--stored-auth-only"]);
    expect(anonymous.code).not.toBe(0);
    expect(anonymous.result).toBeUndefined();
    const foreign = await issuer.mint(
      { sub: "inspector", roles: ["agent"] },
      { audience: "https://other.example/mcp" },
    );
    const refused = await inspector("everything", [
      "--method",
      "tools/list",
      "--stored-auth-only",
      "--header",
      `Authorization: Bearer ${foreign}`,
    ]);
    expect(refused.code).not.toBe(0);
    expect(refused.result).toBeUndefined();
  });

  it("meets the policy as any client does: what it blocks never reaches the server", async () => {
    const header = ["--header", `X-API-Key: ${API_KEY}`];
    const call = (tool: string, arg: string) =>
      inspector("recorder", ["--method", "tools/call", "--tool-name", tool, "--tool-arg", arg, ...header]);
    const echoed = await call("echo", "a=1");
    expect(echoed.code, echoed.stderr).toBe(0);
    // A denied tool is not even listed to the Inspector, so it cannot call it.
    const denied = await call("write_file", "path=/etc/x");
    expect(denied.code).not.toBe(0);
    expect(`${denied.stdout}${denied.stderr}`).toContain("tool_not_found");
    // A card number in the arguments is refused by the guard (default action for requests: block).
    const card = await call("echo", "note=card 4111 1111 1111 1111");
    expect(card.code).not.toBe(0);
    expect(`${card.stdout}${card.stderr}`).toMatch(/credit_card|sensitive|blocked/i);
    expect(serverSaw(log, "tools/call", "echo")).toBe(true);
    expect(serverSaw(log, "tools/call", "write_file")).toBe(false);
    expect(readFileSync(log, "utf8")).not.toContain("4111");
  });
});
