// The shares of connections to HTTP servers (connection-shares.ts): a request beyond its session's or its
// identity's share is refused; other connections take places but are never refused; places come back once.
import { describe, expect, it } from "vitest";
import { ConnectionShares, TooManyConnections } from "../src/upstream/connection-shares.js";

describe("connection shares", () => {
  it("are a quarter of the descriptors above the owner's reserve per identity, half that per session", () => {
    const shares = new ConnectionShares(400);
    expect([shares.perIdentity, shares.perSession]).toEqual([75, 37]);
  });

  it("refuse a request beyond the session's share, then the identity's, and take others", () => {
    const shares = new ConnectionShares(400);
    const one = shares.session("os:me");
    const releases = Array.from({ length: 37 }, () => one.take(true));
    expect(() => one.take(true)).toThrow(TooManyConnections);
    one.take(false); // a notification's POST or the event stream: counted, never refused
    one.take(false);
    const two = shares.session("os:me");
    for (let i = 0; i < 75 - 39; i++) two.take(true);
    expect(() => two.take(true)).toThrow(/identity/);
    expect(() => shares.session("anonymous:http").take(true)).not.toThrow();
    releases[0]!();
    releases[0]!(); // given back once
    expect(shares.held("os:me")).toBe(74);
    expect(() => two.take(true)).not.toThrow();
  });
});
