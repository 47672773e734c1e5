// What the daemon lists on a session's behalf before a call is judged, and when it lists again.
import { classify, type JsonObject, type Message, type RequestMessage } from "@mcp-guard/core";
import { describe, expect, it } from "vitest";
import { SessionListings } from "../src/listings.js";

const request = (method: string, params: JsonObject = {}) =>
  classify({ jsonrpc: "2.0", id: 1, method, params }) as RequestMessage;
const answer = (result: JsonObject | undefined, error?: JsonObject) =>
  classify({ jsonrpc: "2.0", id: 1, ...(error ? { error } : { result }) }) as Message;

/** A server whose tools/list has three pages; every request the guard sends is recorded. */
function paged() {
  const sent: { method: string; params: JsonObject }[] = [];
  const listings = new SessionListings(async (method, params) => {
    sent.push({ method, params });
    if (method !== "tools/list") return answer(undefined, { code: -32601, message: "no" });
    const at = Number(params.cursor ?? 0);
    return answer({ tools: [], ...(at < 2 ? { nextCursor: String(at + 1) } : {}) });
  });
  return { sent, listings };
}

describe("session listings", () => {
  it("lists every page before the first call, and not again", async () => {
    const { sent, listings } = paged();
    const call = request("tools/call", { name: "x" });
    await listings.fetch(listings.missing(call));
    expect(sent.map((s) => s.params.cursor)).toEqual([undefined, "1", "2"]);
    expect(listings.missing(call)).toEqual([]);
  });

  it("takes an error answer as an empty listing, and a server's list_changed as a reason to list again", async () => {
    const { listings } = paged();
    const read = request("resources/read", { uri: "a://b" });
    expect(listings.missing(read)).toEqual(["resources/list", "resources/templates/list"]);
    await listings.fetch(listings.missing(read));
    expect(listings.missing(read)).toEqual([]);
    listings.notified("notifications/resources/list_changed");
    expect(listings.missing(read)).toEqual(["resources/list", "resources/templates/list"]);
  });

  it("counts a client's own listing only when it is complete in one page", () => {
    const { listings } = paged();
    const call = request("prompts/get", { name: "p" });
    listings.forwarded(request("prompts/list"), answer({ prompts: [], nextCursor: "1" }));
    expect(listings.missing(call)).toEqual(["prompts/list"]);
    listings.forwarded(request("prompts/list"), answer({ prompts: [] }));
    expect(listings.missing(call)).toEqual([]);
  });

  it("stops at a cursor it has seen (a server that loops)", async () => {
    let calls = 0;
    const listings = new SessionListings(async () => {
      calls++;
      return answer({ tools: [], nextCursor: "again" });
    });
    await listings.fetch(["tools/list"]);
    expect(calls).toBe(2);
  });

  it("leaves the list missing when its answer was unusable", async () => {
    const listings = new SessionListings(async () => undefined);
    expect(await listings.fetch(["tools/list"])).toBeUndefined();
    expect(listings.missing(request("tools/call", { name: "x" }))).toEqual(["tools/list"]);
  });

  it("says so when the server did not answer, and lists nothing further", async () => {
    const sent: string[] = [];
    const noAnswer = {
      kind: "no_answer",
      reason: "listing_unanswered",
      data: { detail: "no answer" },
    } as const;
    const listings = new SessionListings(async (method) => {
      sent.push(method);
      return noAnswer;
    });
    expect(await listings.fetch(["resources/list", "resources/templates/list"])).toBe(noAnswer);
    expect(sent).toEqual(["resources/list"]);
    expect(listings.missing(request("resources/read", { uri: "a://b" }))).toHaveLength(2);
  });
});
