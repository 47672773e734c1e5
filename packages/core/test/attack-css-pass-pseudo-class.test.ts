// False refusal (round 46, found from outside): VS Code's codicon font stylesheet (shipped minified in
// playwright-core's trace viewer, recorder and dashboard, and in every VS Code-derived web UI) has a rule
// `.codicon-pass:before,.codicon-issue-closed:before{content:"\eba4"}`; `pass:before` reads as a password
// assigned the value `before`, and the selector is replaced by `[REDACTED:secret_assignment]`. An agent that
// reads or edits such a stylesheet through a filesystem MCP server gets broken CSS, and writing it back is
// refused as a secret. A correct guard does not read a CSS pseudo-class after a class name (`-pass:before`,
// `:hover`, `:focus`) as a key and its value; a name that is no selector's, or a value that is no
// pseudo-class, is still judged.
import { describe, expect, it } from "vitest";
import { DEFAULT_ACTIONS, FALLBACK_ACTIONS } from "../src/detect/actions.js";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** Whether a type is redacted towards the client by default (email and phone only warn). */
const redacted = (type: string) => (DEFAULT_ACTIONS[type] ?? FALLBACK_ACTIONS).response === "redact";
/** A tool result with the default actions: what reaches the client. */
const shown = (text: string) => {
  const out = scanner.scan({ content: [{ type: "text", text }] }, "result", redacted);
  return (out.value as { content: { text: string }[] }).content[0]!.text;
};

describe("codicon CSS", () => {
  it("the control: a password in a CSS comment's config line is redacted", () => {
    expect(shown("/* password: Kx7pQm2vRt9w */")).not.toContain("Kx7pQm2vRt9w");
  });

  it("the .codicon-pass:before rule passes", () => {
    const css =
      '.codicon-server-environment:before{content:"\\eba3"}.codicon-pass:before,.codicon-issue-closed:before{content:"\\eba4"}.codicon-stop-circle:before{content:"\\eba5"}';
    expect(shown(css)).toBe(css);
  });

  it.each([
    ["password:before9Kx7pQm2vRt", "before9Kx7pQm2vRt"],
    [".env-pass:Kx7pQm2vRt9w", "Kx7pQm2vRt9w"],
    ["db.password: hoverKx7pQm2v9", "hoverKx7pQm2v9"],
  ])("the hostile twin %s is still redacted", (text, secret) => {
    expect(shown(text)).not.toContain(secret);
  });
});
