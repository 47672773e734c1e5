// What a person reads before approving shows hiding characters as escapes (attack-approval-display.test.ts).
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { printable, printJson, terminalField } from "../src/printable.js";

describe("printable", () => {
  it("escapes characters that reorder or hide text, and JSON output keeps its values", () => {
    const value = { account: "a\u202Eeno\u202C b\u009B2K c\u2028d e\u200Bf g\u{E0041}h" };
    const shown = printable(JSON.stringify(value, null, 2));
    expect(shown).not.toMatch(/[\u0080-\u009f\u200b\u2028\u202e]|[\u{e0000}-\u{e007f}]/u);
    expect(shown).toContain("a\\u202eeno\\u202c");
    expect(JSON.parse(shown)).toEqual(value);
  });

  it("escapes what the guard's review counts as hidden: variation selectors, fillers, Khmer and Mongolian invisibles", () => {
    const smuggled =
      "ok \u{1F44D}\uFE00\u{E0100}\u{E01EF} \u115F\u1160\u3164\uFFA0 \u17B4\u17B5 \u180B\u180F";
    expect(printable(smuggled)).toBe(
      "ok \u{1F44D}\\ufe00\\udb40\\udd00\\udb40\\uddef \\u115f\\u1160\\u3164\\uffa0 \\u17b4\\u17b5 \\u180b\\u180f",
    );
  });

  it("negative: ordinary text, accents, CJK, emoji and C0-escaped JSON are left as they are", () => {
    for (const text of ["café 東京 Ärger ✓ 👍", '{"a": "line\\nbreak\\u001b"}', "plain ASCII"])
      expect(printable(text)).toBe(text);
  });
});

describe("terminalField", () => {
  it("escapes line ends, carriage returns, ESC, BEL and DEL besides what printable escapes", () => {
    const field = terminalField("echo\n2031 allow\rok \u001b[2J \u001b]8;;u\u0007x\u007f \u202e \u009b");
    expect(field).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/);
    expect(field).toBe(
      "echo\\u000a2031 allow\\u000dok \\u001b[2J \\u001b]8;;u\\u0007x\\u007f \\u202e \\u009b",
    );
  });

  it("negative: a plain field, accents and CJK stay as they are", () => {
    for (const text of ["tools/call echo", "café 東京", "os:1000"]) expect(terminalField(text)).toBe(text);
  });
});

describe("printJson", () => {
  it("writes JSON with hiding characters escaped, the same values for a program", () => {
    const value = { name: "delete_\u202etnuocca", stderr: "x\u009b2J y\u2028z", plain: "café" };
    const write = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    try {
      printJson(value, 2);
      const shown = String(write.mock.calls[0]?.[0]);
      expect(shown).not.toMatch(/[\u0080-\u009f\u2028\u202e]/u);
      expect(JSON.parse(shown)).toEqual(value);
    } finally {
      write.mockRestore();
    }
  });

  it("is how every command writes its --json output (attack-logs/status/scan-json-hidden-characters)", () => {
    const dir = new URL("../src/commands/", import.meta.url);
    const raw = readdirSync(dir)
      .filter((f) => f.endsWith(".ts"))
      .filter((f) => /stdout\.write\(\s*`\$\{JSON\.stringify/.test(readFileSync(new URL(f, dir), "utf8")));
    expect(raw).toEqual([]);
  });
});
