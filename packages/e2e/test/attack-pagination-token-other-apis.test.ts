// Attack (round 39, atk39a, a false positive a real user hits): round 38 let the page cursors of Google, AWS
// (NextToken, ContinuationToken) and Azure Cosmos DB pass, but other APIs agents page through name theirs
// otherwise, and each is still read as a credential (its name holds "token", its value looks random): AWS's
// Resource Groups Tagging API and Cognito's ListUsers (`PaginationToken`), the X (Twitter) API v2
// (`pagination_token`), Azure Resource Graph (`skipToken`). The call asking for page two is refused
// (sensitive_data) and the cursor is redacted out of page one's answer, so no listing of those APIs can be
// paged. They are opaque cursors the server handed out, as MCP's own nextCursor is, and must pass both ways.
// Through the real bridge and the recording server.
import { afterAll, describe, expect, it } from "vitest";
import { recorded, recorderWithResults, refusal, toolSession } from "../src/index.js";

/** Each API's cursor of the next page, under its API's own field name. */
const CURSORS: Record<string, string> = {
  // AWS Resource Groups Tagging API GetResources, Cognito ListUsers
  PaginationToken:
    "eyJFbmNyeXB0ZWRUb2tlbiI6IkFZQUJlTXhGMlhKVk9ySG9KSmtQSEV6K0NqOEFIUUFCQUJWaGQzTXRZM0o1Y0hSdkxYQjFZbXhwWTE5clpYa0FSRUV5YkZaT1JuQlhaR2Q0WVd4cmJHVklWWFJrVlVaU1RrVm9VMVJ0ZUdGbFZYTTlJbjA9In0=",
  // X (Twitter) API v2, users/:id/tweets
  pagination_token: "7140dibdnow9c7btw3w29grvxfcgvpb9n9coehpk7xz5i",
  // Azure Resource Graph, resources query options
  skipToken:
    "ew0KICAiJGlkIjogIjEiLA0KICAiTWF4Um93cyI6IDEwMDAsDQogICJSb3dzVG9Ta2lwIjogMTAwMCwNCiAgIkt1c3RvQ2x1c3RlclVybCI6ICJodHRwczovL2FyZy1uZXUtb25lLXNmLmFyZy5jb3JlLndpbmRvd3MubmV0Ig0KfQ==",
};

const PAGE_ONE = {
  ResourceTagMappingList: [
    { ResourceARN: "arn:aws:s3:::reports-2026", Tags: [{ Key: "team", Value: "bi" }] },
  ],
  PaginationToken: CURSORS.PaginationToken,
};
const { home, log } = recorderWithResults({
  get_resources: {
    content: [{ type: "text", text: JSON.stringify(PAGE_ONE) }],
    structuredContent: PAGE_ONE,
  },
});
afterAll(async () => {
  await home.cleanup();
});

describe("a listing's page cursor under another API's name", () => {
  it("passes to the server as the argument that asks for the next page", async () => {
    const outcomes: Record<string, unknown> = {};
    await toolSession(home, async (call) => {
      for (const [field, cursor] of Object.entries(CURSORS))
        outcomes[field] = refusal(await call("echo", { ResourcesPerPage: 50, [field]: cursor }));
    });
    const seen = JSON.stringify(recorded(log));
    const reached = Object.fromEntries(
      Object.entries(CURSORS).map(([field, cursor]) => [field, seen.includes(JSON.stringify(cursor))]),
    );
    expect(outcomes).toEqual(Object.fromEntries(Object.keys(CURSORS).map((f) => [f, "forwarded"])));
    expect(reached).toEqual(Object.fromEntries(Object.keys(CURSORS).map((f) => [f, true])));
  });

  it("reaches the client whole in the page that hands it out", async () => {
    let answer: Record<string, unknown> = {};
    await toolSession(home, async (call) => {
      answer = await call("get_resources", {});
    });
    const result = answer.result as { content: Array<{ text: string }>; structuredContent: unknown };
    expect(result.structuredContent).toEqual(PAGE_ONE);
    expect(JSON.parse(result.content[0]?.text ?? "{}")).toEqual(PAGE_ONE);
  });
});
