import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set(["ip_address"]) });
const TOKEN = "ghp_R8kWq2ZpL5vN3xT7yB1cD4fG6hJ9mK0sA2eU";
const types = (value: unknown) => [...new Set(scanner.scan(value, "params").findings.map((f) => f.type))];

describe("a value cut into one character per piece", () => {
  it.each([
    ["a list", { chars: [...TOKEN] }],
    ["an object's fields", Object.fromEntries([...TOKEN].map((c, i) => [`c${i}`, c]))],
    ["content items", { content: [...TOKEN].map((text) => ({ type: "text", text })) }],
    ["a long list, the token past its first window", { chars: [..."- ".repeat(115), ...TOKEN] }],
  ])("%s holds the token", (_, value) => {
    expect(types(value)).toContain("github_token");
  });

  it("finds an address among the characters of a sentence", () => {
    expect(types({ chars: [..."write to john.doe@example.com"] })).toEqual(["email"]);
  });

  it.each([
    ["letters", { chars: [..."abcdefghijklmnopqrstuvwxyz"] }],
    ["grades", { chars: [..."ABBACDABBCAABBCDDABCA"] }],
    ["digits", { chars: [..."31415926535897932384"] }],
    ["five characters", { chars: [..."a@b.c"] }],
  ])("%s hold nothing", (_, value) => {
    expect(types(value)).toEqual([]);
  });

  it("redacts each character of the token and leaves the others", () => {
    const { value } = scanner.scan({ chars: ["<", ...TOKEN, ">"] }, "result", () => true);
    const chars = (value as { chars: string[] }).chars;
    expect(chars[0]).toBe("<");
    expect(chars.at(-1)).toBe(">");
    expect(chars.join("")).not.toContain("R8kW");
  });

  it("reads a list of a million characters", () => {
    const chars = [..."ab cd ".repeat(200_000)];
    expect(types({ chars })).toEqual([]);
  });
});
