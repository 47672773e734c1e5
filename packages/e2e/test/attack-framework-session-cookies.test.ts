// Attack (round 39, atk39a, as a hostile client or server): a session's cookie is found in a Cookie header, a
// cookie list, a cookie file or a cookie object only when its name says session (sess, auth, token, jwt,
// login, remember, or ending in sid). The signed-in cookies of three of the most common sign-ins are named
// otherwise: ASP.NET Core Identity's `.AspNetCore.Identity.Application`, WordPress's
// `wordpress_logged_in_<hash>` (an administrator's, here) and Google's `__Secure-1PSID`. Each, sent in a Cookie
// header or as document.cookie's string, reaches the server whole, and a result holding it reaches the client
// whole: whoever holds it is signed in as the user. A PHPSESSID beside them is refused (control).
// Through the real bridge and the recording server.
import { afterAll, describe, expect, it } from "vitest";
import { recorded, recorderWithResults, refusal, toolSession } from "../src/index.js";

const VALUES: Record<string, string> = {
  ".AspNetCore.Identity.Application":
    "CfDJ8Nq3xY7kLmPvR2sT9uW4zA1bC6dE8fG0hJ2kL5mN7pQ9rS1tU3vW5xY7zA9bC1dE3fG5hJ7kL9mN1pQ3rS5tU7vW9xY1zA3bC5dE7fG9hJ1kL3mN5pQ7rS9tU1vW3xY5z-Ab_Cd",
  wordpress_logged_in_5c3a8f1e9b7d2c4a6e0f8b1d3c5e7a9f:
    "admin%7C1767225600%7CqW3eR5tY7uI9oP1aS3dF5gH7jK9lZ1xC3vB5nM7qW9e%7C8f14e45fceea167a5a36dedd4bea2543e1b9c7d3f5a7b9c1d3e5f7a9b1c3d5e7",
  "__Secure-1PSID":
    "g.a000fghJkLmNpQrStUvWxYz0123456789AbCdEfGhIjKlMnOpQrStUvWxYz0123456789AbCdEfGhIjKlMnOpQr0076",
};
const CONTROL = "PHPSESSID=9f8e7d6c5b4a39281706f5e4d3c2b1a0";

const ARGUMENTS: Record<string, object> = {};
for (const [name, value] of Object.entries(VALUES)) {
  ARGUMENTS[`${name} in a Cookie header`] = {
    url: "https://app.example.com/api/me",
    headers: { Cookie: `_ga=GA1.2.1234567890.1700000000; ${name}=${value}` },
  };
  ARGUMENTS[`${name} in document.cookie`] = {
    cookies: `_ga=GA1.2.1234567890.1700000000; ${name}=${value}; theme=dark`,
  };
}
const RESULT = `HTTP/1.1 200 OK\n${Object.entries(VALUES)
  .map(([name, value]) => `set-cookie: ${name}=${value}; path=/; secure; httponly`)
  .join("\n")}\n`;

const { home, log } = recorderWithResults({ last_request: { content: [{ type: "text", text: RESULT }] } });
afterAll(async () => {
  await home.cleanup();
});

describe("a signed-in session's cookie under its framework's own name", () => {
  it("(control) a PHPSESSID in a Cookie header is refused", async () => {
    let outcome: unknown;
    await toolSession(home, async (call) => {
      outcome = refusal(await call("echo", { headers: { Cookie: CONTROL } }));
    });
    expect(outcome).toBe("sensitive_data");
  });

  it("does not reach the server", async () => {
    const outcomes: Record<string, unknown> = {};
    await toolSession(home, async (call) => {
      for (const [label, args] of Object.entries(ARGUMENTS))
        outcomes[label] = refusal(await call("echo", args));
    });
    const seen = JSON.stringify(recorded(log));
    const reached = Object.fromEntries(
      Object.entries(VALUES).map(([name, value]) => [name, seen.includes(value)]),
    );
    expect({ outcomes, reached }).toEqual({
      outcomes: Object.fromEntries(Object.keys(ARGUMENTS).map((label) => [label, "sensitive_data"])),
      reached: Object.fromEntries(Object.keys(VALUES).map((name) => [name, false])),
    });
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
