// Attack: secrets and card numbers in a server's notifications are redacted before the client sees them
// (docs/detection.md: everything a message carries is scanned). A progress message or a log line is
// scanned alone, so a hostile server can send a token in pieces, one notification each: no piece is
// recognisable, and the reader of the progress or the log puts them back together. Through the real
// bridge and the recording server, before the fix 4 of 4 split values reached the client whole (the
// pieces all arrived unchanged). notification-junctions.ts now reads the junction between a notification
// and the one before it in the same direction; the piece that completes the value is redacted. Ordinary
// progress and log lines that only look cut (counts, words, hex ids) pass unchanged.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, recorderServerYaml } from "../src/index.js";

const GITHUB = `ghp_${"Q7wE2rT9yU4iO1pA6sD3fG8hJ5kL0zXcVbNm"}`;
const AWS = `AKIA${"J7T2QW4ZR5XK6P3M"}`;
const CARD = "4111111111111111";
const SSN = "078-05-1120";
const progress = (message: string, n: number) => ({
  jsonrpc: "2.0",
  method: "notifications/progress",
  params: { progressToken: "op", progress: n, message },
});
const logLine = (data: unknown) => ({
  jsonrpc: "2.0",
  method: "notifications/message",
  params: { level: "info", data },
});
const SPLIT = [
  // Two progress messages.
  progress(GITHUB.slice(0, 18), 1),
  progress(GITHUB.slice(18), 2),
  logLine("---"),
  // Three log lines.
  logLine(AWS.slice(0, 6)),
  logLine(AWS.slice(6, 13)),
  logLine(AWS.slice(13)),
  logLine("---"),
  // A progress message, then a log line carrying the rest in an object.
  progress(`uploading with ${GITHUB.slice(0, 25)}`, 3),
  logLine({ detail: `${GITHUB.slice(25)} done` }),
  logLine("---"),
  // A card number in two halves.
  progress(`charging ${CARD.slice(0, 8)}`, 4),
  progress(`${CARD.slice(8)} now`, 5),
  logLine("---"),
  // Round 13: a blank at the junction, another notification between the pieces, an SSN cut with another
  // notification between (before: these 3 reached the client whole).
  progress(`${GITHUB.slice(0, 20)}`, 10),
  progress(` ${GITHUB.slice(20)}`, 11),
  logLine("..."),
  logLine(AWS.slice(0, 10)),
  progress("(50%)", 12),
  logLine(AWS.slice(10)),
  logLine("..."),
  progress(`ssn ${SSN.slice(0, 6)}`, 13),
  logLine(`(heartbeat)`),
  progress(`${SSN.slice(6)} on file`, 14),
  logLine("..."),
  // Review: a line break or three blanks at the junction, which the scanner reads inside one text (before:
  // these 2 reached the client whole).
  logLine(`${GITHUB.slice(0, 22)}\n`),
  logLine(GITHUB.slice(22)),
  logLine("..."),
  progress(`${AWS.slice(0, 8)}  `, 16),
  progress(` ${AWS.slice(8)} ok`, 17),
];
const ORDINARY = [
  progress("Processed 40", 6),
  progress("00 files", 7),
  logLine("commit 3f9a2c1"),
  logLine("e7b4d0 merged into main"),
  logLine("step_one_of_the_build"),
  logLine("two_finished_ok"),
  progress("Downloading chunk 41111111", 8),
  progress("11111112 of 99999999999", 9),
  // Round 13: lines a blank or another notification apart that only look cut.
  logLine("step one of the build "),
  logLine("finished ok"),
  logLine("commit 3f9a2c1"),
  progress("(tick)", 15),
  logLine("e7b4d0a9 merged"),
  logLine("reviewed by alice"),
  logLine("@bob please merge"),
  logLine("done"),
];

const dir = makeGuardedHome().dir;
const log = join(dir, "recorder.log");
writeFileSync(`${log}.to-client.json`, JSON.stringify([...SPLIT, ...ORDINARY]));
// Sent during a call carrying the progress token "op" (round 48: progress for no live token is dropped).
writeFileSync(`${log}.definitions.json`, JSON.stringify({ streams: ["echo"] }));
const home = makeGuardedHome(recorderServerYaml("recorder", log));
afterAll(() => home.cleanup());

/** The notifications' texts the client received, in order, up to the final "done". */
async function received(): Promise<string[]> {
  const bridge = new RawBridge(home, "recorder");
  await bridge.initialize();
  bridge.send({
    jsonrpc: "2.0",
    id: 1,
    method: "tools/call",
    params: { name: "echo", arguments: {}, _meta: { progressToken: "op" } },
  });
  const texts: string[] = [];
  for (;;) {
    const line = await bridge.next();
    const params = line.params as { message?: unknown; data?: unknown } | undefined;
    if (line.method === "notifications/progress") texts.push(String(params?.message));
    else if (line.method === "notifications/message")
      texts.push(typeof params?.data === "string" ? params.data : JSON.stringify(params?.data));
    if (texts.at(-1) === "done") break;
  }
  bridge.close();
  await bridge.exited;
  return texts;
}

describe("a value split over a server's notifications", () => {
  it("never reaches the client whole; ordinary lines pass unchanged", async () => {
    const texts = await received();
    expect(texts).toHaveLength(SPLIT.length + ORDINARY.length);
    const all = texts.join("");
    for (const secret of [GITHUB, AWS, CARD, SSN]) expect(all).not.toContain(secret);
    expect(all.replace(/\s/g, "")).not.toContain(GITHUB);
    expect(all.replace(/\s/g, "")).not.toContain(AWS);
    // Each value's completing piece was redacted.
    expect(texts.filter((t) => t.includes("[REDACTED:"))).toHaveLength(9);
    // The ordinary lines, cut like a value would be, came through as sent.
    expect(texts.slice(SPLIT.length)).toEqual(
      ORDINARY.map((m) => ("message" in m.params ? m.params.message : m.params.data)),
    );
  });
});
