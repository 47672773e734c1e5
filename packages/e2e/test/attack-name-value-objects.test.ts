// Attack (round 36, found from outside): a secret named by a sibling field rather than by its own key, the
// `{ "name": "DB_PASSWORD", "value": "…" }` pair of Kubernetes env lists, HAR and fetch headers, AWS
// parameters and most settings APIs, is found in JSON text (the text rule reads `"name":"DB_PASSWORD",
// "value":"…"` as an assignment) and in XML (`<entry name="pw">`, README), but not in the same pair as a JSON
// object: the object walk reads each key by its own name, and "value" names nothing. Through the real bridge
// and the recording server: calls whose arguments carry such pairs reach the server (their JSON text in one
// string is refused), and a tool's structuredContent listing a request's headers reaches the client whole
// while its text twin beside it arrives redacted.
import { afterAll, describe, expect, it } from "vitest";
import { recorded, recorderWithResults, refusal, toolSession } from "../src/index.js";

const PAIRS: Record<string, { args: object; secret: string }> = {
  kubernetes_env: {
    args: { containers: [{ name: "app", env: [{ name: "DB_PASSWORD", value: "Tr0ub4dor&3x" }] }] },
    secret: "Tr0ub4dor&3x",
  },
  settings_key_value: {
    args: { parameters: [{ key: "password", value: "Km2@wQp8Ls" }] },
    secret: "Km2@wQp8Ls",
  },
  request_headers: {
    args: { headers: [{ name: "X-Api-Key", value: "f3a9c1d27b8e4a6f9c0d1e2f3a4b5c6d" }] },
    secret: "f3a9c1d27b8e4a6f9c0d1e2f3a4b5c6d",
  },
};

const HEADERS = {
  request: {
    url: "https://api.example.com/v1/orders",
    headers: [
      { name: "Accept", value: "application/json" },
      { name: "X-Api-Key", value: "9b2e7f4c1a8d3e6b0c5f2a7d4e1b8c3f" },
    ],
  },
};
const { home, log } = recorderWithResults({
  network_request: {
    content: [{ type: "text", text: JSON.stringify(HEADERS) }],
    structuredContent: HEADERS,
  },
});
afterAll(async () => {
  await home.cleanup();
});

describe("a secret named by its sibling field", () => {
  it("the pairs as JSON text are refused (control)", async () => {
    const outcomes: unknown[] = [];
    await toolSession(home, async (call) => {
      for (const { args } of Object.values(PAIRS))
        outcomes.push(refusal(await call("echo", { body: JSON.stringify(args) })));
    });
    expect(outcomes).toEqual(Object.keys(PAIRS).map(() => "sensitive_data"));
  });

  it("as objects in a call's arguments, do not reach the server", async () => {
    const outcomes: unknown[] = [];
    await toolSession(home, async (call) => {
      for (const { args } of Object.values(PAIRS)) outcomes.push(refusal(await call("echo", args)));
    });
    const seen = JSON.stringify(recorded(log).filter((m) => JSON.stringify(m).includes('"echo"')));
    const reached = Object.entries(PAIRS)
      .filter(([, { secret }]) => seen.includes(secret))
      .map(([name]) => name);
    expect(reached).toEqual([]);
    expect(outcomes).toEqual(Object.keys(PAIRS).map(() => "sensitive_data"));
  });

  it("in structuredContent, reach the client as redacted as the text twin beside it", async () => {
    let answer: Record<string, unknown> = {};
    await toolSession(home, async (call) => {
      answer = await call("network_request", {});
    });
    const result = answer.result as { content: Array<{ text: string }>; structuredContent: unknown };
    // The text twin: redacted (control).
    expect(result.content[0]?.text).not.toContain("9b2e7f4c1a8d3e6b0c5f2a7d4e1b8c3f");
    expect(JSON.stringify(result.structuredContent)).not.toContain("9b2e7f4c1a8d3e6b0c5f2a7d4e1b8c3f");
  });
});
