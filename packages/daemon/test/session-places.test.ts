// The HTTP endpoint's session places: the endpoint's cap, and each identity's share of it.
import { httpFrontSchema } from "@mcp-guard/config";
import { describe, expect, it } from "vitest";
import { SessionPlaces, sessionsPerIdentity } from "../src/http/session-places.js";

const config = (extra: object = {}) => httpFrontSchema.parse({ port: 0, max_sessions: 4, ...extra });

describe("session places", () => {
  it("gives one identity a quarter of the endpoint by default, and the others their own", () => {
    const places = new SessionPlaces();
    expect(sessionsPerIdentity(config())).toBe(1);
    expect(sessionsPerIdentity(config({ max_sessions: 100 }))).toBe(25);
    expect(sessionsPerIdentity(config({ max_sessions: 1 }))).toBe(1);
    const alice = places.take("api_key:alice#1", config());
    expect("release" in alice).toBe(true);
    expect(places.take("api_key:alice#1", config())).toEqual({
      status: 429,
      setting: "daemon.http.max_sessions_per_identity",
      limit: 1,
    });
    // Hard negative: another identity is not refused for alice's sessions.
    expect("release" in places.take("api_key:bob#2", config())).toBe(true);
    if ("release" in alice) {
      alice.release();
      alice.release(); // given back once, however often the session says it ended
    }
    expect("release" in places.take("api_key:alice#1", config())).toBe(true);
    expect("status" in places.take("api_key:alice#1", config())).toBe(true);
  });

  it("refuses beyond the endpoint's cap whoever asks, with 503", () => {
    const places = new SessionPlaces();
    const wide = config({ max_sessions_per_identity: 4 });
    for (let i = 0; i < 4; i++) expect("release" in places.take("os:me", wide)).toBe(true);
    expect(places.take("os:other", wide)).toMatchObject({ status: 503, setting: "daemon.http.max_sessions" });
  });

  it("is refused in the config above max_sessions", () => {
    expect(httpFrontSchema.safeParse({ max_sessions: 4, max_sessions_per_identity: 5 }).success).toBe(false);
  });
});
