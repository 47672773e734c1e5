// Attack (round 12): a fresh allowance by renaming the server. Rate-limit buckets and the spend ledger were
// kept per server name, so the same server renamed in the config (`recorder:` becomes `recorder-renamed:`,
// launched exactly as before) started with a full bucket and an empty ledger: an agent that can write the
// config (a file-writing tool pointed at it) gets another hour's calls or another day's money with one edit,
// without touching the limits themselves. What a user expects: the limit is on the server, whatever it is
// called now, as its pins are (attack-rename-pins). Through the real bridge and the recording server, before
// the fix: 1 of 1 extra `echo` call and 1 of 1 extra paid `create_payment` call reached the server after the rename.
// Negative: a different server under the new name (launched otherwise) still has its own allowance.
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

function recorderHome(): { home: GuardedHome; log: string } {
  const log = join(makeGuardedHome().dir, "recorder.log");
  const home = makeGuardedHome(recorderServerYaml("recorder", log, undefined, POLICY));
  homes.push(home);
  return { home, log };
}

/** Two echo calls and one charge of 8 (the whole allowance), then one more of each: the guard's answers. */
/** The first of the recorder's variables (only its entry has it). */
const VARIABLES = "      RECORDER_LOG:";

describe("rate limits and spend caps across a rename", () => {
  it("the same server under a new name is still out of calls and money", async () => {
    const { home, log } = recorderHome();
    expect(await spendAllowance(home, "recorder")).toEqual(ALLOWANCE_SPENT);
    await editConfig(home, (yaml) => yaml.replace("  recorder:", "  recorder-renamed:"));
    expect(await oneMoreEchoAndCharge(home, "recorder-renamed")).toEqual([
      "rate_limited",
      "spend_cap_exceeded",
    ]);
    expect(toolCallsIn(log, "echo")).toBe(2);
    expect(toolCallsIn(log, "create_payment")).toBe(1);
    // And after a restart, which reads the counters back from the database.
    await home.stop();
    expect(await oneMoreEchoAndCharge(home, "recorder-renamed")).toEqual([
      "rate_limited",
      "spend_cap_exceeded",
    ]);
    expect(toolCallsIn(log, "echo")).toBe(2);
    expect(toolCallsIn(log, "create_payment")).toBe(1);
  });

  it("a server renamed back and forth in two edits is still out of calls", async () => {
    const { home, log } = recorderHome();
    expect(await spendAllowance(home, "recorder")).toEqual(ALLOWANCE_SPENT);
    await editConfig(home, (yaml) => yaml.replace("  recorder:", "  other:"));
    await editConfig(home, (yaml) => yaml.replace("  other:", "  third:"));
    expect(await oneMoreEchoAndCharge(home, "third")).toEqual(["rate_limited", "spend_cap_exceeded"]);
    expect(toolCallsIn(log, "echo")).toBe(2);
  });

  it("a server renamed in an edit that also sets a variable is still out of calls and money", async () => {
    const { home, log } = recorderHome();
    expect(await spendAllowance(home, "recorder")).toEqual(ALLOWANCE_SPENT);
    await editConfig(home, (yaml) =>
      yaml
        .replace("  recorder:", "  recorder-renamed:")
        .replace(VARIABLES, `      LOG_LEVEL: debug\n${VARIABLES}`),
    );
    expect(await oneMoreEchoAndCharge(home, "recorder-renamed")).toEqual([
      "rate_limited",
      "spend_cap_exceeded",
    ]);
    expect(toolCallsIn(log, "echo")).toBe(2);
    expect(toolCallsIn(log, "create_payment")).toBe(1);
  });

  it("negative: two entries of one program with their own variables each have their own allowance", async () => {
    const { home, log } = recorderHome();
    expect(await spendAllowance(home, "recorder")).toEqual(ALLOWANCE_SPENT);
    // A second entry running the same program with another variable (two accounts, say), beside the first.
    await editConfig(home, (yaml) => {
      const entry = yaml.slice(yaml.indexOf("  recorder:"), yaml.indexOf("daemon:"));
      return yaml.replace(
        "daemon:",
        `${entry.replace("  recorder:", "  recorder-second:").replace(VARIABLES, `      ACCOUNT: second\n${VARIABLES}`)}daemon:`,
      );
    });
    expect(await oneMoreEchoAndCharge(home, "recorder-second")).toEqual(["forwarded", "forwarded"]);
    expect(toolCallsIn(log, "echo")).toBe(3);
    expect(toolCallsIn(log, "create_payment")).toBe(2);
  });

  it("negative: a server launched otherwise under the new name has its own allowance", async () => {
    const { home, log } = recorderHome();
    expect(await spendAllowance(home, "recorder")).toEqual(ALLOWANCE_SPENT);
    // The same program with another argument is another server: its counts start at zero.
    const args = `args: [${JSON.stringify(RECORDER)}]`;
    await editConfig(home, (yaml) => {
      if (!yaml.includes(args)) throw new Error("the recorder's arguments are not where the edit expects");
      return yaml
        .replace("  recorder:", "  elsewhere:")
        .replace(args, `args: [${JSON.stringify(RECORDER)}, "--other"]`);
    });
    expect(await oneMoreEchoAndCharge(home, "elsewhere")).toEqual(["forwarded", "forwarded"]);
    expect(toolCallsIn(log, "echo")).toBe(3);
    expect(toolCallsIn(log, "create_payment")).toBe(2);
  });
});
