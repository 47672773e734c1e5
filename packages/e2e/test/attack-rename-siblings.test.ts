// Attack (round 13): a fresh allowance by renaming a server and adding, in the same edit, a second entry
// launched exactly like it. Rate limits and spend follow a rename through the server's launch digest, but only
// while no other entry is launched alike (entries launched alike are two servers and are counted apart); with
// a twin beside it, the renamed server was counted under its new name alone, so its bucket was full again and
// its ledger empty, and the twin had a fresh allowance of its own too. What a user expects: neither the renamed
// server nor a copy of it made in the same edit gets back what the old name already used. Through the real
// bridge and the recording server, before the fix: 2 of 2 extra `echo` calls and 2 of 2 extra paid
// `create_payment` calls reached the server (one of each through either entry).
// Negatives: two entries launched alike from the start still have an allowance each, and a server that is
// not a renamed one (another argument) has its own.
import { afterAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import {
  ALLOWANCE_SPENT,
  editConfig,
  makeGuardedHome,
  oneMoreEchoAndCharge,
  RECORDER,
  recorderServerYaml,
  spendAllowance,
  toolCallsIn,
  type GuardedHome,
} from "../src/index.js";

const homes: GuardedHome[] = [];
afterAll(async () => {
  await Promise.all(homes.map((home) => home.cleanup()));
});

const POLICY = [
  "    policy:",
  "      rate_limit:",
  "        tool_limits:",
  "          echo: { requests_per_hour: 2 }",
  "      spend:",
  "        currency: USD",
  "        tools:",
  "          create_payment: { cost_from: amount }",
  "        caps: { per_day: 10 }",
].join("\n");

/** The recorder under its name and, with `twin`, once more under that name launched alike. */
function recorderHome(twin?: string): { home: GuardedHome; log: string } {
  const log = join(makeGuardedHome().dir, "recorder.log");
  const names = twin === undefined ? ["recorder"] : ["recorder", twin];
  const home = makeGuardedHome(
    names.map((name) => recorderServerYaml(name, log, undefined, POLICY)).join("\n"),
  );
  homes.push(home);
  return { home, log };
}

/** Two echo calls and one charge of 8 (the whole allowance), then one more of each: the guard's answers. */
const REFUSED = ["rate_limited", "spend_cap_exceeded"];

/**
 * The recorder's entries (the last ones before the daemon section, each the recorder's under its own name)
 * replaced by one copy of the recorder's entry under each of `names`.
 */
function entriesNamed(yaml: string, names: string[], edit: (entry: string) => string = (e) => e): string {
  const start = yaml.indexOf("  recorder:");
  const end = yaml.indexOf("daemon:", start);
  if (start < 0 || end < start) throw new Error("the recorder's entry is not where the edit expects");
  // The first entry only: up to the next line indented as a server's name.
  const next = /\n {2}[^ \n][^\n]*:\n/.exec(yaml.slice(start + 1, end));
  const entry = yaml.slice(start, next ? start + 1 + next.index + 1 : end);
  const copies = names.map((name) => edit(entry.replace("  recorder:", `  ${name}:`))).join("");
  return yaml.slice(0, start) + copies + yaml.slice(end);
}

describe("rate limits and spend caps across a rename that adds a twin", () => {
  it("a renamed server and a twin added in the same edit are both still out of calls and money", async () => {
    const { home, log } = recorderHome();
    expect(await spendAllowance(home, "recorder")).toEqual(ALLOWANCE_SPENT);
    await editConfig(home, (yaml) => entriesNamed(yaml, ["recorder-renamed", "recorder-twin"]));
    expect(await oneMoreEchoAndCharge(home, "recorder-renamed")).toEqual(REFUSED);
    expect(await oneMoreEchoAndCharge(home, "recorder-twin")).toEqual(REFUSED);
    expect(toolCallsIn(log, "echo")).toBe(2);
    expect(toolCallsIn(log, "create_payment")).toBe(1);
    // And after a restart, which reads the counters back from the database.
    await home.stop();
    expect(await oneMoreEchoAndCharge(home, "recorder-renamed")).toEqual(REFUSED);
    expect(toolCallsIn(log, "echo")).toBe(2);
    expect(toolCallsIn(log, "create_payment")).toBe(1);
  });

  it("the same with a variable added to both in that edit", async () => {
    const { home, log } = recorderHome();
    expect(await spendAllowance(home, "recorder")).toEqual(ALLOWANCE_SPENT);
    await editConfig(home, (yaml) =>
      entriesNamed(yaml, ["recorder-renamed", "recorder-twin"], (entry) =>
        entry.replace("      RECORDER_LOG:", "      LOG_LEVEL: debug\n      RECORDER_LOG:"),
      ),
    );
    expect(await oneMoreEchoAndCharge(home, "recorder-twin")).toEqual(REFUSED);
    expect(toolCallsIn(log, "echo")).toBe(2);
    expect(toolCallsIn(log, "create_payment")).toBe(1);
  });

  it("a server counted beside a twin, renamed once the twin is gone, is still out of calls", async () => {
    const { home, log } = recorderHome("recorder-twin");
    expect(await spendAllowance(home, "recorder")).toEqual(ALLOWANCE_SPENT);
    await editConfig(home, (yaml) => entriesNamed(yaml, ["recorder-renamed"]));
    expect(await oneMoreEchoAndCharge(home, "recorder-renamed")).toEqual(REFUSED);
    expect(toolCallsIn(log, "echo")).toBe(2);
    expect(toolCallsIn(log, "create_payment")).toBe(1);
  });

  // Round 14: `pins reset` forgot the launches recorded for the server, and with them the former names its
  // counts follow, so a reset (no person needed without require_person) before the same edit gave both a fresh
  // allowance again. Before the fix: 2 of 2 extra echo calls and 2 of 2 extra payments reached the server.
  it("a pins reset before the rename and twin does not give the allowance back", async () => {
    const { home, log } = recorderHome();
    expect(await spendAllowance(home, "recorder")).toEqual(ALLOWANCE_SPENT);
    const reset = await home.cli(["pins", "reset", "recorder"]);
    expect(reset.code).toBe(0);
    await editConfig(home, (yaml) => entriesNamed(yaml, ["recorder-renamed", "recorder-twin"]));
    expect(await oneMoreEchoAndCharge(home, "recorder-renamed")).toEqual(REFUSED);
    expect(await oneMoreEchoAndCharge(home, "recorder-twin")).toEqual(REFUSED);
    expect(toolCallsIn(log, "echo")).toBe(2);
    expect(toolCallsIn(log, "create_payment")).toBe(1);
  });

  it("negative: a twin added beside a server that keeps its name has its own allowance", async () => {
    const { home, log } = recorderHome();
    expect(await spendAllowance(home, "recorder")).toEqual(ALLOWANCE_SPENT);
    await editConfig(home, (yaml) => entriesNamed(yaml, ["recorder", "recorder-twin"]));
    expect(await oneMoreEchoAndCharge(home, "recorder-twin")).toEqual(["forwarded", "forwarded"]);
    expect(await oneMoreEchoAndCharge(home, "recorder")).toEqual(REFUSED);
    expect(toolCallsIn(log, "echo")).toBe(3);
    expect(toolCallsIn(log, "create_payment")).toBe(2);
  });

  it("negative: a renamed server launched otherwise, with a twin, has its own allowance", async () => {
    const { home, log } = recorderHome();
    expect(await spendAllowance(home, "recorder")).toEqual(ALLOWANCE_SPENT);
    const args = `args: [${JSON.stringify(RECORDER)}]`;
    await editConfig(home, (yaml) =>
      entriesNamed(yaml, ["elsewhere", "elsewhere-twin"], (entry) => {
        if (!entry.includes(args)) throw new Error("the recorder's arguments are not where the edit expects");
        return entry.replace(args, `args: [${JSON.stringify(RECORDER)}, "--other"]`);
      }),
    );
    expect(await oneMoreEchoAndCharge(home, "elsewhere")).toEqual(["forwarded", "forwarded"]);
    expect(toolCallsIn(log, "echo")).toBe(3);
    expect(toolCallsIn(log, "create_payment")).toBe(2);
  });
});
