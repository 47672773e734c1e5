// Pins per kind, pending changes with their poison findings, and what each server last listed, in SQLite:
// the facts every session is judged by, kept across restarts and migrated from the per-server pins.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import {
  judge,
  DEFAULT_INTEGRITY,
  LISTED_PER_SERVER,
  PENDING_PER_SERVER,
  pinOf,
  plainDigest,
} from "@mcp-guard/core";
import { MIGRATIONS } from "../src/migrations.js";
import { openDatabase, PinRepository } from "../src/index.js";

const file = () => join(mkdtempSync(join(tmpdir(), "mcpg-pins-")), "mcp-guard.db");
const listed = (name: string, hash: string, poisonScore = 0) => ({
  kind: "tool" as const,
  name,
  hash,
  poisonScore,
  signals: poisonScore ? ["concealment from the user"] : [],
  hidden: null,
});

describe("pin repository", () => {
  it("names the tools every other server last listed, each with a server listing it", () => {
    const pins = new PinRepository(openDatabase(file()));
    pins.recordListed("mail", listed("send_message", "h1"));
    pins.recordListed("mail", listed("list_messages", "h2"));
    pins.recordListed("files", listed("read_file", "h3"));
    pins.recordListed("calc", listed("add", "h4"));
    pins.recordListed("mail", { ...listed("draft", "h5"), kind: "prompt" });
    expect([...pins.listedElsewhere("calc", "tool")].sort()).toEqual([
      ["list_messages", "mail"],
      ["read_file", "files"],
      ["send_message", "mail"],
    ]);
    expect(pins.listedElsewhere("calc", "prompt")).toEqual(new Map([["draft", "mail"]]));
  });

  it("keeps the latest listing per exact name with its pin, and an approval makes it clean", async () => {
    const path = file();
    const pins = new PinRepository(openDatabase(path));
    const v1 = pinOf({ name: "echo", description: "one" }, plainDigest);
    const v2 = pinOf({ name: "echo", description: "two" }, plainDigest);
    expect(pins.kindPinned("s", "tool")).toBe(false);
    pins.markKindPinned("s", "tool");
    expect(pins.kindPinned("s", "tool")).toBe(true);
    expect(pins.kindPinned("s", "prompt")).toBe(false);
    pins.pin("s", "tool", "echo", v1);
    pins.recordListed("s", listed("echo", v2.hash, 9));
    pins.recordChange("s", "tool", "echo", v2, ["concealment from the user"]);
    expect(pins.listed("s", "tool", "Echo")).toBeUndefined();
    pins.recordListed("s", listed("echo\ufffd", "h"));
    expect(pins.listed("s", "tool", "echo\ud800")).toBeUndefined();
    expect(pins.listed("s", "tool", "echo\ufffd")).toMatchObject({ hash: "h" });
    const state = pins.listed("s", "tool", "echo")!;
    expect(state).toMatchObject({ hash: v2.hash, pinnedHash: v1.hash, poisonScore: 9 });
    expect(judge(state, DEFAULT_INTEGRITY)).toEqual({
      ok: false,
      reason: "tool_changed",
      signals: ["concealment from the user"],
    });
    expect(pins.changes("s")[0]).toMatchObject({ name: "echo", findings: ["concealment from the user"] });

    // Another process (the CLI) approves; a new repository on the same file sees the same facts. The
    // daemon asks whether another connection committed at most every 50 ms: from then on. (Whether it still
    // reads the old state inside those 50 ms depends on how long the approval took on a loaded machine, so
    // that is not asserted.)
    expect(new PinRepository(openDatabase(path)).approve("s", "tool", "echo", v2.hash)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(judge(pins.listed("s", "tool", "echo")!, DEFAULT_INTEGRITY)).toEqual({ ok: true });
    expect(pins.changes("s")).toEqual([]);

    expect(pins.reset("s")).toBe(1);
    expect(pins.listedAll("s")).toEqual([]);
    expect(pins.kindPinned("s", "tool")).toBe(false);
  });

  it("migrates pins taken per server into pins per kind, only for the kinds that were pinned", () => {
    const path = file();
    const db = new Database(path);
    db.exec("CREATE TABLE schema_migrations (name TEXT PRIMARY KEY, applied_at INTEGER NOT NULL)");
    for (const m of MIGRATIONS.slice(0, 4)) {
      db.exec(m.sql);
      db.prepare("INSERT INTO schema_migrations VALUES (?, 0)").run(m.name);
    }
    db.prepare("INSERT INTO pins VALUES ('s', 'tool', 'echo', 'h', '{}', 5)").run();
    db.prepare("INSERT INTO pin_changes VALUES ('s', 'prompt', 'p', 'h2', '{}', 6)").run();
    db.close();
    const pins = new PinRepository(openDatabase(path));
    expect(pins.kindPinned("s", "tool")).toBe(true);
    expect(pins.kindPinned("s", "prompt")).toBe(false);
    expect(pins.get("s", "tool", "echo")).toEqual({ hash: "h", definition: "{}", firstUse: true });
    expect(pins.changes("s")).toMatchObject([{ kind: "prompt", name: "p", findings: [] }]);
    pins.pin("s", "resource_template", "file:///{path}", pinOf({}, plainDigest));
    expect(pins.pins("s").map((p) => p.kind)).toEqual(["resource_template", "tool"]);
  });
});

describe("how a pin was made", () => {
  // Round 15: a pin made on first use is not a person's approval (judge() withholds such a definition when
  // it scores as poisoned now); approving a pending change makes a person's pin.
  it("records pins made on first use apart from a person's approvals", () => {
    const pins = new PinRepository(openDatabase(join(mkdtempSync(join(tmpdir(), "mcpg-pinby-")), "db")));
    pins.pin("s", "tool", "a", { hash: "h1", definition: "{}" });
    pins.recordListed("s", {
      kind: "tool",
      name: "a",
      hash: "h1",
      poisonScore: 9,
      signals: [],
      hidden: null,
    });
    expect(pins.get("s", "tool", "a")).toEqual({ hash: "h1", definition: "{}", firstUse: true });
    expect(pins.listed("s", "tool", "a")).toMatchObject({ pinnedHash: "h1", pinnedOnFirstUse: true });
    pins.recordChange("s", "tool", "a", { hash: "h1", definition: "{}" }, ["x"]);
    expect(pins.approve("s", "tool", "a", "h1")).toBe(true);
    expect(pins.get("s", "tool", "a")).toEqual({ hash: "h1", definition: "{}" });
    expect(pins.listed("s", "tool", "a")?.pinnedOnFirstUse).toBeUndefined();
  });

  // Round 30: an approval is for the definition the person reviewed; one listed under the name since is not.
  it("approves only the pending definition with the digest the person reviewed", () => {
    const pins = new PinRepository(openDatabase(join(mkdtempSync(join(tmpdir(), "mcpg-pinby-")), "db")));
    pins.recordChange("s", "tool", "deploy", { hash: "reviewed", definition: '{"v":1}' }, []);
    pins.recordChange("s", "tool", "deploy", { hash: "swapped", definition: '{"v":2}' }, []);
    expect(pins.approve("s", "tool", "deploy", "reviewed")).toBe(false);
    expect(pins.get("s", "tool", "deploy")).toBeUndefined();
    expect(pins.changes("s")).toMatchObject([{ name: "deploy", hash: "swapped" }]);
    expect(pins.approve("s", "tool", "deploy", "swapped")).toBe(true);
    expect(pins.get("s", "tool", "deploy")).toEqual({ hash: "swapped", definition: '{"v":2}' });
  });
});

// Round 30: a server inventing tool names at every listing filled the person's queue without end.
describe("the changes waiting for a person", () => {
  const fresh = () => new PinRepository(openDatabase(join(mkdtempSync(join(tmpdir(), "mcpg-queue-")), "db")));
  const change = (n: number) => ({ hash: `h${n}`, definition: `{"n":${n}}` });

  it("holds at most PENDING_PER_SERVER per server, and those waiting keep their place", () => {
    const pins = fresh();
    for (let n = 0; n < PENDING_PER_SERVER; n++)
      expect(pins.recordChange("s", "tool", `t${n}`, change(n), [])).toBe(true);
    expect(pins.recordChange("s", "tool", "invented", change(-1), [])).toBe(false);
    expect(pins.changes("s")).toHaveLength(PENDING_PER_SERVER);
    // One already waiting is updated, and another server has a queue of its own.
    expect(pins.recordChange("s", "tool", "t0", change(-2), [])).toBe(true);
    expect(pins.changes("s").find((c) => c.name === "t0")?.hash).toBe("h-2");
    expect(pins.recordChange("other", "tool", "t0", change(0), [])).toBe(true);
  });

  it("drops the changes of names the server no longer lists, of that kind only", () => {
    const pins = fresh();
    pins.recordChange("s", "tool", "kept", change(1), []);
    pins.recordChange("s", "tool", "gone", change(2), []);
    pins.recordChange("s", "prompt", "gone", change(4), []);
    expect(pins.dropUnlisted("s", "tool", new Set(["kept"]))).toBe(1);
    expect(pins.changes("s").map((c) => `${c.kind} ${c.name}`)).toEqual(["prompt gone", "tool kept"]);
    expect(pins.dropUnlisted("s", "tool", new Set(["kept"]))).toBe(0);
  });
});

// Round 31: every name a server ever listed kept a listed_definitions row (attack-listed-definitions-flood).
describe("what is kept of a server's listings", () => {
  const fresh = () =>
    new PinRepository(openDatabase(join(mkdtempSync(join(tmpdir(), "mcpg-listed-")), "db")));

  it("drops the listed definitions of names a complete listing no longer holds, of that kind only", () => {
    const pins = fresh();
    for (const name of ["kept", "gone"]) pins.recordListed("s", listed(name, "h"));
    pins.recordListed("s", { ...listed("gone", "h"), kind: "prompt" });
    pins.recordListed("other", listed("gone", "h"));
    expect(pins.listed("s", "tool", "gone")).toBeDefined(); // cached, and the drop must still be seen
    pins.dropUnlisted("s", "tool", new Set(["kept"]));
    expect(pins.listedAll("s").map((d) => `${d.kind} ${d.name}`)).toEqual(["prompt gone", "tool kept"]);
    expect(pins.listed("s", "tool", "gone")).toBeUndefined();
    expect(pins.listedAll("other")).toHaveLength(1);
  });

  it("keeps at most LISTED_PER_SERVER per server; those kept are still updated", () => {
    const pins = fresh();
    for (let n = 0; n < LISTED_PER_SERVER; n++)
      expect(pins.recordListed("s", listed(`t${n}`, "h"))).toBe(true);
    expect(pins.recordListed("s", listed("invented", "h"))).toBe(false);
    expect(pins.listed("s", "tool", "invented")).toBeUndefined();
    expect(pins.recordListed("s", listed("t0", "h2"))).toBe(true);
    expect(pins.listed("s", "tool", "t0")?.hash).toBe("h2");
    expect(pins.recordListed("other", listed("invented", "h"))).toBe(true);
  });
});

// Round 31: a name is the key of the pin tables, and was kept bare (attack-names-at-rest).
describe("names at rest", () => {
  const nameAtRest = (name: string) =>
    name.includes("secret") ? `[REDACTED] [digest ${name.length}]` : name;
  const fresh = () =>
    new PinRepository(
      openDatabase(join(mkdtempSync(join(tmpdir(), "mcpg-names-")), "db")),
      undefined,
      nameAtRest,
    );
  const NAME = "report_secret";
  const KEPT = "[REDACTED] [digest 13]";

  it("are kept as the daemon's nameAtRest makes them, and found by the name as listed", () => {
    const pins = fresh();
    const v1 = pinOf({ name: NAME, v: 1 }, plainDigest);
    pins.pin("s", "tool", NAME, v1);
    pins.recordChange("s", "tool", NAME, pinOf({ name: NAME, v: 2 }, plainDigest), []);
    expect(pins.recordListed("s", listed(NAME, "h"))).toBe(true);
    expect(pins.pins("s").map((p) => p.name)).toEqual([KEPT]);
    expect(pins.changes("s").map((c) => c.name)).toEqual([KEPT]);
    expect(pins.get("s", "tool", NAME)?.hash).toBe(v1.hash);
    // Uses find it under the name the server listed, and the change's id is that of the kept name.
    expect(pins.listed("s", "tool", NAME)).toMatchObject({ name: NAME, keptName: KEPT, pinnedHash: v1.hash });
    expect(pins.listedAll("s")).toMatchObject([{ name: NAME, keptName: KEPT }]);
    expect(pins.listedElsewhere("other", "tool")).toEqual(new Map([[NAME, "s"]]));
    expect(pins.listed("s", "tool", "ordinary")).toBeUndefined();
  });

  it("are approved and dropped by the kept name too (the CLI reads only what is kept)", () => {
    const pins = fresh();
    const v2 = pinOf({ name: NAME, v: 2 }, plainDigest);
    pins.recordChange("s", "tool", NAME, v2, []);
    expect(pins.approve("s", "tool", KEPT, v2.hash)).toBe(true);
    expect(pins.get("s", "tool", NAME)?.hash).toBe(v2.hash);
    pins.recordListed("s", listed(NAME, "h"));
    pins.dropUnlisted("s", "tool", new Set([NAME]));
    expect(pins.listedAll("s")).toHaveLength(1);
    pins.dropUnlisted("s", "tool", new Set());
    expect(pins.listedAll("s")).toHaveLength(0);
  });
});

// Round 30: a token a server put in a description was kept bare in the pins and pending changes.
describe("definitions at rest", () => {
  it("are written as the daemon's atRest makes them, under the digest of the definition as listed", () => {
    const atRest = (definition: string) => definition.replace("secret", "[REDACTED]");
    const pins = new PinRepository(
      openDatabase(join(mkdtempSync(join(tmpdir(), "mcpg-rest-")), "db")),
      atRest,
    );
    const listed = pinOf({ name: "a", description: "secret" }, plainDigest);
    pins.pin("s", "tool", "a", listed);
    pins.recordChange("s", "tool", "b", listed, []);
    expect(pins.get("s", "tool", "a")).toMatchObject({
      hash: listed.hash,
      definition: '{"description":"[REDACTED]","name":"a"}',
    });
    expect(pins.changes("s")).toMatchObject([
      { hash: listed.hash, definition: '{"description":"[REDACTED]","name":"a"}' },
    ]);
  });
});

describe("pins across a rename", () => {
  const v1 = pinOf({ name: "echo", description: "one" }, plainDigest);
  const v2 = pinOf({ name: "echo", description: "two" }, plainDigest);
  const seeded = () => {
    const pins = new PinRepository(openDatabase(file()));
    expect(pins.followRenames(new Map([["old", "launch-a"]]))).toEqual([]);
    pins.markKindPinned("old", "tool");
    pins.pin("old", "tool", "echo", v1);
    pins.recordChange("old", "tool", "echo", v2, []);
    return pins;
  };

  it("a new name launched as an old one takes its pins and pending changes; the old name keeps them", () => {
    const pins = seeded();
    expect(pins.followRenames(new Map([["new", "launch-a"]]))).toEqual([{ from: "old", to: "new" }]);
    expect(pins.kindPinned("new", "tool")).toBe(true);
    expect(pins.get("new", "tool", "echo")).toEqual({ ...v1, firstUse: true });
    expect(pins.changes().map((c) => c.server)).toEqual(["new", "old"]);
    expect(pins.get("old", "tool", "echo")).toEqual({ ...v1, firstUse: true });
    // Once recorded, a later rename follows the newest name.
    expect(pins.followRenames(new Map([["newer", "launch-a"]]))).toEqual([{ from: "new", to: "newer" }]);
  });

  it("names the servers recorded as launched or run alike, newest first, and no other", () => {
    const pins = new PinRepository(openDatabase(file()));
    pins.followRenames(
      new Map([
        ["old", "launch-a"],
        ["other", "launch-b"],
      ]),
      new Map([
        ["old", "prog-a"],
        ["other", "prog-b"],
      ]),
    );
    pins.followRenames(new Map([["new", "launch-c"]]), new Map([["new", "prog-a"]]));
    expect(pins.namesLaunchedAs("launch-a", "prog-x", 10)).toEqual(["old"]);
    expect(pins.namesLaunchedAs("launch-x", "prog-a", 10)).toEqual(["new", "old"]);
    expect(pins.namesLaunchedAs("launch-x", "prog-a", 1)).toEqual(["new"]);
    // Hard negative: a launch and program nobody recorded.
    expect(pins.namesLaunchedAs("launch-x", "prog-x", 10)).toEqual([]);
  });

  it("a name renamed in the edit that changed its environment takes the pins when its program is the same", () => {
    const pins = new PinRepository(openDatabase(file()));
    pins.followRenames(
      new Map([
        ["old", "launch-a"],
        ["keep", "launch-k"],
      ]),
      new Map([
        ["old", "prog-a"],
        ["keep", "prog-k"],
      ]),
    );
    pins.markKindPinned("old", "tool");
    pins.pin("old", "tool", "echo", v1);
    expect(
      pins.followRenames(
        new Map([
          ["new", "launch-a2"],
          ["keep", "launch-k"],
        ]),
        new Map([
          ["new", "prog-a"],
          ["keep", "prog-k"],
        ]),
      ),
    ).toEqual([{ from: "old", to: "new" }]);
    expect(pins.get("new", "tool", "echo")).toEqual({ ...v1, firstUse: true });
  });

  it("the same program under two new names, or another program, takes nothing", () => {
    const pins = new PinRepository(openDatabase(file()));
    pins.followRenames(new Map([["old", "launch-a"]]), new Map([["old", "prog-a"]]));
    pins.markKindPinned("old", "tool");
    const launches = new Map([
      ["one", "launch-1"],
      ["two", "launch-2"],
      ["three", "launch-3"],
    ]);
    const programs = new Map([
      ["one", "prog-a"],
      ["two", "prog-a"],
      ["three", "prog-b"],
    ]);
    expect(pins.followRenames(launches, programs)).toEqual([]);
    expect(pins.kindPinned("one", "tool")).toBe(false);
    // A name that left at an earlier edit is not taken by the program alone.
    expect(pins.followRenames(new Map([["four", "launch-4"]]), new Map([["four", "prog-a"]]))).toEqual([]);
  });

  it("a name configured beside another launched alike takes nothing: they are two servers", () => {
    const pins = seeded();
    expect(
      pins.followRenames(
        new Map([
          ["old", "launch-a"],
          ["twin", "launch-a"],
        ]),
      ),
    ).toEqual([]);
    expect(pins.kindPinned("twin", "tool")).toBe(false);
  });

  it("a reset server does not take the pins back from its old name", () => {
    const pins = seeded();
    pins.followRenames(new Map([["new", "launch-a"]]));
    pins.reset("new");
    expect(pins.followRenames(new Map([["new", "launch-a"]]))).toEqual([]);
    expect(pins.kindPinned("new", "tool")).toBe(false);
  });

  it("a reset keeps the names a server was launched under, for its counts to follow", () => {
    const pins = seeded();
    pins.followRenames(new Map([["new", "launch-a"]]), new Map([["new", "program-a"]]));
    pins.reset("new");
    expect(pins.namesLaunchedAs("launch-a", "program-a", 10)).toEqual(["new", "old"]);
    expect(pins.followRenames(new Map([["new", "launch-a"]]), new Map([["new", "program-a"]]))).toEqual([]);
    expect(pins.kindPinned("new", "tool")).toBe(false);
  });

  it("a server renamed after its reset, once pinned again, passes its new pins on", () => {
    const pins = seeded();
    pins.followRenames(new Map([["new", "launch-a"]]));
    pins.reset("new");
    pins.followRenames(new Map([["new", "launch-a"]]));
    pins.markKindPinned("new", "tool");
    pins.pin("new", "tool", "echo", v2);
    expect(pins.followRenames(new Map([["newest", "launch-a"]]))).toEqual([{ from: "new", to: "newest" }]);
    expect(pins.get("newest", "tool", "echo")).toEqual({ ...v2, firstUse: true });
  });

  it("a new name launched otherwise, and a name with pins of its own, take nothing", () => {
    const pins = seeded();
    expect(pins.followRenames(new Map([["other", "launch-b"]]))).toEqual([]);
    expect(pins.kindPinned("other", "tool")).toBe(false);
    pins.markKindPinned("mine", "tool");
    pins.pin("mine", "tool", "echo", v2);
    expect(pins.followRenames(new Map([["mine", "launch-a"]]))).toEqual([]);
    expect(pins.get("mine", "tool", "echo")).toEqual({ ...v2, firstUse: true });
  });
});
