// Attack (round 38): a web session's cookie is a credential the guard knows in a request header (`Cookie:
// PHPSESSID=…` is a session_cookie), but only the first one there: the header rule takes "the first long value
// of a session's cookie" (secrets/split-rules.ts), so in `Cookie: PHPSESSID=…; connect.sid=…; user_session=…`
// every session cookie after the first passes bare. And it knows none in the two shapes browser automation
// hands them out in, those the browser MCP servers (Playwright's, Puppeteer's, Chrome DevTools') carry: the
// `document.cookie` string a page evaluation returns (`_ga=…; PHPSESSID=…; theme=dark`), and the cookie jar
// as Playwright's `context.cookies()` and its storage-state file write it (`{ "name": "PHPSESSID", "value":
// "…", "domain": …, "httpOnly": true, … }`). So logged-in sessions (PHP's, Express's connect.sid, Laravel's,
// GitHub's user_session) reach the client in a result and any server in a call's arguments. The guard must
// redact each of them towards the client and block them towards the server, as it does one cookie alone in a
// header. Through the real bridge and the recording server.
import { afterAll, describe, expect, it } from "vitest";
import { recorded, recorderWithResults, refusal, toolSession } from "../src/index.js";

/** Session cookies of common stacks: name, value. */
const SESSIONS: Array<[string, string]> = [
  ["PHPSESSID", "k3v9q2m8x7r4t1w6y5u0i8o2p3"],
  ["connect.sid", "s%3AR8kWq2ZpL5vN3xT7yB1cD9eF0gH2iJ4k.Xk29fq7Lm2vBzT9pQw4R8kWq2ZpL5vN3xT7yB1cD9e"],
  ["laravel_session", "eyJpdiI6IkR4b2VmWjNrT1pQd0V6c2xqS0E9PSIsInZhbHVlIjoiY2VrZ3Q5aEdWbWpRb1B5In0%3D"],
  ["user_session", "R8kWq2ZpL5vN3xT7yB1cD9eF0gH2iJ4kL6mNpQ3rS5tU"],
];
const jar = SESSIONS.map(([name, value]) => ({
  name,
  value,
  domain: "app.example.com",
  path: "/",
  expires: -1,
  httpOnly: true,
  secure: true,
  sameSite: "Lax",
}));
/** What `document.cookie` reads on the page (a cookie of no interest either side). */
const DOCUMENT_COOKIE = [
  "_ga=GA1.1.123456789.1716239022",
  ...SESSIONS.map(([n, v]) => `${n}=${v}`),
  "theme=dark",
].join("; ");
const STORAGE_STATE = { cookies: jar, origins: [] };
/** Round 38's review: the same cookies as a Netscape cookie file (curl -c, a browser's cookie exporter). */
const COOKIES_TXT = [
  "# Netscape HTTP Cookie File",
  ".example.com\tTRUE\t/\tFALSE\t1767225600\t_ga\tGA1.1.123456789.1716239022",
  ...SESSIONS.map(([n, v]) => `#HttpOnly_app.example.com\tFALSE\t/\tTRUE\t1767225600\t${n}\t${v}`),
].join("\n");

const { home, log } = recorderWithResults({
  browser_evaluate: { content: [{ type: "text", text: DOCUMENT_COOKIE }] },
  browser_cookies: {
    content: [{ type: "text", text: JSON.stringify(jar) }],
    structuredContent: { cookies: jar },
  },
  request_headers: { content: [{ type: "text", text: `Cookie: ${DOCUMENT_COOKIE}` }] },
  read_cookie_file: { content: [{ type: "text", text: COOKIES_TXT }] },
  ...Object.fromEntries(
    SESSIONS.map(([name, value], i) => [
      `one_cookie_${i}`,
      { content: [{ type: "text", text: `Cookie: theme=dark; ${name}=${value}` }] },
    ]),
  ),
});
afterAll(async () => {
  await home.cleanup();
});

/** Which session cookies' values a text still holds. */
const bare = (text: string) => SESSIONS.filter(([, value]) => text.includes(value)).map(([name]) => name);

describe("a browser's session cookies", () => {
  it("one in a Cookie header, reaches the client redacted (control)", async () => {
    const left: string[] = [];
    await toolSession(home, async (call) => {
      for (let i = 0; i < SESSIONS.length; i++)
        left.push(...bare(JSON.stringify((await call(`one_cookie_${i}`, {})).result)));
    });
    expect(left).toEqual([]);
  });

  it("several in one Cookie header, reach the client redacted, each of them", async () => {
    let answer: Record<string, unknown> = {};
    await toolSession(home, async (call) => {
      answer = await call("request_headers", {});
    });
    expect(bare(JSON.stringify(answer.result))).toEqual([]);
  });

  it("as document.cookie and as the cookie jar, reach the client redacted", async () => {
    const results: Record<string, string[]> = {};
    await toolSession(home, async (call) => {
      for (const tool of ["browser_evaluate", "browser_cookies", "read_cookie_file"])
        results[tool] = bare(JSON.stringify((await call(tool, {})).result));
    });
    expect(results).toEqual({ browser_evaluate: [], browser_cookies: [], read_cookie_file: [] });
  });

  it("as document.cookie and as a storage state, do not reach the server", async () => {
    const outcomes: Record<string, unknown> = {};
    await toolSession(home, async (call) => {
      outcomes.document_cookie = refusal(
        await call("echo", { script: `document.cookie = ${JSON.stringify(DOCUMENT_COOKIE)}` }),
      );
      outcomes.storage_state = refusal(await call("echo", { storageState: STORAGE_STATE }));
      outcomes.cookie_file = refusal(await call("echo", { path: "cookies.txt", content: COOKIES_TXT }));
    });
    expect(bare(JSON.stringify(recorded(log)))).toEqual([]);
    expect(outcomes).toEqual({
      document_cookie: "sensitive_data",
      storage_state: "sensitive_data",
      cookie_file: "sensitive_data",
    });
  });
});
