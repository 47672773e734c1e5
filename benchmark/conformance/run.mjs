// The official MCP conformance suite (server scenarios) against mcp-guard's Streamable HTTP endpoint, with
// the suite's own reference "everything" server as the upstream. Three runs: directly against the reference
// server, through the gateway with a permissive policy, and through the gateway with the default policy.
// Fails when a check that passes directly does not pass through the permissive gateway; prints what the
// defaults block and why.
//
// The suite needs Node 22: it comes from npm (the `node` package of this directory), and so does the
// reference server's runtime (tsx). The reference server itself is read from the corpus cache, never
// committed: `pnpm corpora:fetch modelcontextprotocol/conformance`.
import { spawn } from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { corpusPath } from "../public/corpora.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const NODE22 = join(here, "node_modules", "node", "bin", "node");
const SUITE = join(here, "node_modules", "@modelcontextprotocol", "conformance", "dist", "index.js");
const TSX = join(here, "node_modules", "tsx", "dist", "cli.mjs");
const CLI = join(root, "packages", "cli", "bin", "mcp-guard.js");

const children = [];
process.on("exit", () => children.forEach((c) => c.exitCode === null && c.kill("SIGKILL")));

async function freePort() {
  const server = createServer();
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address();
  await new Promise((r) => server.close(r));
  return port;
}

/** Spawns a process and resolves once its output matches `ready`. */
function launch(command, args, options, ready) {
  const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${args.join(" ")} did not start:\n${output}`)), 60_000);
    const look = (text) => {
      output += text;
      const match = ready.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, match });
      }
    };
    child.stdout.setEncoding("utf8").on("data", look);
    child.stderr.setEncoding("utf8").on("data", look);
    child.on("exit", (code) => reject(new Error(`${args.join(" ")} exited ${code}:\n${output}`)));
  });
}

/** Runs the server suite against a URL; returns every check with its scenario. */
async function runSuite(url) {
  const out = mkdtempSync(join(tmpdir(), "mcp-guard-conformance-"));
  await new Promise((resolve) => {
    const child = spawn(NODE22, [SUITE, "server", "--url", url, "-o", out], { stdio: "ignore" });
    children.push(child);
    child.on("exit", resolve);
  });
  const checks = [];
  for (const dir of readdirSync(out)) {
    const scenario = dir.replace(/^server-/, "").replace(/-\d{4}-\d\d-\d\dT.*$/, "");
    let list = [];
    try {
      list = JSON.parse(readFileSync(join(out, dir, "checks.json"), "utf8"));
    } catch {
      continue;
    }
    for (const c of list) {
      if (c.status === "SUCCESS" || c.status === "FAILURE" || c.status === "WARNING")
        checks.push({ scenario, id: c.id, status: c.status, error: c.errorMessage });
    }
  }
  rmSync(out, { recursive: true, force: true });
  return checks;
}

function summary(checks) {
  const scenarios = new Set(checks.map((c) => c.scenario));
  const failedScenarios = new Set(checks.filter((c) => c.status === "FAILURE").map((c) => c.scenario));
  const passed = checks.filter((c) => c.status === "SUCCESS").length;
  return {
    scenarios: scenarios.size,
    scenariosPassed: scenarios.size - failedScenarios.size,
    checks: checks.length,
    passed,
  };
}

const PERMISSIVE = [
  "    policy:",
  "      sampling: { enabled: true }",
  "      elicitation: { enabled: true }",
  "      integrity: { pin: off, poisoned: warn, hidden_characters: flag, result_injection: off, sensitive_resources: off }",
].join("\n");

/** Starts `mcp-guard serve` in front of the reference server; returns the URL of its session endpoint. */
async function gateway(upstream, policyYaml, piiEnabled) {
  const dir = mkdtempSync(join(tmpdir(), "mcp-guard-conformance-gw-"));
  const config = join(dir, "mcp-guard.yaml");
  writeFileSync(
    config,
    [
      "servers:",
      "  everything:",
      "    transport: streamable-http",
      `    url: ${upstream}`,
      policyYaml,
      "daemon:",
      `  home: ${JSON.stringify(join(dir, "home"))}`,
      "  dashboard_port: 0",
      "  shutdown_timeout: 2",
      "  http:",
      "    port: 0",
      "    allow_anonymous: true",
      // The suite is one anonymous client that opens a session per scenario and ends none of them: the whole
      // endpoint's places are its own (the default gives one identity a quarter of them).
      "    max_sessions_per_identity: 100",
      `pii: { enabled: ${piiEnabled} }`,
    ].join("\n"),
  );
  const env = {
    PATH: process.env.PATH,
    HOME: dir,
    MCP_GUARD_HOME: join(dir, "home"),
    MCP_GUARD_CONFIG: config,
  };
  const { child, match } = await launch(process.execPath, [CLI, "serve"], { env }, /HTTP (\S+)\/<server>/);
  return {
    url: `${match[1]}/everything`,
    async stop() {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function main() {
  const corpus = corpusPath("modelcontextprotocol/conformance");
  if (!corpus) process.exit(2);
  // The reference server resolves its imports (express, cors, zod, the SDK) from this directory.
  const serverDir = join(here, ".server");
  mkdirSync(serverDir, { recursive: true });
  copyFileSync(
    join(corpus, "examples/servers/typescript/everything-server.ts"),
    join(serverDir, "everything-server.ts"),
  );
  const port = await freePort();
  await launch(
    NODE22,
    [TSX, join(serverDir, "everything-server.ts")],
    { env: { ...process.env, PORT: String(port) } },
    /running on/,
  );
  const upstream = `http://localhost:${port}/mcp`;

  const direct = await runSuite(upstream);
  const results = { direct };
  for (const [name, policy, pii] of [
    ["permissive", PERMISSIVE, false],
    ["default", "", true],
  ]) {
    const gw = await gateway(upstream, policy, pii);
    try {
      results[name] = await runSuite(gw.url);
    } finally {
      await gw.stop();
    }
  }

  const key = (c) => `${c.scenario} ${c.id}`;
  const passedDirectly = new Set(direct.filter((c) => c.status === "SUCCESS").map(key));
  console.log(
    "conformance (server suite, @modelcontextprotocol/conformance 0.1.16), reference everything server upstream",
  );
  for (const [name, checks] of Object.entries(results)) {
    const s = summary(checks);
    console.log(
      `  ${name.padEnd(10)} scenarios ${s.scenariosPassed}/${s.scenarios} passed, checks ${s.passed}/${s.checks} passed`,
    );
  }
  // Per scenario: the checks that pass directly and not through the gateway (failed, or never reached because
  // the scenario stopped earlier), with what the gateway's run reported for that scenario.
  const lost = (checks) => {
    const byScenario = new Map();
    for (const k of passedDirectly) {
      const found = checks.find((c) => key(c) === k);
      if (found?.status === "SUCCESS") continue;
      const scenario = k.split(" ")[0];
      const reasons = checks
        .filter((c) => c.scenario === scenario && c.status !== "SUCCESS")
        .map((c) => `${c.id}: ${c.error ?? c.status}`);
      const entry = byScenario.get(scenario) ?? { checks: 0, reasons: new Set() };
      entry.checks++;
      for (const r of reasons.length ? reasons : ["not run"]) entry.reasons.add(r);
      byScenario.set(scenario, entry);
    }
    return byScenario;
  };
  const print = (byScenario) => {
    if (byScenario.size === 0) console.log("  (none)");
    for (const [scenario, { checks, reasons }] of byScenario)
      console.log(`  ${scenario} (${checks} check${checks > 1 ? "s" : ""}): ${[...reasons].join("; ")}`);
  };
  console.log("\nthrough the gateway with the default policy, passing directly but not through it:");
  print(lost(results.default));
  const lostPermissive = lost(results.permissive);
  if (lostPermissive.size > 0) {
    console.log("\nFAILED: checks that pass directly but not through the permissive gateway:");
    print(lostPermissive);
    process.exitCode = 1;
  }
}

main()
  .catch((err) => {
    console.error(err);
    process.exitCode = 1;
  })
  .finally(() => children.forEach((c) => c.exitCode === null && c.kill("SIGTERM")));
