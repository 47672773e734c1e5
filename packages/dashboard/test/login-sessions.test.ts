// Login sessions: a fresh secret per login, valid for its lifetime only, and a bounded number kept.
import { describe, expect, it } from "vitest";
import { LoginSessions, MAX_SESSIONS, SESSION_TTL_MS } from "../src/login-sessions.js";

describe("login sessions", () => {
  it("knows the secrets it opened, until their time runs out", () => {
    let clock = 1000;
    const sessions = new LoginSessions(() => clock);
    const first = sessions.open();
    const second = sessions.open();
    expect(first).not.toBe(second);
    expect([sessions.valid(first), sessions.valid(second), sessions.valid("0".repeat(64))]).toEqual([
      true,
      true,
      false,
    ]);
    clock += SESSION_TTL_MS + 1;
    expect(sessions.valid(first)).toBe(false);
  });

  it("keeps the newest logins when more are opened than it keeps", () => {
    const sessions = new LoginSessions();
    const oldest = sessions.open();
    const rest = Array.from({ length: MAX_SESSIONS }, () => sessions.open());
    expect(sessions.valid(oldest)).toBe(false);
    expect(rest.every((s) => sessions.valid(s))).toBe(true);
  });
});
