// Attack (round 50's review): a fetch or HTTP tool takes its headers as an object, `{ headers: { Cookie:
// "theme=dark; sp_dc=…" } }`, and the session-cookie rules read a Cookie header only where a line names it
// ("Cookie: …", curl's -H), so a signed-in site's session cookie under a name that does not say session (Spotify's
// sp_dc) reached the server whole as a tool's argument. Through the real bridge and the recording server: the
// object's Cookie member is judged as the same header written as a line, so the call is refused and the server
// never sees the value; a headers object with only preference and analytics cookies still reaches it.
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { echoOutcomes, makeGuardedHome, recorderServerYaml } from "../src/index.js";

const SESSION = "AQBk3Qm8vT2xR9pL4wN7cF1hJ6dS0gB5yA3eU8iO2qZ4mX7vK1tR6pL9wN3cF8hJ2dS5gB0yA7eU4iO1qZ9mX3v";
const SENT = [
  { url: "https://open.spotify.com/", headers: { Cookie: `sp_t=1f2e3d4c5b6a; sp_dc=${SESSION}` } },
  { url: "https://open.spotify.com/", headers: { "set-cookie": `sp_dc=${SESSION}; Path=/; Secure` } },
];
const ORDINARY = [
  {
    url: "https://example.com/",
    headers: { Cookie: "theme=dark; lang=en; _ga=GA1.2.1234567890.1700000000" },
  },
];

const log = join(makeGuardedHome().dir, "recorder.log");
const home = makeGuardedHome(recorderServerYaml("recorder", log));
afterAll(() => home.cleanup());

describe("a session cookie in a headers object", () => {
  it("never reaches the server; ordinary cookies in the same shape still do", async () => {
    const { outcomes, echoed } = await echoOutcomes(home, log, [...SENT, ...ORDINARY]);
    expect(outcomes).toEqual([...SENT.map(() => "sensitive_data"), ...ORDINARY.map(() => "forwarded")]);
    expect(echoed).toBe(ORDINARY.length);
  });
});
