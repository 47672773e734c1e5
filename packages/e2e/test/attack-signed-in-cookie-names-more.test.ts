// Attack (round 40, atk40a, as a hostile client or server): round 39 taught the cookie-name reading the
// signed-in cookies of ASP.NET Core Identity, WordPress and Google, but other sign-ins' own names still say
// nothing to it: Laravel's remember-me login cookie `remember_web_<sha1 of the guard class>` (it signs its
// holder in for years, though "remember" is one of the words read, the hash after it hides it), Gitea's session
// cookie `i_like_gitea`, Discourse's auth-token cookie `_t` and Okta Identity Engine's session cookie `idx`.
// Each, in a Cookie header or a Set-Cookie line, reaches the server and the client whole: whoever holds it is
// signed in as the user. A laravel_session beside them is refused (control). Real bridge, recording server.
import { afterAll, describe, expect, it } from "vitest";
import { recorded, recorderWithResults, refusal, toolSession } from "../src/index.js";

const VALUES: Record<string, string> = {
  remember_web_59ba36addc2b2f9401580f014c7f58ea4e30989d:
    "eyJpdiI6IjRLb2JrZ3lOUk1pZ3JCWmRxL0lIRnc9PSIsInZhbHVlIjoiT3dWd2VkVjZRbHh5V0pGUnRZbjBjcXJ6dzV1cW1DZnVmdTZqZ0R5bUM5d2ZBbm9IZ2J3Q0ZxV2hNdkFqTjhQSiIsIm1hYyI6IjRkZjM5YTk0YjFhOGQ2ODQ5ZWUxNjNiYjQ3MjM3ODhhODNiZGRiYjA2NjFlNDI2ODRhYjkxYjA2ZGEyYzk2YmIiLCJ0YWciOiIifQ%3D%3D",
  i_like_gitea: "3f9c1a7be52d4e08",
  _t: "k8J7h6G5f4D3s2A1q0W9e8R7t6Y5u4I3",
  // A compact JWE (dir, A256GCM), as Okta writes it.
  idx: "eyJ6aXAiOiJERUYiLCJ2ZXIiOiIxIiwiZW5jIjoiQTI1NkdDTSIsImFsZyI6ImRpciJ9..Qm9vT3pXd2NvX2Zx.k8J7h6G5f4D3s2A1q0W9e8R7t6Y5u4I3o2P1z9X8c7V6aBcDeFgHiJkLmNoPqRsTuVwXyZ.Zx9Yw8Vu7Ts6Rq5Po4Nm3L",
};
const CONTROL = `laravel_session=${"eyJpdiI6IkFCQ0RFRkdISUpLTE1OT1AiLCJ2YWx1ZSI6InhZWjEyMyJ9"}`;

const ARGUMENTS: Record<string, object> = {};
for (const [name, value] of Object.entries(VALUES))
  ARGUMENTS[`${name} in a Cookie header`] = {
    url: "https://app.example.com/api/me",
    headers: { Cookie: `_ga=GA1.2.1234567890.1700000000; ${name}=${value}; theme=dark` },
  };
const RESULT = `HTTP/1.1 200 OK\n${Object.entries(VALUES)
  .map(([name, value]) => `set-cookie: ${name}=${value}; path=/; secure; httponly`)
  .join("\n")}\n`;

const { home, log } = recorderWithResults({ last_request: { content: [{ type: "text", text: RESULT }] } });
afterAll(async () => {
  await home.cleanup();
});

describe("a signed-in cookie under its application's own name", () => {
  it("(control) a laravel_session in a Cookie header is refused", async () => {
    let outcome: unknown;
    await toolSession(home, async (call) => {
      outcome = refusal(await call("echo", { headers: { Cookie: CONTROL } }));
    });
    expect(outcome).toBe("sensitive_data");
  });

  it("does not reach the server", async () => {
    await toolSession(home, async (call) => {
      for (const args of Object.values(ARGUMENTS)) await call("echo", args);
    });
    const seen = JSON.stringify(recorded(log));
    const reached = Object.fromEntries(
      Object.entries(VALUES).map(([name, value]) => [name, seen.includes(value)]),
    );
    expect(reached).toEqual(Object.fromEntries(Object.keys(VALUES).map((name) => [name, false])));
  });

  it("reaches the client redacted", async () => {
    let answer = "";
    await toolSession(home, async (call) => {
      answer = JSON.stringify(await call("last_request", {}));
    });
    const shown = Object.fromEntries(
      Object.entries(VALUES).map(([name, value]) => [name, answer.includes(value)]),
    );
    expect(shown).toEqual(Object.fromEntries(Object.keys(VALUES).map((name) => [name, false])));
  });
});
