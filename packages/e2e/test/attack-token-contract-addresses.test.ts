// Attack (round 38, a false positive a real user hits): in crypto, a "token" is a coin, and a token's
// address is its public contract on the chain (USDC's is 0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48, printed
// on every explorer). Every DeFi and wallet MCP tool takes it as `tokenAddress`, `token_address`,
// `inputToken`/`outputToken` or a Solana `tokenMint`, and agents write it in prose ("swap 1 ETH for token
// 0xA0b8…"). The guard reads each as a credential: the field rule sees "token" in the name and an EIP-55
// address's mixed case as randomness (high_entropy_secret), the text rule a name, a blank and a machine-made
// value (secret_assignment), so the call is blocked, while the same value under `address` passes. A
// public on-chain address is no secret: these calls must reach the server. Through the real bridge and the
// recording server.
import { afterAll, describe, expect, it } from "vitest";
import { recorded, recorderWithResults, refusal, toolSession } from "../src/index.js";

const USDC = "0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48";
const USDT = "0xdAC17F958D2ee523a2206206994597C13D831ec7";
const USDC_SOLANA_MINT = "EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v";

const CALLS: Record<string, object> = {
  token_address: { chain: "ethereum", tokenAddress: USDC },
  swap: { inputToken: USDT, outputToken: USDC, amount: "100" },
  solana_mint: { tokenMint: USDC_SOLANA_MINT, owner: "me" },
  prose: { instruction: `swap 1 ETH for token ${USDC} on Uniswap` },
};

const { home, log } = recorderWithResults({});
afterAll(async () => {
  await home.cleanup();
});

describe("a token's public contract address", () => {
  it("under `address`, reaches the server (control)", async () => {
    let outcome: unknown;
    await toolSession(home, async (call) => {
      outcome = refusal(await call("echo", { chain: "ethereum", address: USDC }));
    });
    expect(outcome).toBe("forwarded");
  });

  it("under a token's name or after the word, reaches the server too", async () => {
    const outcomes: Record<string, unknown> = {};
    await toolSession(home, async (call) => {
      for (const [label, args] of Object.entries(CALLS)) outcomes[label] = refusal(await call("echo", args));
    });
    expect(outcomes).toEqual(Object.fromEntries(Object.keys(CALLS).map((l) => [l, "forwarded"])));
    const seen = JSON.stringify(recorded(log));
    expect([USDT, USDC_SOLANA_MINT].filter((v) => !seen.includes(v))).toEqual([]);
  });

  // Round 38's review: the exception is a coin's, not every 40 hex digits under a token's name. A credential's
  // token or a secret written as "0x" and 40 hex digits is still kept from the server.
  it("under a credential's name, does not reach the server", async () => {
    const SECRET_HEX = "0x9f86d081884c7d659a2feaa0c55ad015a3bf4f1b";
    const outcomes: Record<string, unknown> = {};
    await toolSession(home, async (call) => {
      outcomes.auth_token = refusal(await call("echo", { note: `auth_token = "${SECRET_HEX}"` }));
      outcomes.access_token = refusal(await call("echo", { accessToken: SECRET_HEX }));
      outcomes.client_secret = refusal(await call("echo", { client_secret: SECRET_HEX }));
    });
    expect(outcomes).toEqual({
      auth_token: "sensitive_data",
      access_token: "sensitive_data",
      client_secret: "sensitive_data",
    });
    expect(JSON.stringify(recorded(log)).includes(SECRET_HEX)).toBe(false);
  });
});
