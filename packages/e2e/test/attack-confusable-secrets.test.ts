// Attack: secrets are found "also when … written with full-width digits or Unicode separators" (README,
// detection). A sender who wants a credential past the guard writes a few of its letters with Cyrillic or
// Greek look-alikes instead: `ghр_…` with a Cyrillic "р", an AWS key id starting with a Cyrillic "А" or a
// Greek "Κ", a Stripe key whose "sk" is Cyrillic. Any reader (a model, or the recipient swapping the letters
// back) recovers the credential at once, but the detectors read ASCII. Through the real bridge, none may
// reach the recording server, and none may reach the client unredacted.
import { afterAll, describe, expect, it } from "vitest";
import { recorded, recorderWithResults, refusal, toolSession } from "../src/index.js";

const GITHUB = "ghp_R8kWq2ZpL5vN3xT7yB1cD4fG6hJ9mK0sA2eU";
const AWS = "AKIAZ4Q7WX2PLM3NB5VC";
const STRIPE = "sk_live_51HxR8kWq2ZpL5vN3xT7yB1cD4fG6hJ9mK0sA2eUq";

/** The credential each spelling stands for, and the spelling. */
const SPELLINGS: Array<[string, string]> = [
  [GITHUB, GITHUB.replace("p", "\u0440")], // Cyrillic er in the prefix
  [GITHUB, GITHUB.replace("ghp", "\u0261h\u0440")], // Latin script g, Cyrillic er
  [GITHUB, GITHUB.replace(/[aceopx]/g, (c) => ({ a: "а", c: "с", e: "е", o: "о", p: "р", x: "х" })[c]!)],
  [AWS, AWS.replace("A", "\u0410")], // Cyrillic A
  [AWS, AWS.replace("K", "\u039A")], // Greek Kappa
  [STRIPE, STRIPE.replace("sk", "\u0455\u043A")], // Cyrillic dze and ka
];
const FOLD: Record<string, string> = {
  р: "p",
  ɡ: "g",
  а: "a",
  с: "c",
  е: "e",
  о: "o",
  х: "x",
  А: "A",
  Κ: "K",
  ѕ: "s",
  к: "k",
};
const recovered = (text: string) => [...text].map((c) => FOLD[c] ?? c).join("");

const { home, log } = recorderWithResults(
  Object.fromEntries(
    SPELLINGS.map(([, text], i) => [
      `result${i}`,
      { content: [{ type: "text", text: `deploy with ${text} today` }] },
    ]),
  ),
);
afterAll(() => home.cleanup());

const session = (run: Parameters<typeof toolSession>[1]) => toolSession(home, run);

describe("a credential spelled with look-alike letters of other scripts", () => {
  it("every spelling folds back to the credential", () => {
    for (const [secret, text] of SPELLINGS) {
      expect(text).not.toContain(secret);
      expect(recovered(text)).toBe(secret);
    }
  });

  it("never reaches the server in a tool's arguments", async () => {
    const outcomes: unknown[] = [];
    await session(async (send) => {
      for (const [, text] of SPELLINGS) {
        const answer = await send("echo", { note: `deploy with ${text} today` });
        outcomes.push(refusal(answer));
      }
      // Honest text in those scripts still goes through.
      const honest = await send("echo", { note: "Привет, как дела? Καλημέρα κόσμε. Pay 20 EUR." });
      outcomes.push(honest.result ? "forwarded" : honest.error);
    });
    // Before the fix: 6 of 6 reached the server.
    expect(outcomes).toEqual([...SPELLINGS.map(() => "sensitive_data"), "forwarded"]);
    expect(recorded(log).filter((m) => typeof m === "object" && m.method === "tools/call")).toHaveLength(1);
  });

  it("never reaches the client in a tool's result", async () => {
    const leaked: number[] = [];
    await session(async (send) => {
      for (let i = 0; i < SPELLINGS.length; i++) {
        const answer = await send(`result${i}`, {});
        const text = JSON.stringify(answer.result ?? {});
        if (recovered(text).includes(SPELLINGS[i]![0])) leaked.push(i);
      }
    });
    // Before the fix: 6 of 6 reached the client.
    expect(leaked).toEqual([]);
  });
});
