// Attack (round 38, a false positive a real user hits): the page cursors of the APIs agents page through
// most, Google's `pageToken`/`nextPageToken`/`syncToken` (Drive, Gmail, Calendar, YouTube), AWS's `NextToken`
// and S3's `ContinuationToken`, Azure's `continuationToken`, are read as credentials because their field's
// name holds the word "token" and their value is random-looking (scanner.ts namedValue: secretKeyName +
// looksLikeSecretValue, high_entropy_secret). So the guard blocks the call that asks for page two and redacts
// the cursor out of page one's answer: paging through any Google or AWS listing breaks, with no secret in
// sight. These are opaque cursors a server hands out to whoever asked, like the `nextCursor` of MCP's own
// lists (which passes), and must pass both ways. Through the real bridge and the recording server.
import { afterAll, describe, expect, it } from "vitest";
import { recorded, recorderWithResults, refusal, toolSession } from "../src/index.js";

/** What the APIs return as the cursor of the next page, each under its API's own field name. */
const CURSORS: Record<string, string> = {
  pageToken: "CiAKGjBpNDd2Nmp2Zml2cXRwYjBpOXA3cTJkdGsSAhgB", // Google Drive files.list
  syncToken: "CPDAlvWDx70CEPDAlvWDx70CGAU=", // Google Calendar events.list
  NextToken:
    "AAMA-EFRSURBSGhOb3dzcjJ6WVdUckJ4YkhWN2lKRmVpRWdJMUxvd3dBQUFBSDR3ZkFZSktvWklodmNOQVFjR29HOHdiUUlC", // AWS
  ContinuationToken: "1w41l63U0xa8q7smH50vCxyTQqdxo69O3EmK28Bi5PcROI4wI/EyIJg==", // S3 ListObjectsV2
  continuationToken: "+RID:~1H0MAK1Jr8QKAAAAAAAAAA==#RT:1#TRC:10#ISV:2#IEO:65567#QCF:8", // Azure Cosmos DB
};

const PAGE_ONE = {
  files: [{ id: "1a2b", name: "Q3 plan.docx" }],
  nextPageToken: CURSORS.pageToken,
};
const { home, log } = recorderWithResults({
  list_files: {
    content: [{ type: "text", text: JSON.stringify(PAGE_ONE) }],
    structuredContent: PAGE_ONE,
  },
});
afterAll(async () => {
  await home.cleanup();
});

describe("a listing's page cursor", () => {
  it("passes to the server as the argument that asks for the next page", async () => {
    const outcomes: Record<string, unknown> = {};
    await toolSession(home, async (call) => {
      for (const [field, cursor] of Object.entries(CURSORS))
        outcomes[field] = refusal(await call("echo", { query: "trashed = false", [field]: cursor }));
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
      answer = await call("list_files", {});
    });
    const result = answer.result as { content: Array<{ text: string }>; structuredContent: unknown };
    expect(result.structuredContent).toEqual(PAGE_ONE);
    expect(JSON.parse(result.content[0]?.text ?? "{}")).toEqual(PAGE_ONE);
  });
});
