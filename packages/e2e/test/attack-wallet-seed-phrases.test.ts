// Attack (round 38): a wallet's recovery phrase (a BIP39 mnemonic, the twelve or twenty-four words that ARE the
// wallet: whoever holds them moves its funds) is found nowhere. Not labelled as MetaMask labels it ("Secret
// Recovery Phrase: …"), not under a `mnemonic` field as ethers.js and every EVM or Solana wallet tool returns
// it, not as a `MNEMONIC="…"` env line. The guard knows the words (it refuses a form asking for a seed or
// recovery phrase, and flags a tool parameter named `mnemonic` or `seed_phrase`), and redacts the `privateKey`
// beside a mnemonic in the same wallet object, yet lets the phrase itself go to any server and show in any
// result. It must block it towards the server and redact it towards the client as it does the private key.
// Through the real bridge and the recording server.
import { afterAll, describe, expect, it } from "vitest";
import { recorded, recorderWithResults, refusal, toolSession } from "../src/index.js";

const PHRASE = "legal winner thank year wave sausage worth useful legal winner thank yellow";
const WALLET = {
  address: "0x742d35Cc6634C0532925a3b844Bc454e4438f44e",
  privateKey: "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318",
  mnemonic: { phrase: PHRASE, path: "m/44'/60'/0'/0/0" },
};

const ARGUMENTS: Record<string, object> = {
  field: { mnemonic: PHRASE },
  labelled_text: { note: `Secret Recovery Phrase: ${PHRASE}` },
  env_line: { content: `RPC_URL=https://rpc.example.org\nMNEMONIC="${PHRASE}"\n` },
  // Round 38's review: the phrase as wallets show it and people copy it, which the words-and-blanks reading
  // missed: a list of its words, commas between them, numbered one per line, in capitals.
  word_list: { mnemonic: PHRASE.split(" ") },
  commas: { note: `Seed phrase: ${PHRASE.split(" ").join(", ")}` },
  numbered_lines: {
    note: `Secret Recovery Phrase:\n${PHRASE.split(" ")
      .map((word, i) => `${i + 1}. ${word}`)
      .join("\n")}`,
  },
  capitals: { content: `MNEMONIC=${PHRASE.toUpperCase()}` },
};
/** A word of the phrase no other value here holds: the phrase reached the server in whatever shape. */
const reached = (text: string) => /sausage/i.test(text);

const { home, log } = recorderWithResults({
  create_wallet: { content: [{ type: "text", text: JSON.stringify(WALLET) }], structuredContent: WALLET },
});
afterAll(async () => {
  await home.cleanup();
});

describe("a wallet's recovery phrase", () => {
  it("does not reach the server in a call's arguments", async () => {
    const outcomes: Record<string, unknown> = {};
    await toolSession(home, async (call) => {
      for (const [label, args] of Object.entries(ARGUMENTS))
        outcomes[label] = refusal(await call("echo", args));
    });
    expect(reached(JSON.stringify(recorded(log)))).toBe(false);
    expect(outcomes).toEqual(Object.fromEntries(Object.keys(ARGUMENTS).map((l) => [l, "sensitive_data"])));
  });

  it("reaches the client redacted, as the private key beside it does", async () => {
    let answer: Record<string, unknown> = {};
    await toolSession(home, async (call) => {
      answer = await call("create_wallet", {});
    });
    const result = JSON.stringify(answer.result);
    expect(result).toContain(WALLET.address);
    expect({ privateKey: result.includes(WALLET.privateKey), phrase: result.includes(PHRASE) }).toEqual({
      privateKey: false,
      phrase: false,
    });
  });
});
