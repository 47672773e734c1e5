import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";
import { shownView } from "../../src/detect/shown-items.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set(["ip_address"]) });
const HEAD = "ghp_R8kWq2ZpL5vN3xT7";
const TAIL = "yB1cD4fG6hJ9mK0sA2eU";
const text = (t: string) => ({ type: "text", text: t });
const embedded = (t: string) => ({
  type: "resource",
  resource: { uri: "file:///tmp/notes.txt", mimeType: "text/plain", text: t },
});
const IMAGE = { type: "image", data: "iVBORw0KGgo=", mimeType: "image/png" };
const contents = (t: string, name: string) => ({
  uri: `file:///tmp/${name}`,
  mimeType: "text/plain",
  text: t,
});
const message = (content: object) => ({ role: "user", content });

/** The texts a client shows of a scanned list, joined. */
function shownAfterRedaction(list: unknown[]): string {
  const { value } = scanner.scan(list, "result", () => true);
  const texts: string[] = [];
  JSON.stringify(value, (key, v: unknown) => {
    if (key === "text" && typeof v === "string") texts.push(v);
    return v;
  });
  return texts.join("");
}

describe("a secret cut between two items a client shows one after the other", () => {
  it.each([
    ["a text item and an embedded resource", [text(HEAD), embedded(TAIL)]],
    ["an embedded resource and a text item", [embedded(HEAD), text(TAIL)]],
    ["two text items around an image", [text(HEAD), IMAGE, text(TAIL)]],
    ["two contents of a resources/read", [contents(HEAD, "a"), contents(TAIL, "b")]],
    ["two messages of a prompt", [message(text(HEAD)), message(text(TAIL))]],
    ["a message and a message holding an embedded resource", [message(text(HEAD)), message(embedded(TAIL))]],
    ["two text items around an empty one", [text(HEAD), text(""), text(TAIL)]],
    ["two text items around a blank one", [text(HEAD), text(" \n"), text(TAIL)]],
    ["two text items around a zero-width space", [text(HEAD), text("\u200b"), text(TAIL)]],
    ["a text item and an embedded resource around an empty text", [text(HEAD), text(""), embedded(TAIL)]],
  ])("is found and redacted across %s", (_what, list) => {
    expect(scanner.scan(list, "result").findings).toContainEqual({ type: "github_token", path: "result" });
    const shown = shownAfterRedaction(list);
    expect(shown).not.toContain(HEAD);
    expect(shown).not.toContain(TAIL);
    expect(shown).toContain("[REDACTED:github_token]");
  });

  it("keeps each item's shape when redacting (the texts replaced where they stand)", () => {
    const { value } = scanner.scan([text(HEAD), IMAGE, embedded(TAIL)], "result", () => true);
    expect(value).toEqual([
      text("[REDACTED:github_token]"),
      IMAGE,
      { ...embedded("[REDACTED:github_token]") },
    ]);
  });

  it("reads an SSN cut between a text item and an embedded resource", () => {
    const findings = scanner.scan([text("SSN 536-22"), embedded("-8471")], "result").findings;
    expect(findings.map((f) => f.type)).toContain("ssn");
  });

  it.each([
    [
      "a resource link between the texts",
      [text(HEAD), { type: "resource_link", uri: "file:///x" }, text(TAIL)],
    ],
    [
      "honest texts around an image",
      [text("See the chart"), IMAGE, embedded("The chart shows sales by month.")],
    ],
    ["two unrelated ids in two contents", [contents("build 7f3a9c", "a"), contents("commit 1b2c3d", "b")]],
  ])("finds nothing in %s", (_what, list) => {
    expect(scanner.scan(list, "result").findings).toEqual([]);
  });

  it("leaves plain text items to the reading they already have (no view)", () => {
    expect(shownView([text("a"), text("b")])).toBeUndefined();
    expect(shownView([text("a"), IMAGE])).toBeUndefined();
    expect(shownView([text("a"), IMAGE, text("b")])?.from).toEqual([0, 2]);
  });
});
