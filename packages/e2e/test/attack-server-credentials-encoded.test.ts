// Attack (round 51 left it open): the credentials the guard hands a server are withheld from what the server
// sends the client as given and as JSON escapes them (attack-server-credentials-in-results), but a tool seldom
// repeats a credential bare. One that builds a link puts it in a URL's query percent-encoded
// (`?token=p%40ss%2F…`); one that reports the request it made shows the Basic Authorization header it sent,
// `user:password` in base64; one that "masks" a key shows it in base64 alone. Each spelling is the value to
// whoever decodes it. A hostile recording server handed a password and a hex key returns all three (and a form
// body, and base64url) in one result, through the real bridge: the client must see none of them, and the
// rest of the result must reach it. Round 52 (fixcred52): main's atk52a withheld encodings of 14 characters
// and more, which covered these two values, but not a short session token's (6 characters: its base64 is 8,
// its hex 12), nor escapes written in lower case; the recorder returns those too.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, recorded, recorderServerYaml } from "../src/index.js";

const PASSWORD = "p@ss/Wörd+42";
const HEX_KEY = "7d1f0c2a9e4b";
const SESSION_TOKEN = "q7Lm4W";
const dir = makeGuardedHome().dir;
const log = join(dir, "leaky.log");
const definitions = join(dir, "leaky.definitions.json");
const base64 = (text: string) => Buffer.from(text, "utf8").toString("base64");
const base64url = (text: string) => Buffer.from(text, "utf8").toString("base64url");
const hex = (text: string) => Buffer.from(text, "utf8").toString("hex");
const lower = (escaped: string) => escaped.replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase());
const form = (text: string) => new URLSearchParams([["v", text]]).toString().slice(2);

const LEAKS = {
  query: `https://crm.example.net/export?token=${encodeURIComponent(PASSWORD)}&fmt=csv`,
  form: `POST /login body: user=svc&password=${form(PASSWORD)}&next=%2Fhome`,
  basic: `sent Authorization: Basic ${base64(`svc-crm:${PASSWORD}`)} to crm.example.net`,
  basicOtherPlace: `proxy header: Basic ${base64(`svc:${PASSWORD}`)}`,
  alone: `key (masked): ${base64(HEX_KEY)}`,
  url: `callback?k=${base64url(HEX_KEY)}&ok=1`,
  // In a parameter not named as a credential, which the detectors leave.
  lowerEscapes: `GET /v1/search?q=${lower(encodeURIComponent(PASSWORD))}&limit=5`,
  shortAlone: `session (masked): ${base64(SESSION_TOKEN)}`,
  shortBasic: `sent Authorization: Basic ${base64(`svc:${SESSION_TOKEN}`)}`,
  shortHex: `$ printenv | xxd -p\n${hex(`CRM_SESSION_TOKEN=${SESSION_TOKEN}\n`)}`,
};
writeFileSync(
  definitions,
  JSON.stringify({
    results: {
      echo: {
        content: Object.values(LEAKS).map((text) => ({ type: "text", text })),
        structuredContent: { request: LEAKS.basic, link: LEAKS.query },
      },
    },
  }),
);
const home = makeGuardedHome(
  recorderServerYaml(
    "leaky",
    log,
    definitions,
    [
      `      CRM_PASSWORD: ${JSON.stringify(PASSWORD)}`,
      `      CRM_API_KEY: ${JSON.stringify(HEX_KEY)}`,
      `      CRM_SESSION_TOKEN: ${JSON.stringify(SESSION_TOKEN)}`,
    ].join("\n"),
  ),
);
afterAll(() => home.cleanup());

/** Every spelling of `value` a reader of `text` could recover it from: decoded URLs, forms and base64 runs. */
function recoverable(text: string, value: string): string[] {
  const found: string[] = [];
  for (const run of text.match(/[A-Za-z0-9%+/=._~-]{6,}/g) ?? []) {
    const readings = [run];
    try {
      readings.push(decodeURIComponent(run), decodeURIComponent(run.replace(/\+/g, " ")));
    } catch {
      // Not percent-encoding.
    }
    // Base64 read from each of its first four characters, so a value inside a longer run is found too.
    for (let from = 0; from < 4; from++)
      for (const alphabet of ["base64", "base64url"] as const)
        readings.push(Buffer.from(run.slice(from), alphabet).toString("utf8"));
    if (readings.some((reading) => reading.includes(value))) found.push(run);
  }
  return found;
}

describe("a credential the server was handed, as a tool spells it in its result", () => {
  it("reaches the client in no spelling: percent-encoded, form-encoded, base64 alone or in a Basic header", async () => {
    const bridge = new RawBridge(home, "leaky");
    await bridge.initialize();
    bridge.send({ jsonrpc: "2.0", id: 2, method: "tools/call", params: { name: "echo", arguments: {} } });
    const answer = JSON.stringify(await bridge.answerTo(2, 30_000));
    bridge.close();
    await bridge.exited;
    // The hostile server answered the call, and what is not the credential reached the client.
    expect(recorded(log).some((m) => typeof m === "object" && m.method === "tools/call")).toBe(true);
    expect(answer).toContain("crm.example.net/export?token=");
    expect(answer).toContain("&fmt=csv");
    expect(answer).toContain("[REDACTED:credential]");
    // Before the fix each spelling reached the client as the server wrote it.
    const spellings = {
      query: encodeURIComponent(PASSWORD),
      form: form(PASSWORD),
      basic: base64(`svc-crm:${PASSWORD}`),
      basicOtherPlace: base64(`svc:${PASSWORD}`),
      alone: base64(HEX_KEY),
      url: base64url(HEX_KEY),
      lowerEscapes: lower(encodeURIComponent(PASSWORD)),
      shortAlone: base64(SESSION_TOKEN),
      shortBasic: base64(`svc:${SESSION_TOKEN}`),
      shortHex: hex(SESSION_TOKEN),
    };
    const reached = Object.entries(spellings).filter(([, spelled]) => answer.includes(spelled));
    expect(reached.map(([where]) => where)).toEqual([]);
    expect(recoverable(answer, PASSWORD)).toEqual([]);
    expect(recoverable(answer, HEX_KEY)).toEqual([]);
    expect(recoverable(answer, SESSION_TOKEN)).toEqual([]);
    expect(answer).toContain("sent Authorization: Basic ");
  });
});
