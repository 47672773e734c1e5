// The HTTP endpoint's transport security: TLS from certificate files, and no plain HTTP on an address other
// machines can reach unless the config says so explicitly.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { request } from "node:https";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  INITIALIZE,
  makeGuardedHome,
  MCP_HEADERS,
  rawRequest,
  serveHttp,
  type GuardedHome,
} from "../src/index.js";

const homes: GuardedHome[] = [];
afterAll(async () => {
  for (const home of homes) await home.cleanup();
});

function httpsPost(url: string, ca: Buffer, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: "POST", headers: MCP_HEADERS, ca }, (res) => {
      let text = "";
      res.setEncoding("utf8").on("data", (t: string) => (text += t));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

describe("HTTP endpoint transport security", () => {
  it("serves over TLS with the configured certificate, and not in clear text", async () => {
    const dir = makeGuardedHome().dir;
    const cert = join(dir, "cert.pem");
    const key = join(dir, "key.pem");
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "1",
        "-subj",
        "/CN=localhost",
        "-addext",
        "subjectAltName=DNS:localhost,IP:127.0.0.1",
        "-keyout",
        key,
        "-out",
        cert,
      ],
      { stdio: "ignore" },
    );
    const home = makeGuardedHome(
      "",
      [
        "  http:",
        "    port: 0",
        "    allow_anonymous: true",
        `    tls: { cert_file: ${JSON.stringify(cert)}, key_file: ${JSON.stringify(key)} }`,
      ].join("\n"),
    );
    homes.push(home);
    const served = await serveHttp(home);
    try {
      expect(served.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/mcp$/);
      const r = await httpsPost(`${served.url}/everything`, readFileSync(cert), INITIALIZE);
      expect(r.status).toBe(200);
      expect(r.body).toContain("serverInfo");
      const plain = served.url.replace("https:", "http:");
      await expect(
        rawRequest(`${plain}/everything`, { method: "POST", headers: MCP_HEADERS, body: INITIALIZE }),
      ).rejects.toThrow();
    } finally {
      await served.stop();
    }
  });

  it("refuses to serve plain HTTP on a non-loopback address unless allow_insecure_remote is set", async () => {
    const home = makeGuardedHome("", ["  http:", "    address: 0.0.0.0", "    port: 0"].join("\n"));
    homes.push(home);
    const r = await home.cli(["serve"]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("without tls");
  });

  it("refuses `serve` when no HTTP endpoint is configured", async () => {
    const home = makeGuardedHome();
    homes.push(home);
    const r = await home.cli(["serve"]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("daemon.http");
  });
});
