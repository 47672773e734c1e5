// Attack (round 12, found on a public data-loss-prevention benchmark): a password told in a sentence, as a
// person writes it to a support agent or an assistant ("My password is Tr0ub4dor&3, please reset it"). The
// assignment rules took "is" only before a quoted value, so every such sentence reached the server: through
// the real bridge and the recording server before the fix (said-passwords.ts), 5 of 5. Sentences about
// passwords still pass. Towards the client, a password after "pass:" in a sentence was redacted up to its
// "&" only (`user: admin, pass: Tr0ub4dor&3` kept `&3`): 2 of 2 results kept their tail before.
import { afterAll, describe, expect, it } from "vitest";
import { recorded, recorderWithResults, refusal, resultTexts, toolSession } from "../src/index.js";

const SAID = [
  "My password is Tr0ub4dor&3, please reset the account.",
  "The WiFi password is Tr0ub4dor&3! Connect the printer.",
  "Your password has been reset to Tr0ub4dor&3.",
  "Das Passwort lautet Tr0ub4dor&3.",
  "the login pass is Tr0ub4dor&3 for the staging box",
  // Review pass: a full name run together in lower case (before: 1 of 1 reached the server).
  "the dbpassword is Tr0ub4dor&3 for staging",
];
const ORDINARY = [
  "The password is incorrect, please try again.",
  "Your password is case-sensitive and 8-64 characters long.",
  "Her boarding pass is B12345X for gate 4.",
];
const RESULTS = {
  account: { content: [{ type: "text", text: "user: admin, pass: Tr0ub4dor&3x (rotate monthly)" }] },
  credentials: { content: [{ type: "text", text: "Here are the credentials: admin:Tr0ub4dor&3x" }] },
};
const { home, log } = recorderWithResults(RESULTS);
afterAll(() => home.cleanup());

describe("a password told in a sentence", () => {
  it("never reaches the server; sentences about passwords still pass", async () => {
    const outcomes: unknown[] = [];
    await toolSession(home, async (call) => {
      for (const note of [...SAID, ...ORDINARY]) outcomes.push(refusal(await call("echo", { note })));
    });
    expect(outcomes).toEqual([...SAID.map(() => "sensitive_data"), ...ORDINARY.map(() => "forwarded")]);
    expect(JSON.stringify(recorded(log))).not.toContain("Tr0ub4dor");
  });

  it("reaches the client redacted whole, its tail after & included", async () => {
    const answers = await resultTexts(home, Object.keys(RESULTS));
    for (const [name, answer] of Object.entries(answers)) {
      expect(answer, name).toContain("[REDACTED:");
      expect(answer, name).not.toContain("&3x");
    }
    expect(answers.account).toContain("(rotate monthly)");
  });
});
