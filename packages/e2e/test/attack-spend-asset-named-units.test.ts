// Attack (spend, round 45): a costed call that names its own unit of account is refused unless that unit is
// the server's currency, but the guard knows a unit only by a member whose name says "currency" (currency,
// currency_code, iso_currency_code, ccy; named-currency.ts). Wallet and exchange tools name what they move
// otherwise: Coinbase's AgentKit `transfer` takes {amount, assetId: "eth" | "usdc" | "btc", destination}, an
// exchange's order tool {symbol: "BTC-USD", side, size}, a wallet's {amount, token}. Under a day's cap of 100
// USD and approval above 5, an agent transfers 3 of `assetId: "btc"` (some 300,000 USD): the ledger books
// 3 USD, no person is asked, and the server moves three bitcoin.
// Why it matters: the cap and the approval threshold are the user's bound on what an agent moves; a cost the
// guard cannot count in the server's currency must not be counted as if it were. Fixed behaviour: a member
// that names the asset moved (assetId, asset, token, coin, in any case or separator) with a value other than
// the server's currency makes the call uncountable (invalid_cost, or held for a person) and it never reaches
// the server; the same transfer of 3 in `assetId: "usd"` passes as before.
import { afterAll, describe, expect, it } from "vitest";
import { recorderWithDefinitions, refusal, toolCallsIn, toolDefinition, toolSession } from "../src/index.js";

const POLICY = [
  "    policy:",
  "      spend:",
  "        currency: USD",
  "        require_approval_above: 5",
  "        tools:",
  "          transfer: { cost_from: amount }",
  "        caps: { per_day: 100 }",
].join("\n");
const { home, log } = recorderWithDefinitions(
  "recorder",
  {
    tools: [
      toolDefinition("transfer", "Transfers an amount of an asset from the wallet to a destination.", {
        amount: { type: "number" },
        assetId: { type: "string", description: "The asset to transfer: eth, usdc, btc, or a contract" },
        destination: { type: "string" },
      }),
    ],
  },
  POLICY,
);
afterAll(() => home.cleanup());

const DESTINATION = "0x71C7656EC7ab88b098defB751B7401B5f6d8976F";

describe("a costed call naming the asset it moves", () => {
  it("is not booked in the server's currency when the asset is another", async () => {
    const outcomes: Record<string, unknown> = {};
    await toolSession(home, async (call) => {
      outcomes.usd = refusal(await call("transfer", { amount: 3, assetId: "usd", destination: DESTINATION }));
      outcomes.btc = refusal(await call("transfer", { amount: 3, assetId: "btc", destination: DESTINATION }));
      outcomes.eth = refusal(await call("transfer", { amount: 3, asset: "ETH", destination: DESTINATION }));
    });
    // Only the transfer in the server's own currency may reach it uncounted otherwise.
    expect({ outcomes, transfers: toolCallsIn(log, "transfer") }).toMatchObject({
      outcomes: { usd: "forwarded" },
      transfers: 1,
    });
    expect(outcomes.btc).not.toBe("forwarded");
    expect(outcomes.eth).not.toBe("forwarded");
  });
});
