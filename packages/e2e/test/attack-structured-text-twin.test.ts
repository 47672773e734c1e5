// Attack (round 36, found from outside): the scanner reads JSON inside a string as JSON only when an escape
// `\u…` or `\/` hides characters (scanner.ts, scanString); otherwise it reads it as flat text. So every rule
// that reads a value's structure (a password under a password's name in a list or object, a card or an SSN
// split over fields or numbers, a card or token cut by a line break) holds for a server's structuredContent
// but not for the same object serialised as JSON, which is what the MCP specification asks a tool to return
// beside it, as a text item ("SHOULD also return the serialized JSON in a TextContent block"). Through the real
// bridge and a recording server that answers each tool as the specification asks: structuredContent arrives
// redacted, and its text twin hands the client the very same value. The same JSON text in a call's argument
// reaches the server.
import { afterAll, describe, expect, it } from "vitest";
import { recorded, recorderWithResults, refusal, toolSession } from "../src/index.js";

/** What a tool that follows the specification returns for an object: the object, and its JSON as text. */
const structured = (value: object) => ({
  content: [{ type: "text", text: JSON.stringify(value) }],
  structuredContent: value,
});

/** Each object, and a pattern that finds the raw value in any serialisation of the answer. */
const CASES: Record<string, { value: object; raw: RegExp }> = {
  // A password under a password's name, one level down (a list) or in an object.
  password_list: {
    value: { users: [{ name: "bob", password: ["Zx7!qLm4vR"] }] },
    raw: /Zx7!qLm4vR/,
  },
  password_object: {
    value: { account: { user: "bob", password: { value: "Km2@wQp8Ls" } } },
    raw: /Km2@wQp8Ls/,
  },
  // A card written as four JSON numbers (attack-json-numbers.test.ts's shape).
  card_numbers: {
    value: { card: [4111, 1111, 1111, 1111] },
    raw: /4111\D{1,4}1111\D{1,4}1111\D{1,4}1111/,
  },
  // An SSN split over three fields (attack-split-three.test.ts's shape).
  ssn_fields: {
    value: { area: "078", group: "05", serial: "1120" },
    raw: /078\D{1,30}05\D{1,30}1120/,
  },
  // A card cut by a line break (wrapped-numbers.test.ts's shape): in JSON text the break is written `\n`.
  // ("on file:" once read as a malformed file URI, refused by the permission check before the scanner.)
  card_wrapped: {
    value: { note: "Card on file: 4111 1111\n1111 1111" },
    raw: /4111 1111\D{1,4}1111 1111/,
  },
  // A token cut by a line break: found as a string, not as the same string inside JSON text.
  token_wrapped: {
    value: { config: "ghp_R8kWq2ZpL5vN3xT7\nyB1cD4eF6gH8iJ0kL2mN" },
    raw: /yB1cD4eF6gH8iJ0kL2mN/,
  },
};

const { home, log } = recorderWithResults(
  Object.fromEntries(Object.entries(CASES).map(([name, { value }]) => [name, structured(value)])),
);
afterAll(async () => {
  await home.cleanup();
});

describe("an object's JSON text beside its structuredContent", () => {
  for (const [name, { raw }] of Object.entries(CASES)) {
    it(`${name}: reaches the client in neither form`, async () => {
      let answer: Record<string, unknown> = {};
      await toolSession(home, async (call) => {
        answer = await call(name, {});
      });
      const result = answer.result as { structuredContent?: unknown; content?: unknown } | undefined;
      // The structured form is judged (control: the rule exists and holds for the object).
      if (result !== undefined) expect(JSON.stringify(result.structuredContent)).not.toMatch(raw);
      // Its text twin is the same object: redacted or withheld likewise.
      expect(JSON.stringify(answer)).not.toMatch(raw);
    });
  }

  it("the same JSON text in a call's argument does not reach the server", async () => {
    const outcomes: unknown[] = [];
    await toolSession(home, async (call) => {
      for (const { value } of Object.values(CASES))
        outcomes.push(refusal(await call("echo", { body: JSON.stringify(value) })));
    });
    const seen = JSON.stringify(recorded(log).filter((m) => JSON.stringify(m).includes('"echo"')));
    const reached = Object.entries(CASES)
      .filter(([, { raw }]) => raw.test(seen))
      .map(([name]) => name);
    expect(reached).toEqual([]);
    expect(outcomes).toEqual(Object.keys(CASES).map(() => "sensitive_data"));
  });
});
