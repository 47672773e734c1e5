// A token cut where a key meets what is read beside it (split-keys.ts): a key and its value, a key and the
// object under it, a value and the next key, list items' edges, strings that hold JSON. Each is found and
// each share redacted where it is written; honest maps keyed by ids and hashes stay unread.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set(["ip_address"]) });
const types = (value: unknown) => [...new Set(scanner.scan(value, "v").findings.map((f) => f.type))];
const redacted = (value: unknown) => JSON.stringify(scanner.scan(value, "v", () => true).value);
const TOKEN = "ghp_R8kWq2ZpL5vN3xT7yB1cD9eF0gH2iJ4kL6mN";
const HEAD = TOKEN.slice(0, 20);
const TAIL = TOKEN.slice(20);
const AWS = "AKIA2OGYBAH6STMMNXNL";

describe("a token cut where a key meets what is read beside it", () => {
  it.each([
    ["a key and its value", { [HEAD]: TAIL }],
    ["a key and the key under it", { [HEAD]: { [TAIL]: 1 } }],
    ["a key and the value one level down", { [HEAD]: { value: TAIL } }],
    ["a key and a one-item list", { [HEAD]: [TAIL] }],
    ["a value and the next key", { note: HEAD, [TAIL]: true }],
    ["the keys of two list items", [{ [HEAD]: 1 }, { [TAIL]: 1 }]],
    ["a list item's key and the next item's value", [{ [HEAD]: 1 }, { value: TAIL }]],
    ["a list item's value and the next item's key", [{ note: HEAD }, { [TAIL]: null }]],
    ["two strings of JSON objects", { a: JSON.stringify({ x: HEAD }), b: JSON.stringify({ x: TAIL }) }],
    ["two strings of JSON lists", [JSON.stringify([1, HEAD]), JSON.stringify([TAIL, 2])]],
    ["JSON whose last value is a number after the key", { a: `{"${HEAD}": 1}`, b: `{ "${TAIL}": 2 }` }],
    ["deeper down", { data: { rows: [{ [HEAD]: { [TAIL]: 1 } }] } }],
  ])("is found: %s", (_what, value) => {
    expect(types(value)).toEqual(["github_token"]);
    const out = redacted(value);
    expect(out.includes(HEAD.slice(4)) || out.includes(TAIL)).toBe(false);
  });

  it("finds other formats the same way: an AWS key id cut between a key and its value", () => {
    expect(types({ [AWS.slice(0, 10)]: AWS.slice(10) })).toEqual(["aws_access_key_id"]);
  });

  it("redacts each share where it is written and keeps the rest", () => {
    expect(redacted({ id: 7, [`row-${HEAD}`]: `${TAIL} (rotated)` })).toBe(
      '{"id":7,"row-[REDACTED:github_token]":"[REDACTED:github_token] (rotated)"}',
    );
    expect(redacted({ a: `{"x":"${HEAD}"}`, b: `{"x":"${TAIL}"}` })).toBe(
      JSON.stringify({ a: '{"x":"[REDACTED:github_token]"}', b: '{"x":"[REDACTED:github_token]"}' }),
    );
  });
});

describe("honest keys and values side by side stay unread", () => {
  const uuid = (i: number) => `${String(i).padStart(8, "0")}-e29b-41d4-a716-446655440000`;
  const sha = (i: number) => `9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a0${i % 10}`;
  it.each([
    ["a map keyed by UUIDs", Object.fromEntries([0, 1, 2].map((i) => [uuid(i), sha(i)]))],
    ["hashes as keys over objects", { [sha(1)]: { [sha(2)]: 1, [uuid(3)]: "a3f5c9e1b7d2" } }],
    ["a list of hash-keyed objects", [{ [sha(1)]: 1 }, { [sha(2)]: 2 }, { [uuid(1)]: "x" }]],
    ["ids and names", [{ "user-42": "Alice1984" }, { "user-43": "BobSmith77" }]],
    [
      "versions and commits",
      { "v2.3.1": "4f1c2a9e", "v2.3.2": { e83c5163316f89bfbde7d9ab23ca2e25604af290: 1 } },
    ],
    ["JSON strings of records", [JSON.stringify({ id: uuid(1) }), JSON.stringify({ id: uuid(2) })]],
    ["camel-case names and values", { apiVersion: "v1Beta2Alpha", kindName: "DeploymentConfig2" }],
  ])("%s", (_what, value) => {
    expect(types(value)).toEqual([]);
  });

  it("stays linear: ten thousand keys beside their values, and as many list items", () => {
    const map = Object.fromEntries(
      Array.from({ length: 10_000 }, (_, i) => [`k${i}x${HEAD}`, `${TAIL}${i}`]),
    );
    const items = Array.from({ length: 10_000 }, (_, i) => ({ [`${HEAD}${i}`]: { [`a${i}${TAIL}`]: i } }));
    const started = performance.now();
    types(map);
    types(items);
    // Not a performance assertion (the benchmark measures speed): a quadratic reading takes minutes here,
    // and a loaded machine has taken over 20 s for this linear one.
    expect(performance.now() - started).toBeLessThan(60_000);
  }, 120_000);
});
