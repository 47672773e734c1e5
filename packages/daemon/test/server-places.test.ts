// The guard's own files (its home, config and socket, and the secret-holding files its config names anywhere)
// are kept from every server on this machine: stdio servers, and HTTP servers whose URL names this machine in
// any spelling the URL parser accepts, or by its host name or an interface address.
import { hostname, networkInterfaces } from "node:os";
import { resolve } from "node:path";
import { configSchema, serverSchema } from "@mcp-guard/config";
import { resolveDaemonPaths } from "@mcp-guard/wire";
import { describe, expect, it } from "vitest";
import { guardOwnPaths, serverPlaces } from "../src/server-places.js";

const OWN = ["/home/me/.config/mcp-guard"];
const http = (url: string) => serverSchema.parse({ transport: "streamable-http", url });
const ownAddress = Object.values(networkInterfaces())
  .flat()
  .find((a) => a && !a.internal && a.family === "IPv4")?.address;

describe("the guard's own paths for an HTTP server", () => {
  it.each([
    "http://localhost:3000/mcp",
    "http://localhost.:3000/mcp",
    "http://LOCALHOST/mcp",
    "http://127.0.0.1/mcp",
    "http://127.1.2.3/mcp",
    "http://2130706433/mcp",
    "http://0x7f.1/mcp",
    "http://[::1]/mcp",
    "http://[0:0:0:0:0:0:0:1]/mcp",
    "http://[::ffff:127.0.0.1]/mcp",
    "http://0.0.0.0/mcp",
    `http://${hostname()}/mcp`,
    ...(ownAddress ? [`http://${ownAddress}:8080/mcp`] : []),
  ])("are given for %s", (url) => {
    expect(serverPlaces(http(url), OWN).guardPaths).toEqual(OWN);
  });

  it.each(["https://api.example.com/mcp", "http://10.255.255.254/mcp"])("are not for %s", (url) => {
    expect(serverPlaces(http(url), OWN).guardPaths).toBeUndefined();
  });
});

describe("the guard's own paths", () => {
  const paths = resolveDaemonPaths({ home: "/home/me/.config/mcp-guard" });
  const configPath = "/home/me/project/mcp-guard.yaml";
  const daemon = (extra: Record<string, unknown>) =>
    configSchema.parse({ servers: {}, daemon: extra }).daemon;

  it("are the home, the config and the socket", () => {
    expect(guardOwnPaths(paths, configPath, daemon({}))).toEqual([paths.home, configPath, paths.socket]);
  });

  it("take in a secrets file outside the home, read beside the config as the loader reads it", () => {
    expect(guardOwnPaths(paths, configPath, daemon({ secrets_file: "secrets.env" }))).toContain(
      "/home/me/project/secrets.env",
    );
    expect(guardOwnPaths(paths, configPath, daemon({ secrets_file: "/srv/guard.env" }))).toContain(
      "/srv/guard.env",
    );
  });

  it("take in the HTTP endpoint's TLS key, relative to the daemon's working directory", () => {
    const http = { tls: { cert_file: "tls/cert.pem", key_file: "tls/key.pem" } };
    const own = guardOwnPaths(paths, configPath, daemon({ http }));
    expect(own).toContain(resolve("tls/key.pem"));
    // The certificate is public: a server may read it.
    expect(own).not.toContain(resolve("tls/cert.pem"));
  });
});
