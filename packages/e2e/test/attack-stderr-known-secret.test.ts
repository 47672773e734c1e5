// Attack (round 29, found from outside): a stdio server's stderr is redacted by the detectors only (stderr-scrub.ts),
// never by what the guard itself knows is secret. `init` moves the credentials it finds in client configs into
// `daemon.secrets_file` and the guard fills them into the servers' entries (`env: { API_TOKEN: ${SVC_TOKEN}
// }`): the guard holds the exact value it handed the server. A server that fails on a rejected credential
// commonly prints it (the very case stderr-scrub.ts names), and a credential of a service's own shape (an
// internal key, a passphrase, a short hex token) matches no detector, so the value the guard keeps out of the
// client's config reaches the client (upstream_unavailable's data), `mcp-guard status` and the daemon's log
// verbatim. The same holds for an HTTP server's error body (scrubServerText), which commonly quotes the
// bearer token it refused: the guard's own `upstream_auth_token` (filled from the secrets file) reaches the
// client in upstream_unavailable's detail. Secure behaviour: a value the guard filled into a server's entry
// from the secrets file never appears in what the guard shows of that server's stderr or error text.
// Proved through the real bridge with a stdio server that prints the credential it was given and exits during
// initialize.
import { readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addServers, makeGuardedHome, nodeServerYaml, RawBridge, type GuardedHome } from "../src/index.js";

// Credentials of a service's own shape, as init would have moved them into secrets.env.
const SECRETS = {
  SVC_TOKEN: "orchid-basalt-4471-lantern",
  SVC_HEX: "9f3c2a7b51e04d86",
};

let home: GuardedHome;
let http: HttpServer;

beforeAll(async () => {
  // An HTTP server that refuses the token it was sent, quoting it (as many APIs' 401 bodies do).
  http = createServer((req, res) => {
    req.resume();
    res
      .writeHead(401, { "content-type": "text/plain" })
      .end(`invalid token: ${(req.headers.authorization ?? "").replace(/^Bearer /, "")}`);
  });
  await new Promise<void>((r) => http.listen(0, "127.0.0.1", r));
  const { port } = http.address() as AddressInfo;
  home = makeGuardedHome("", "  secrets_file: secrets.env");
  writeFileSync(
    join(home.dir, "secrets.env"),
    Object.entries(SECRETS)
      .map(([k, v]) => `${k}=${v}\n`)
      .join(""),
    { mode: 0o600 },
  );
  const script = join(home.dir, "rejected-credential.cjs");
  writeFileSync(
    script,
    [
      'process.stdin.once("data", () => {',
      "  process.stderr.write(`upstream api said 401 for credential ${process.env.API_TOKEN}\\n`);",
      "  process.stderr.write(`retry with the second one ${process.env.API_HEX} failed too\\n`);",
      "  process.exit(1);",
      "});",
    ].join("\n"),
  );
  addServers(
    home,
    nodeServerYaml(
      "rejected",
      [script],
      ["    env:", "      API_TOKEN: ${SVC_TOKEN}", "      API_HEX: ${SVC_HEX}"],
    ),
    [
      "  refusing-http:",
      "    transport: streamable-http",
      `    url: http://127.0.0.1:${port}/mcp`,
      "    upstream_auth_token: ${SVC_TOKEN}",
    ].join("\n"),
  );
});
afterAll(async () => {
  await home.cleanup();
  http?.closeAllConnections();
  await new Promise((r) => http?.close(r));
});

const leaked = (text: string) => Object.values(SECRETS).filter((value) => text.includes(value));

describe("a credential the guard filled in from its secrets file, printed on the server's stderr", () => {
  it("stays out of the client's answer, `status` and the daemon's log", async () => {
    const bridge = new RawBridge(home, "rejected");
    const answer = await bridge.initialize();
    bridge.close();
    await bridge.exited;
    const status = await home.status();
    const daemonLog = readFileSync(join(home.home, "daemon.log"), "utf8");
    // The server did say something (the lines are shown, redacted or not).
    expect(JSON.stringify(status)).toContain("upstream api said 401");
    expect({
      client: leaked(JSON.stringify(answer)),
      status: leaked(JSON.stringify(status)),
      log: leaked(daemonLog),
    }).toEqual({ client: [], status: [], log: [] });
  });

  it("stays out of the client's answer and `status` when an HTTP server's error body quotes the upstream token", async () => {
    const bridge = new RawBridge(home, "refusing-http");
    const answer = await bridge.initialize();
    bridge.close();
    await bridge.exited;
    const status = await home.status();
    // The server's refusal did reach the client (as upstream_unavailable's detail).
    expect(JSON.stringify(answer)).toContain("invalid token");
    const servers = status.running ? (status.servers as Record<string, unknown>) : {};
    const entry = JSON.stringify(servers["refusing-http"] ?? null);
    expect({ client: leaked(JSON.stringify(answer)), status: leaked(entry) }).toEqual({
      client: [],
      status: [],
    });
  });
});
