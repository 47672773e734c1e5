// The guard's own files are kept from every server on this machine: stdio servers, and HTTP servers whose
// URL names this machine in any spelling the URL parser accepts, or by its host name or an interface address.
import { hostname, networkInterfaces } from "node:os";
import { serverSchema } from "@mcp-guard/config";
import { describe, expect, it } from "vitest";
import { serverPlaces } from "../src/server-places.js";

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
