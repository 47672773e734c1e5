// Round 45 (attack-spend-asset-named-units): a costed call that says which asset it moves under another name
// than "currency" is counted only in the server's currency; ordinary members of the same words pass.
import { describe, expect, it } from "vitest";
import { otherAsset } from "../../src/spend/named-asset.js";

describe("the asset a costed call names", () => {
  it.each([
    { amount: 3, assetId: "btc" },
    { amount: 3, asset: "ETH" },
    { amount: 3, asset_id: 31566704 },
    { amount: 3, coin: "sol" },
    { amount: 3, coinType: "0x2::sui::SUI" },
    { amount: 3, tokenAddress: "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48" },
    { amount: 3, token_symbol: "USDC" },
    { amount: 3, fromAssetId: "usd", toAssetId: "eth" },
    { amountIn: 3, tokenIn: "WETH" },
    { amount: 3, "sell-token": "DAI" },
    { amount: 3, asset: { symbol: "BTC" } },
    { transfers: [{ amount: 3, assetId: "btc" }] },
    // The Cosmos SDK's coin: { denom, amount } (a bank send's amount is a list of them).
    { to_address: "cosmos1…", amount: [{ denom: "uatom", amount: "3000000" }] },
  ])("refuses another asset than the server's currency: %j", (args) => {
    expect(otherAsset(args, "USD")).toMatch(/names the asset the call moves/);
  });

  it.each([
    { amount: 3, assetId: "usd", destination: "0x71C7656EC7ab88b098defB751B7401B5f6d8976F" },
    { amount: 3, asset: " Usd " },
    { amount: 3, asset: "receipt.pdf" },
    { amount: 3, asset: "https://cdn.example.com/logo" },
    // A bare token is a card token, a credential or a cursor more often than a unit.
    { amount: 3, token: "tok_visa" },
    { amount: 3, token: "eyJwIjoyfQ" },
    { amount: 3, token: "NEXT2" },
    { amount: 3, page_token: "CAE" },
    { amount: 3, idempotency_token: "a1b2c3" },
    { amount: 3, assetType: "image", tokenized: true, coinbase_account: "acct_1" },
    { amount: 3, asset: null, coin: false },
  ])("lets a look-alike pass: %j", (args) => {
    expect(otherAsset(args, "USD")).toBeUndefined();
  });
});
