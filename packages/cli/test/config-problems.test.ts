// A config's problems and warnings quote its keys: one line each, whatever a key holds (round 31).
import { afterEach, describe, expect, it, vi } from "vitest";
import { invalidConfig, printWarnings } from "../src/config-problems.js";

const KEY = "bad\u001b]0;pwned\u0007\nforged line";
const CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

afterEach(() => vi.restoreAllMocks());

describe("config problems in the terminal", () => {
  it("an invalid key is one line of the refusal, its controls escaped", () => {
    const { message } = invalidConfig([
      { file: "/c/mcp-guard.yaml", line: 2, path: `servers.${KEY}`, message: "Invalid key in record" },
    ]);
    expect(message.split("\n")).toEqual([
      "invalid configuration (1 problem(s)):",
      "  /c/mcp-guard.yaml:2: servers.bad\\u001b]0;pwned\\u0007\\u000aforged line: Invalid key in record",
    ]);
  });

  it("a warning naming a server is one line with no control", () => {
    const out: string[] = [];
    vi.spyOn(process.stderr, "write").mockImplementation((chunk) => (out.push(String(chunk)), true));
    printWarnings([`servers.${KEY} runs the program of the base's "x"`]);
    expect(out.join("").split("\n")).toHaveLength(2);
    expect(out.join("").slice(0, -1)).not.toMatch(CONTROLS);
  });
});
