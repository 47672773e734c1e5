// The verdict on a listed definition is decided from facts and the policy: compared with the pin before
// the poison score, so any change waits for a person whatever its score.
import { describe, expect, it } from "vitest";
import { templateMatches } from "../../src/integrity/uses.js";
import { definitionChangeId, pinsCommand, shellWord } from "../../src/integrity/approve-command.js";
import { HIDDEN_IN_A_KEY } from "../../src/integrity/hidden.js";
import { judge } from "../../src/integrity/verdict.js";
import { withheldNotice } from "../../src/integrity/withheld-messages.js";
import { DEFAULT_INTEGRITY, type IntegrityRules } from "../../src/policy/policy.js";

const fact = (over: {
  pinnedHash?: string;
  poisonScore?: number;
  hidden?: string[];
  pinnedOnFirstUse?: boolean;
}) => ({
  kind: "tool" as const,
  name: "echo",
  hash: "now",
  signals: ["instruction override"],
  poisonScore: 0,
  hidden: null,
  pinnedHash: undefined,
  ...over,
});
const rules = (over: Partial<IntegrityRules> = {}) => ({ ...DEFAULT_INTEGRITY, ...over });

describe("judge", () => {
  it.each([
    ["matches its pin", fact({ pinnedHash: "now" }), rules(), "ok"],
    [
      "matches its pin though it scores as poisoned (a person approved it)",
      fact({ pinnedHash: "now", poisonScore: 9 }),
      rules(),
      "ok",
    ],
    ["changed", fact({ pinnedHash: "then" }), rules(), "tool_changed"],
    ["changed to poison", fact({ pinnedHash: "then", poisonScore: 9 }), rules(), "tool_changed"],
    ["changed, pins only warned", fact({ pinnedHash: "then" }), rules({ pin: "warn" }), "ok"],
    [
      "changed to poison, pins only warned",
      fact({ pinnedHash: "then", poisonScore: 9 }),
      rules({ pin: "warn" }),
      "tool_changed",
    ],
    ["new", fact({}), rules(), "tool_not_approved"],
    ["new and poisoned", fact({ poisonScore: 9 }), rules(), "tool_poisoned"],
    [
      "poisoned, server blocked by policy",
      fact({ poisonScore: 9 }),
      rules({ poisoned: "block_server" }),
      "server_poisoned",
    ],
    [
      "poisoned, policy warns, pins off",
      fact({ poisonScore: 9 }),
      rules({ poisoned: "warn", pin: "off" }),
      "ok",
    ],
    ["below the threshold, pins off", fact({ poisonScore: 3 }), rules({ pin: "off" }), "ok"],
    [
      "hidden characters blocked",
      fact({ pinnedHash: "now", hidden: ["zero-width character"] }),
      rules({ hidden_characters: "block" }),
      "hidden_characters",
    ],
    [
      "hidden characters stripped",
      fact({ pinnedHash: "now", hidden: ["tag characters"] }),
      rules({ hidden_characters: "strip" }),
      "ok",
    ],
    [
      "hidden characters in a key, which stripping keeps",
      fact({ pinnedHash: "now", hidden: ["tag characters", HIDDEN_IN_A_KEY] }),
      rules({ hidden_characters: "strip" }),
      "hidden_characters",
    ],
    [
      "hidden characters in a key, only flagged",
      fact({ pinnedHash: "now", hidden: ["tag characters", HIDDEN_IN_A_KEY] }),
      rules({ hidden_characters: "flag" }),
      "ok",
    ],
  ])("%s", (_what, d, r, expected) => {
    const j = judge(d, r);
    expect(j.ok ? "ok" : j.reason).toBe(expected);
  });

  it("attaches the poison signals to a changed definition", () => {
    expect(judge(fact({ pinnedHash: "then", poisonScore: 9 }), rules())).toEqual({
      ok: false,
      reason: "tool_changed",
      signals: ["instruction override"],
    });
  });

  it("tells the client what was withheld and the command that approves it", () => {
    const d = { kind: "prompt", name: "farewell", hash: "h1" } as const;
    const notice = withheldNotice("my server", d, { ok: false, reason: "tool_not_approved" });
    expect(notice).toContain('withheld prompt "farewell" of server "my server"');
    // The approval names the definition withheld (its id binds server, kind, name and digest).
    const id = definitionChangeId({ server: "my server", ...d });
    expect(notice).toContain(`mcp-guard pins approve 'my server' farewell --id ${id}`);
  });
});

describe("pins commands", () => {
  it("puts a name that looks like an option after --, so the printed command approves only it", () => {
    expect(pinsCommand("approve", "srv", "tool", "--all")).toBe("mcp-guard pins approve srv -- --all");
    expect(pinsCommand("approve", "srv", "prompt", "a b", true)).toBe(
      "mcp-guard pins approve --kind prompt srv 'a b'",
    );
    expect(pinsCommand("approve", "srv", "instructions", "")).toBe(
      "mcp-guard pins approve --kind instructions srv",
    );
    expect(pinsCommand("diff", "srv", "instructions", "")).toBe("mcp-guard pins diff srv");
    // The id of the reviewed definition goes last, or among the options when "--" must end them.
    expect(pinsCommand("approve", "srv", "tool", "echo", false, "d1")).toBe(
      "mcp-guard pins approve srv echo --id d1",
    );
    expect(pinsCommand("approve", "srv", "tool", "--all", false, "d1")).toBe(
      "mcp-guard pins approve --id d1 srv -- --all",
    );
    expect(pinsCommand("approve", "srv", "instructions", "", false, "d1")).toBe(
      "mcp-guard pins approve --kind instructions srv --id d1",
    );
  });

  it("writes invisible and control characters of a name as escapes the shell reads back", () => {
    expect(shellWord("read\u200bfile")).toBe("$'read\\u200bfile'");
    expect(shellWord("x\u001b[31m'y")).toBe("$'x\\u001b[31m\\'y'");
    expect(shellWord("tag\u{e0041}")).toBe("$'tag\\U000e0041'");
    expect(shellWord("it's")).toBe("'it'\\''s'");
  });
});

// Round 15: a pin made on first use trusted what was seen first; read with what is known since (another
// server's tools listed later), a definition it holds may score as poisoned. That is withheld; a person's
// approval of the same definition stands, and a clean one pinned on first use stays approved.
describe("judge, pins made on first use", () => {
  it("withholds a definition pinned on first use that scores as poisoned now", () => {
    expect(judge(fact({ pinnedHash: "now", poisonScore: 9, pinnedOnFirstUse: true }), rules())).toEqual({
      ok: false,
      reason: "tool_poisoned",
      signals: ["instruction override"],
    });
    expect(
      judge(
        fact({ pinnedHash: "now", poisonScore: 9, pinnedOnFirstUse: true }),
        rules({ poisoned: "block_server" }),
      ),
    ).toMatchObject({ ok: false, reason: "server_poisoned" });
  });

  it("negative: clean and pinned on first use, or poisoned and approved by a person, or poisoned: warn", () => {
    expect(judge(fact({ pinnedHash: "now", poisonScore: 1, pinnedOnFirstUse: true }), rules())).toEqual({
      ok: true,
    });
    expect(judge(fact({ pinnedHash: "now", poisonScore: 9, pinnedOnFirstUse: false }), rules())).toEqual({
      ok: true,
    });
    expect(
      judge(fact({ pinnedHash: "now", poisonScore: 9, pinnedOnFirstUse: true }), rules({ poisoned: "warn" })),
    ).toEqual({ ok: true });
  });
});

describe("resource templates", () => {
  it.each([
    ["file:///{path}", "file:///etc/passwd", true],
    ["test://static/resource/{id}", "test://static/resource/7", true],
    ["test://static/resource/{id}", "test://static/other/7", false],
    ["db://{table}/rows{?limit}", "db://users/rows?limit=5", true],
    ["a.b/{x}", "aXb/1", false],
    ["{a}{b}{c}{d}{e}{f}{g}{h}{i}{j}x", "y".repeat(100_000), false],
    ["{scheme}://{host}/{+path}", "https://example.com/a/b", true],
  ])("%s covers %s: %s", (template, uri, expected) => {
    expect(templateMatches(template, uri)).toBe(expected);
  });
});
