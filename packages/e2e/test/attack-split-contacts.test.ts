// Attack (round 8, still open from round 7): a secret, an e-mail address or a phone number split over three
// fields or strings or more ({ user: "john.doe", at: "@", domain: "example.com" }, { cc: "+1", area: "415", line:
// "555 0132" }): each junction alone holds no address or number. Through the real bridge and the recording
// server: before the fix (split-fields.ts reads such runs: glued around an "@", a space apart after a
// country code or under phone-named fields; a run of short token-only pieces glued) 7 of 8 reached the server. Neighbours that hold none still pass.
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { echoOutcomes, makeGuardedHome, recorderServerYaml } from "../src/index.js";

const TOKEN = "ghp_R8kWq2ZpL5vN3xT7yB1cD4fG6hJ9mK0sA2eU";
const SPLIT = [
  // A secret cut into three pieces or more (round 8; each junction alone holds none).
  { a: TOKEN.slice(0, 12), b: TOKEN.slice(12, 24), c: TOKEN.slice(24) },
  { parts: [TOKEN.slice(0, 9), TOKEN.slice(9, 18), TOKEN.slice(18, 27), TOKEN.slice(27)] },
  { user: "john.doe", at: "@", domain: "example.com" },
  { parts: ["john.doe", "@example", ".com"] },
  { a: "jo@", b: "example", c: ".com" },
  { cc: "+1", area: "415", line: "555 0132" },
  { phone_cc: "+44", phone_area: "20", phone_number: "7946 0958" },
  { digits: ["+49", "30", "901820", "12"] },
];
const ORDINARY = [
  { name: "user1", city: "Paris", zip: "75000", n: "1" },
  { user: "john", at: "@", rest: "home" },
  { cc: "+1", qty: "3", note: "as agreed" },
  { hours: "12", minutes: "30", seconds: "45" },
];

// E-mail addresses and phone numbers are only warned about by default: here they block, as a user may set.
const log = join(makeGuardedHome().dir, "recorder.log");
const home = makeGuardedHome(
  recorderServerYaml("recorder", log),
  [
    "pii:",
    "  actions:",
    "    email: { request: block, response: redact }",
    "    phone: { request: block, response: redact }",
  ].join("\n"),
);
afterAll(() => home.cleanup());

describe("secrets, e-mail addresses and phone numbers split over three neighbours or more", () => {
  it("never reach the server; neighbours that hold none still do", async () => {
    const { outcomes, echoed } = await echoOutcomes(home, log, [...SPLIT, ...ORDINARY]);
    expect(outcomes).toEqual([...SPLIT.map(() => "sensitive_data"), ...ORDINARY.map(() => "forwarded")]);
    expect(echoed).toBe(ORDINARY.length);
  });
});
