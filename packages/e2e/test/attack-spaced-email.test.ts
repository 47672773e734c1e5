// Attack (round 9): an e-mail address written one character at a time (`j o h n . d o e @ e x a m p l e . c
// o m`, or with a mark after each character): the runs of single characters read joined stopped at the
// "@", which was not among a run's characters (decode-separated.ts). Through the real bridge and the
// recording server, before the fix: 3 of 3 reached the server. Spaced words without an address still pass.
// Round 12: a short address so written (`j o @ a c m e . i o`, under the 16 characters a spaced run needs) is
// read beside its "@" (email.ts): 2 of 2 reached the server before.
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { echoOutcomes, makeGuardedHome, recorderServerYaml } from "../src/index.js";

const ADDRESS = [..."john.doe@example.com"];
const SPACED = [
  { note: `mail ${ADDRESS.join(" ")} today` },
  { note: ADDRESS.join("|") },
  { note: ADDRESS.join(", ") },
  { note: `write to ${[..."jo@acme.io"].join(" ")}, thanks` },
  { note: `Rcvry eml is ${[..."rcvry@email.com"].join(" ")}.` },
  // Review pass: two spaces after each character (before: 1 of 1 reached the server).
  { note: `mail ${[..."jo@acme.io"].join("  ")} please` },
];
const ORDINARY = [{ note: "H E L L O   W O R L D @ h o m e" }, { note: "a @ b and c @ d" }];

// E-mail addresses are only warned about by default: here they block, as a user may set.
const log = join(makeGuardedHome().dir, "recorder.log");
const home = makeGuardedHome(
  recorderServerYaml("recorder", log),
  ["pii:", "  actions:", "    email: { request: block, response: redact }"].join("\n"),
);
afterAll(() => home.cleanup());

describe("an e-mail address written one character at a time", () => {
  it("never reaches the server; spaced words without one still do", async () => {
    const { outcomes, echoed } = await echoOutcomes(home, log, [...SPACED, ...ORDINARY]);
    expect(outcomes).toEqual([...SPACED.map(() => "sensitive_data"), ...ORDINARY.map(() => "forwarded")]);
    expect(echoed).toBe(ORDINARY.length);
  });
});
