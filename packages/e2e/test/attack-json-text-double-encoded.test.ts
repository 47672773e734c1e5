// Round 37 (atk37a): a string that is a JSON object or array is now read as the value it spells, three
// object-in-string levels deep (json-text.ts), so a card as four JSON numbers or a password in a list is
// refused. Two ordinary spellings of the same JSON get past it: the JSON serialised twice (the argument is a
// JSON string literal, "{\"card\":[4111,…]}", what a double JSON.stringify or a logged payload gives; a model
// reads it as the object), which starts with a quote and is turned away as flat text; and a fourth
// object-in-string level. Real bridge and recording server: each call should be refused (sensitive_data) and
// the server should never see the values.
import { afterAll, describe, expect, it } from "vitest";
import { recorded, recorderWithResults, refusal, toolSession } from "../src/index.js";

const CARD = { card: [4111, 1111, 1111, 1111] };
const PASSWORD_LIST = { password: ["Tr0ub4dor&3x"] };
const SSN_PARTS = { ssn: ["078", "05", "1120"] };
const ENV = { env: [{ name: "DB_PASSWORD", value: "Tr0ub4dor&3x" }] };

/** `value` serialised `times` times over: each time a JSON string literal holding the previous text. */
const serialised = (value: unknown, times: number): unknown => {
  let text: unknown = value;
  for (let i = 0; i < times; i++) text = JSON.stringify(text);
  return text;
};
/** `value` inside `levels` objects, each holding the next as JSON text in its `data` string. */
const nested = (value: unknown, levels: number): unknown => {
  let outer: unknown = value;
  for (let i = 0; i < levels; i++) outer = { data: JSON.stringify(outer) };
  return outer;
};

const { home, log } = recorderWithResults({});
afterAll(async () => {
  await home.cleanup();
});

async function outcomes(calls: Record<string, object>): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  await toolSession(home, async (call) => {
    for (const [name, args] of Object.entries(calls)) out[name] = refusal(await call("echo", args));
  });
  return out;
}

function reachedServer(...needles: string[]): string[] {
  const seen = JSON.stringify(recorded(log).filter((m) => JSON.stringify(m).includes('"echo"')));
  return needles.filter((needle) => seen.includes(needle));
}

const refusedAll = (calls: Record<string, object>) =>
  Object.fromEntries(Object.keys(calls).map((name) => [name, "sensitive_data"]));

describe("JSON text the scanner does not read as its value", () => {
  it("serialised once is refused (control)", async () => {
    const calls = { card: { body: serialised(CARD, 1) }, password: { body: serialised(PASSWORD_LIST, 1) } };
    expect(await outcomes(calls)).toEqual(refusedAll(calls));
  });

  it("serialised twice is refused and never reaches the server", async () => {
    const calls = {
      card: { body: serialised(CARD, 2) },
      password: { body: serialised(PASSWORD_LIST, 2) },
      env: { body: serialised(ENV, 2) },
    };
    const result = await outcomes(calls);
    expect(reachedServer("1111,1111,1111", "Tr0ub4dor&3x")).toEqual([]);
    expect(result).toEqual(refusedAll(calls));
  });

  it("four object-in-string levels deep is refused", async () => {
    const calls = {
      card: nested(CARD, 4) as object,
      password: nested(PASSWORD_LIST, 4) as object,
      ssn: nested(SSN_PARTS, 4) as object,
    };
    expect(await outcomes(calls)).toEqual(refusedAll(calls));
  });
});
