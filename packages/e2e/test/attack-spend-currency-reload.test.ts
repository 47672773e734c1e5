// Attack (spend, round 45): the day's cap sums the ledger's amounts whatever currency each row was booked in.
// Every row keeps its currency (spend.currency at the time), but `spent` adds them as plain numbers, so a
// config edit that changes a server's currency counts what was already spent as if it had been spent in the
// new one. A payments server capped at 100 USD a day has had 90 USD spent; its entry is switched to JPY with
// the same cap in yen (15,000 JPY, about 100 USD): the 90 USD are counted as 90 JPY, and the agent spends
// another 14,000 JPY (about 93 USD) the same day, almost twice the day's bound.
// Why it matters: the guard holds no exchange rates and refuses a call naming another currency because it
// cannot count it (docs/spend-and-approvals.md); the ledger's own rows in another currency are just as
// uncountable. Fixed behaviour: while a cap's window holds spend in another currency than the server's, the
// guard cannot tell what is left of the cap, and a costed call is refused (spend_cap_exceeded or
// invalid_cost) rather than counted against a total that adds dollars to yen; the recording server never
// receives the 14,000 JPY payment.
// Through the real bridge and the recording server, the config edited while the daemon runs.
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  editConfig,
  makeGuardedHome,
  recorderServerYaml,
  refusal,
  toolCallsIn,
  toolSession,
} from "../src/index.js";

const POLICY = [
  "    policy:",
  "      spend:",
  "        currency: USD",
  "        tools:",
  "          create_payment: { cost_from: amount }",
  "        caps: { per_day: 100 }",
].join("\n");
const log = join(makeGuardedHome().dir, "recorder.log");
const home = makeGuardedHome(recorderServerYaml("recorder", log, undefined, POLICY));
afterAll(() => home.cleanup());

const pay = async (args: object): Promise<unknown> => {
  let outcome: unknown;
  await toolSession(home, async (call) => {
    outcome = refusal(await call("create_payment", args));
  });
  return outcome;
};

describe("a day's cap after the server's currency changed", () => {
  it("does not count dollars already spent as yen", async () => {
    const inDollars = await pay({ amount: 90, currency: "usd", description: "Hosting, March" });
    await editConfig(home, (yaml) =>
      yaml.replace("currency: USD", "currency: JPY").replace("per_day: 100", "per_day: 15000"),
    );
    const inYen = await pay({ amount: 14_000, currency: "jpy", description: "Domain renewals" });
    expect({ inDollars, inYen, payments: toolCallsIn(log, "create_payment") }).toMatchObject({
      inDollars: "forwarded",
      payments: 1,
    });
    expect(inYen).not.toBe("forwarded");
  });
});
