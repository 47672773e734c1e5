// Numbers that logs, trackers and build systems give their records (context.ts, RECORD_WORDS): a job, a
// build, a run, an issue, a release or a packet named right before the digits is what they number, however
// the digits are grouped. Words that also say where a phone number is kept or used are not among them.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set(["ip_address"]) });
const phones = (text: string) =>
  scanner
    .spans(text)
    .filter((s) => s.type === "phone")
    .map((s) => text.slice(s.start, s.end));

describe("numbers of records in logs and trackers", () => {
  it.each([
    "Job 70331 8842 failed after 3 retries",
    "[INFO] Build no. 6120 448 913 finished",
    "Workflow run #0718 552 904 was cancelled",
    "Issue 41 902 377 reopened by the bot",
    "thread 513 880 246 blocked on a lock",
    "Release 0612 990 431 promoted to stable",
    "dropped packet 24 55 80 19 at the gateway",
    "Ephemeral port range 49152-65535 is reserved",
    "Shard: 912-340-118 rebalanced",
  ])("leaves %j alone", (text) => {
    expect(phones(text)).toEqual([]);
  });

  it.each([
    ["Phone on file: 612 345 678", "612 345 678"],
    ["Call attempt to 0612 990 431 timed out", "0612 990 431"],
    ["Callback request: 701 552 018", "701 552 018"],
    ["Direct line 020 7946 0958", "020 7946 0958"],
    // A record word earlier in the line does not name a number after a phone word.
    ["Job posted by Ann, call 612 345 678", "612 345 678"],
    // A word that only starts like one ("Jobcentre", "Runway") names nothing.
    ["Jobcentre 0161 496 0754", "0161 496 0754"],
  ])("still finds the phone number in %j", (text, value) => {
    expect(phones(text)).toEqual([value]);
  });
});
