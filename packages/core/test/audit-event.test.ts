import { describe, expect, it } from "vitest";
import { scrubUri, targetOf } from "../src/audit-event.js";

describe("audit targets", () => {
  it.each([
    ["file:///home/u/notes.txt", "file:///home/u/notes.txt"],
    ["https://user:pa55@example.com/x?token=abc#frag", "https://example.com/x"],
    ["postgres://admin:secret@db/prod", "postgres://db/prod"],
    ["demo://resource/1?sig=zzz", "demo://resource/1"],
    [`file:///${"a".repeat(400)}`, `file:///${"a".repeat(292)}…`],
  ])("scrubs %s", (uri, expected) => {
    expect(scrubUri(uri)).toBe(expected);
  });

  it("names the tool, prompt or resource of a message and nothing else", () => {
    expect(targetOf("tools/call", { name: "read_file", arguments: { path: "/secret" } })).toBe("read_file");
    expect(targetOf("prompts/get", { name: "p" })).toBe("p");
    expect(targetOf("resources/read", { uri: "https://h/x?k=v" })).toBe("https://h/x");
    expect(targetOf("resources/subscribe", { uri: "file:///a" })).toBe("file:///a");
    const complete = (ref: unknown) =>
      targetOf("completion/complete", { ref, argument: { name: "a", value: "x" } });
    expect(complete({ type: "ref/prompt", name: "payroll_export" })).toBe("payroll_export");
    expect(complete({ type: "ref/resource", uri: "https://u:p@h/{id}?k=v" })).toBe("https://h/{id}");
    expect(complete({ type: "ref/tool", name: "t" })).toBeNull();
    expect(complete(null)).toBeNull();
    expect(targetOf("tools/list", { cursor: "c" })).toBeNull();
    expect(targetOf("tools/call", { name: 42 })).toBeNull();
  });
});
