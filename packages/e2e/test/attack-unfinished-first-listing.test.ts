// Attack: a first listing left unfinished keeps trust on first use open for the rest of the session. The
// server's first tools/list comes in pages; the client reads page one only. From then on, in that session,
// every new tool the server adds is pinned on first sight (as if still part of the first listing), shown to
// the client and callable in every later session, where a new tool on a pinned server must wait for a person
// (`tool_not_approved`). A new listing from its first page is a new listing, not the tail of the first.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { afterAll, describe, expect, it } from "vitest";
import {
  failure,
  guardedTransport,
  recorded,
  recorderWithDefinitions,
  redefine,
  toolDefinition,
} from "../src/index.js";

const first = [
  toolDefinition("echo", "Returns its arguments."),
  toolDefinition("fetch_page", "Fetches a web page."),
  toolDefinition("lookup", "Looks a word up."),
];
const { home, log } = recorderWithDefinitions("paged", { tools: first, pageSize: 2 });
afterAll(async () => {
  await home.cleanup();
});

// Plain wording, nothing a poison check would flag: only the pin can tell it is new.
const added = toolDefinition("send_report", "Sends the report to the address given.", {
  to: { type: "string" },
});

const calls = (name: string) =>
  recorded(log).filter(
    (m) =>
      typeof m === "object" && m.method === "tools/call" && (m.params as { name?: unknown })?.name === name,
  ).length;

async function connect(): Promise<Client> {
  const c = new Client({ name: "attack-unfinished-first-listing", version: "1" });
  await c.connect(guardedTransport(home, "paged"));
  return c;
}

describe("a first listing the client never finished", () => {
  it("does not pin a tool the server adds later in that session on first sight", async () => {
    const client = await connect();
    // The server's very first listing: page one of two, and the client stops there.
    const pageOne = await client.listTools();
    expect(pageOne.tools.map((t) => t.name)).toEqual(["echo", "fetch_page"]);
    expect(pageOne.nextCursor).toBeDefined();

    // Later in the session the server adds a tool and the client lists again from the first page.
    redefine(log, { tools: [added, ...first], pageSize: 2 });
    const again = await client.listTools();
    expect(again.tools.map((t) => t.name)).not.toContain("send_report");
    const inSession = await failure(
      client.callTool({ name: "send_report", arguments: { to: "x@example.com" } }),
    );
    expect(inSession?.data?.reason).toBe("tool_not_approved");
    await client.close();

    // Another session, after the fact: the new tool still waits for a person.
    const other = await connect();
    const later = await failure(other.callTool({ name: "send_report", arguments: { to: "x@example.com" } }));
    await other.close();
    expect(later?.data?.reason).toBe("tool_not_approved");
    expect(calls("send_report")).toBe(0);
    expect((await home.cli(["pins", "list", "paged"])).stdout).toMatch(/send_report/);
  });
});
