// While the issuer's JWKS fails, a stream of tokens must not each make the daemon fetch it: the set is asked
// for at most once a second (docs/policy.md). Before, 50 tokens in the same second made 50 fetches.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { IssuerKeys } from "../src/issuer-keys.js";

describe("IssuerKeys with an issuer that answers errors", () => {
  let hits = 0;
  const server = createServer((_req, res) => {
    hits++;
    res.writeHead(500).end("down");
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it("fetches at most once a second however many tokens arrive", async () => {
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const { port } = server.address() as AddressInfo;
    let clock = 1_000_000; // frozen: every token arrives within the same second
    const keys = new IssuerKeys(
      new URL(`http://127.0.0.1:${port}/jwks`),
      300_000,
      5000,
      {
        createLocalJWKSet: () => {
          throw new Error("a failing issuer yields no set");
        },
        isNoMatchingKey: () => false,
      },
      () => clock,
    );
    const token = () => keys.resolve({ alg: "RS256", kid: "k" }, {} as never);
    for (let i = 0; i < 50; i++) await expect(token()).rejects.toThrow();
    expect(hits).toBe(1);
    clock += 1_001;
    await expect(token()).rejects.toThrow(/answered 500/);
    expect(hits).toBe(2);
  });
});
