// daemon.http: off unless present; plain HTTP only on loopback unless explicitly allowed.
import { describe, expect, it } from "vitest";
import { configSchema } from "../src/schema.js";

const parse = (http: unknown) => configSchema.safeParse({ servers: {}, daemon: { http } });

describe("daemon.http", () => {
  it("is off by default and has safe defaults when present", () => {
    expect(configSchema.parse({ servers: {} }).daemon.http).toBeUndefined();
    const r = parse({});
    expect(r.success && r.data.daemon.http).toMatchObject({
      address: "127.0.0.1",
      path: "/mcp",
      allowed_hosts: ["localhost", "127.0.0.1", "[::1]"],
      allow_insecure_remote: false,
      allow_anonymous: false,
    });
  });

  it.each([
    ["0.0.0.0", {}, false],
    ["192.168.1.2", {}, false],
    ["0.0.0.0", { allow_insecure_remote: true }, true],
    ["0.0.0.0", { tls: { cert_file: "c.pem", key_file: "k.pem" } }, true],
    ["127.0.0.1", {}, true],
    ["127.0.0.5", {}, true],
    ["::1", {}, true],
  ])("listening on %s with %j is accepted: %s", (address, extra, accepted) => {
    const r = parse({ address, ...extra });
    expect(r.success).toBe(accepted);
    if (!r.success) expect(r.error.issues[0]!.message).toContain("without tls");
  });
});

describe("daemon.http's bounds on bodies in progress", () => {
  it("defaults to 4 and 16 bodies of the largest size, and refuses bounds that could never hold one", () => {
    expect(parse({ max_body_bytes: 2048, max_body_bytes_in_progress_per_identity: 4096 }).success).toBe(true);
    expect(parse({ max_body_bytes: 4096, max_body_bytes_in_progress_per_identity: 2048 }).success).toBe(
      false,
    );
    expect(parse({ max_body_bytes_in_progress: 1024 * 1024 }).success).toBe(false); // under 16 MiB per identity
    const r = parse({});
    expect(r.success && r.data.daemon.http?.body_stall_seconds).toBe(10);
  });
});
