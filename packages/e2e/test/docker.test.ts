// docker/ without a Docker engine (none runs on the development machine): the image's command, environment,
// volume and port, the compose file's command, mounts and ports, and docker/mcp-guard.yaml must agree with
// each other and with the CLI; then the exact command of the image (ENTRYPOINT + CMD, with the image's
// environment pointed at a scratch home and a copy of the compose config) runs outside a container and
// serves an MCP client with an API key. What this cannot show (the image builds, the base image, the volume's
// ownership) is listed in the README.
import { createHash } from "node:crypto";
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, posix } from "node:path";
import { fileURLToPath } from "node:url";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runCli } from "../src/index.js";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const DOCKER = join(ROOT, "docker");
const E2E = fileURLToPath(new URL("../", import.meta.url));

/** The instructions of the final stage of a Dockerfile, by name (JSON-array forms parsed). */
function finalStage(text: string): Map<string, string[]> {
  const stages = text.split(/^FROM /m);
  const last = stages[stages.length - 1]!;
  const found = new Map<string, string[]>();
  for (const line of last.split("\n")) {
    const match = /^([A-Z]+)\s+(.*)$/.exec(line.trim());
    if (!match) continue;
    const values = found.get(match[1]!) ?? [];
    values.push(match[2]!);
    found.set(match[1]!, values);
  }
  return found;
}

const dockerfile = finalStage(readFileSync(join(DOCKER, "Dockerfile"), "utf8"));
const compose = parse(readFileSync(join(DOCKER, "compose.yaml"), "utf8")) as {
  services: Record<string, { command: string[]; ports: string[]; volumes: string[] }>;
  volumes: Record<string, unknown>;
};
const service = compose.services["mcp-guard"]!;
const config = parse(readFileSync(join(DOCKER, "mcp-guard.yaml"), "utf8")) as {
  daemon: { http: { address: string; port: number; allowed_hosts: string[] } };
  auth: { api_keys: Record<string, unknown> };
};
const env = new Map((dockerfile.get("ENV") ?? []).map((e) => e.split("=", 2) as [string, string]));
const entrypoint = JSON.parse(dockerfile.get("ENTRYPOINT")![0]!) as string[];
const cmd = JSON.parse(dockerfile.get("CMD")![0]!) as string[];
const workdir = dockerfile.get("WORKDIR")![0]!;

describe("docker/ agrees with itself and with the CLI", () => {
  it("runs the CLI's serve command, as the compose file does", () => {
    expect(entrypoint[0]).toBe("node");
    // The image copies the built repository to its WORKDIR: the entry point is the repository's CLI.
    const script = posix.relative(workdir, entrypoint[1]!);
    expect(script).toBe("packages/cli/bin/mcp-guard.js");
    expect(existsSync(join(ROOT, script))).toBe(true);
    expect(cmd).toEqual(["serve"]);
    expect(service.command).toEqual(cmd);
  });

  it("mounts the config where the image looks for it, and the home on the image's volume", () => {
    const mounts = service.volumes.map((v) => v.split(":"));
    const configMount = mounts.find(([source]) => source === "./mcp-guard.yaml");
    expect(configMount?.[1]).toBe(env.get("MCP_GUARD_CONFIG"));
    expect(configMount?.[2]).toBe("ro");
    const homeMount = mounts.find(([source]) => source !== undefined && source in compose.volumes);
    expect(homeMount?.[1]).toBe(env.get("MCP_GUARD_HOME"));
    expect(JSON.parse(dockerfile.get("VOLUME")![0]!)).toEqual([env.get("MCP_GUARD_HOME")]);
  });

  it("publishes the port the config listens on, on the host's loopback only", () => {
    const { port, address } = config.daemon.http;
    expect(address).toBe("0.0.0.0");
    expect(dockerfile.get("EXPOSE")).toEqual([String(port)]);
    expect(service.ports).toEqual([`127.0.0.1:${port}:${port}`]);
  });

  it("ships a config the CLI validates", async () => {
    const result = await runCli(["validate", "--config", join(DOCKER, "mcp-guard.yaml")], {
      PATH: process.env.PATH ?? "",
      HOME: tmpdir(),
    });
    expect(result.code, result.stdout + result.stderr).toBe(0);
  });
});

describe("the image's command, run outside a container", () => {
  const dir = mkdtempSync(join(tmpdir(), "mcpg-docker-"));
  let daemon: ChildProcess | undefined;
  afterAll(async () => {
    if (daemon && daemon.exitCode === null) {
      const exited = new Promise((r) => daemon!.once("exit", r));
      daemon.kill("SIGTERM");
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it("serves the compose config's server to a client with an API key", async () => {
    const key = "docker-test-key-0123456789abcdef";
    const free = createServer();
    await new Promise<void>((r) => free.listen(0, "127.0.0.1", r));
    const port = (free.address() as { port: number }).port;
    await new Promise((r) => free.close(r));
    // The compose config as mounted, with two changes only: a free port (9780 may be taken on a shared
    // machine) and the SHA-256 of this test's key in place of the placeholder.
    const [placeholder] = Object.keys(config.auth.api_keys);
    const configPath = join(dir, "mcp-guard.yaml");
    writeFileSync(
      configPath,
      readFileSync(join(DOCKER, "mcp-guard.yaml"), "utf8")
        .replace(`port: ${config.daemon.http.port}`, `port: ${port}`)
        .replace(placeholder!, `sha256:${createHash("sha256").update(key).digest("hex")}`),
    );
    const home = join(dir, "home");
    mkdirSync(home, { mode: 0o700 });
    // ENTRYPOINT + CMD, the script mapped from the image's WORKDIR to this checkout; the image's
    // environment with its paths mapped likewise. npx finds server-everything installed in this package.
    daemon = spawn(
      entrypoint[0] === "node" ? process.execPath : entrypoint[0]!,
      [join(ROOT, posix.relative(workdir, entrypoint[1]!)), ...cmd],
      {
        cwd: E2E,
        env: {
          PATH: process.env.PATH ?? "",
          HOME: dir,
          MCP_GUARD_HOME: home,
          MCP_GUARD_CONFIG: configPath,
        },
        stdio: ["ignore", "ignore", "pipe"],
      },
    );
    let stderr = "";
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`serve did not start: ${stderr}`)), 30_000);
      daemon!.stderr!.setEncoding("utf8").on("data", (t: string) => {
        stderr += t;
        const match = /HTTP (\S+)\/<server>/.exec(stderr);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
      daemon!.on("exit", (code) => reject(new Error(`serve exited ${String(code)}: ${stderr}`)));
    });
    expect(url).toBe(`http://0.0.0.0:${port}/mcp`);
    // Reached as the compose port mapping reaches it: on the host's loopback.
    const endpoint = new URL(`http://127.0.0.1:${port}/mcp/everything`);
    const refused = await fetch(endpoint, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json, text/event-stream" },
      body: "{}",
    });
    expect(refused.status).toBe(401);
    const client = new Client({ name: "docker-test", version: "1" });
    await client.connect(
      new StreamableHTTPClientTransport(endpoint, { requestInit: { headers: { "x-api-key": key } } }),
    );
    const echoed = await client.callTool({ name: "echo", arguments: { message: "from compose" } });
    expect(echoed.content).toEqual([{ type: "text", text: "Echo: from compose" }]);
    await client.close();
  });
});
