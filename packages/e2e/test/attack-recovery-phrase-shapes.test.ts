// Attack (round 39, atk39a, as a hostile client or model): a wallet's recovery phrase is now found under its
// label when written with blanks, commas or line breaks, numbered, in capitals or as a list; but the label must
// be followed by ':' or '=' and the words, at most four blanks apart. The phrase as wallets and tools print it
// still reaches the server whole: a numbered grid copied with its columns aligned ("1. legal      2. winner"),
// a Markdown note with the label in bold ("**Seed phrase:** legal …"), a YAML list under `mnemonic:`,
// Foundry's own import command (`cast wallet import --mnemonic "legal …"`) and Electrum's "Your wallet
// generation seed is:" with the phrase in quotes on the next line. Through the real bridge and the recording
// server: each should be refused (sensitive_data) and the server should never see the phrase.
import { afterAll, describe, expect, it } from "vitest";
import { recorded, recorderWithResults, refusal, toolSession } from "../src/index.js";

const WORDS = "legal winner thank year wave sausage worth useful legal winner thank yellow".split(" ");
const PHRASE = WORDS.join(" ");

/** Three columns of numbered words, each cell padded to 16 characters, as a grid copied from a wallet. */
const grid = WORDS.map((word, i) => `${i + 1}. ${word}`.padEnd(16) + ((i + 1) % 3 === 0 ? "\n" : ""))
  .join("")
  .replace(/ +\n/g, "\n");

const ARGUMENTS: Record<string, object> = {
  aligned_grid: { note: `Secret Recovery Phrase:\n${grid}` },
  markdown_bold_label: { note: `## Wallet backup\n\n**Seed phrase:** ${PHRASE}\n` },
  yaml_list: { content: `wallet:\n  mnemonic:\n${WORDS.map((w) => `    - ${w}`).join("\n")}\n` },
  foundry_import: { command: `cast wallet import deployer --mnemonic "${PHRASE}"` },
  electrum: { note: `Your wallet generation seed is:\n"${PHRASE}"\n` },
};
/** A word of the phrase no other value here holds: the phrase reached the server in whatever shape. */
const reached = (text: string) => /sausage/i.test(text);

const { home, log } = recorderWithResults({});
afterAll(async () => {
  await home.cleanup();
});

describe("a wallet's recovery phrase in the shapes wallets and tools print it", () => {
  it("(control) the phrase after 'Seed phrase:' is refused", async () => {
    let outcome: unknown;
    await toolSession(home, async (call) => {
      outcome = refusal(await call("echo", { note: `Seed phrase: ${PHRASE}` }));
    });
    expect(outcome).toBe("sensitive_data");
  });

  for (const [label, args] of Object.entries(ARGUMENTS))
    it(`${label}: does not reach the server`, async () => {
      const before = JSON.stringify(recorded(log)).length;
      let outcome: unknown;
      await toolSession(home, async (call) => {
        outcome = refusal(await call("echo", args));
      });
      expect({ reached: reached(JSON.stringify(recorded(log)).slice(before)), outcome }).toEqual({
        reached: false,
        outcome: "sensitive_data",
      });
    });
});
