// Attack: a secret cut where a key meets what is read beside it, or written in base32. Each shape carries
// a whole GitHub token, and each is blocked towards the server and redacted in a tool's structuredContent
// like the token written whole (docs/detection.md; core: split-keys.ts, decode-base32.ts):
// - a token cut between an object's key and that key's own value (`{ "ghp_R8kW…": "yB1c…" }`);
// - between a key and the key of the object under it (`{ "ghp_R8kW…": { "yB1c…": 1 } }`);
// - between the keys of two objects in a list (`[{ "ghp_R8kW…": 1 }, { "yB1c…": 1 }]`);
// - between two strings that each hold JSON (`{ a: '{"x":"ghp_R8kW…"}', b: '{"x":"yB1c…"}' }`), read at
//   each JSON's last and first texts;
// - written in base32 (RFC 4648, what coreutils' `base32` prints), decoded when it decodes to text.
import { afterAll, describe, expect, it } from "vitest";
import { namedEchoOutcomes, recorderWithResults, resultTexts } from "../src/index.js";

const TOKEN = `ghp_${"R8kWq2ZpL5vN3xT7yB1cD9eF0gH2iJ4kL6mN"}`;
const HEAD = TOKEN.slice(0, 20);
const TAIL = TOKEN.slice(20);
// `printf %s "$TOKEN" | base32 -w0`
const BASE32 = "M5UHAX2SHBVVO4JSLJYEYNLWJYZXQVBXPFBDCY2EHFSUMMDHJAZGSSRUNNGDM3KO";
const SHAPES: Record<string, object> = {
  keyAndItsValue: { [HEAD]: TAIL },
  keyAndInnerKey: { [HEAD]: { [TAIL]: 1 } },
  keysOfListItems: { rows: [{ [HEAD]: 1 }, { [TAIL]: 1 }] },
  jsonInTwoStrings: { a: JSON.stringify({ x: HEAD }), b: JSON.stringify({ x: TAIL }) },
  base32: { note: BASE32 },
};
const whole = { note: TOKEN };
const results = Object.fromEntries(
  Object.entries({ whole, ...SHAPES }).map(([name, v]) => [
    name,
    { content: [{ type: "text", text: "ok" }], structuredContent: { v } },
  ]),
);
const { home, log } = recorderWithResults(results);
afterAll(() => home.cleanup());

const carries = (text: string) =>
  text.includes(BASE32) || (text.includes(HEAD) && text.includes(TAIL)) || text.includes(TOKEN);

describe("a token cut between a key and what belongs to it, or written in base32", () => {
  it("is blocked towards the server like the whole token", async () => {
    const { outcomes } = await namedEchoOutcomes(home, log, { whole, ...SHAPES });
    expect(outcomes).toEqual(
      Object.fromEntries(["whole", ...Object.keys(SHAPES)].map((k) => [k, "sensitive_data"])),
    );
  });

  it("is redacted towards the client like the whole token", async () => {
    const texts = await resultTexts(home, ["whole", ...Object.keys(SHAPES)]);
    const reached = Object.fromEntries(Object.entries(texts).map(([name, text]) => [name, carries(text)]));
    expect(reached).toEqual(Object.fromEntries(["whole", ...Object.keys(SHAPES)].map((k) => [k, false])));
  });
});
