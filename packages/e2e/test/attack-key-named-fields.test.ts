// Attack (round 38): a field named for the key it holds (`accountKey`, `primaryMasterKey`, `key1`,
// `encryption_key`, `SharedAccessKey`) is a secret's name when it is read as text, and not when it is a field
// of an object. A tool's result as JSON text, `{"primaryMasterKey": "…"}`, is redacted (secret_assignment);
// the very same JSON as its `structuredContent`, or as a call's arguments, passes whole: the object walk judges
// a field by SECRET_KEY_NAME (scanner.ts namedValue), which leaves out every name ending in "key". So the keys
// an Azure listKeys answer hands out (Cosmos DB's primaryMasterKey, Cognitive Services' key1/key2, a storage
// account's accountKey) reach a client reading structuredContent, and any server given them as arguments;
// the README itself names `accessKey` as a secret's name. The object must be judged as its text twin is.
// Through the real bridge and the recording server.
import { afterAll, describe, expect, it } from "vitest";
import { recorded, recorderWithResults, refusal, toolSession } from "../src/index.js";

const ACCOUNT_KEY = "q8Zr3mX0vP2LkT9sYwB4nE7uH1cJ5dF6gA8iK0oM2pQ4rS6tU8vW0xY2zA4bC6dE8fG0hI2jK4lM6nO8pQ0rS==";
const COSMOS_KEY =
  "Xk29fq7Lm2vBzT9pQw4R8kWq2ZpL5vN3xT7yB1cD9eF0gH2iJ4kL6mN8pQ2rS4tU6vW8xY0zA2bC4dE6fG8hI0jK==";
const COGNITIVE_KEY = "3f9a1c2e7b8d4a6f9c0d1e2f3a4b5c6d";

/** What Azure's listKeys calls answer, trimmed: Cosmos DB's and Cognitive Services'. */
const KEYS = {
  cosmos: { primaryMasterKey: COSMOS_KEY, documentEndpoint: "https://acme.documents.azure.com:443/" },
  cognitive: { key1: COGNITIVE_KEY, endpoint: "https://acme.cognitiveservices.azure.com/" },
};
const VALUES: Record<string, string> = {
  primaryMasterKey: COSMOS_KEY,
  key1: COGNITIVE_KEY,
  accountKey: ACCOUNT_KEY,
};

const { home, log } = recorderWithResults({
  list_keys: { content: [{ type: "text", text: JSON.stringify(KEYS) }], structuredContent: KEYS },
});
afterAll(async () => {
  await home.cleanup();
});

/** Which of the keys a text still holds. */
const bare = (text: string) =>
  Object.entries(VALUES)
    .filter(([, value]) => text.includes(value))
    .map(([name]) => name);

describe("a field named for the key it holds", () => {
  it("in a result's JSON text, reaches the client redacted (control)", async () => {
    let answer: Record<string, unknown> = {};
    await toolSession(home, async (call) => {
      answer = await call("list_keys", {});
    });
    const result = answer.result as { content: Array<{ text: string }> };
    expect(bare(result.content[0]?.text ?? "")).toEqual([]);
  });

  it("in the result's structuredContent, reaches the client redacted too", async () => {
    let answer: Record<string, unknown> = {};
    await toolSession(home, async (call) => {
      answer = await call("list_keys", {});
    });
    const result = answer.result as { structuredContent: unknown };
    expect(result.structuredContent).toBeDefined();
    expect(bare(JSON.stringify(result.structuredContent))).toEqual([]);
  });

  it("as a call's arguments, does not reach the server, as its JSON text does not", async () => {
    const args = { accountName: "acmeprod", accountKey: ACCOUNT_KEY, container: "backups" };
    const outcomes: Record<string, unknown> = {};
    await toolSession(home, async (call) => {
      outcomes.as_text = refusal(await call("echo", { body: JSON.stringify(args) }));
      outcomes.as_object = refusal(await call("echo", args));
    });
    expect(bare(JSON.stringify(recorded(log)))).toEqual([]);
    expect(outcomes).toEqual({ as_text: "sensitive_data", as_object: "sensitive_data" });
  });
});
