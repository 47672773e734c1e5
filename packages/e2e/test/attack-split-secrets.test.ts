// Attack: secrets from the server are redacted before the client sees them (docs/detection.md). A server
// that returns a file in chunks (one content item per 4 KB, as readers of large files do) can cut a token
// at a chunk boundary by chance, or a hostile one on purpose; the model reads the content items as one
// text and so reads the token whole, while each item alone holds only a part no detector recognises.
// Before: 1 of 1 reached the client whole (under a credential name such as GITHUB_TOKEN= the first half is
// redacted by the assignment rule, so the case below has none). The scanner now reads each junction
// between two text items whose sides are token characters as one text (split-values.ts), and redacts each
// item's share of a secret found across it. Through the real bridge.
import { afterAll, describe, expect, it } from "vitest";
import { recorderWithResults, toolSession } from "../src/index.js";

const TOKEN = "ghp_R8kWq2ZpL5vN3xT7yB1cD4fG6hJ9mK0sA2eU";
const { home } = recorderWithResults({
  read_env: {
    content: [
      { type: "text", text: `Deploy notes. The bot pushes with ${TOKEN.slice(0, 17)}` },
      { type: "text", text: `${TOKEN.slice(17)} from the eu-west-1 runners.` },
    ],
  },
});
afterAll(() => home.cleanup());

describe("a token split over two content items of a result", () => {
  it("does not reach the client whole (before: it did)", async () => {
    let answer: Record<string, unknown> = {};
    await toolSession(home, async (call) => {
      answer = await call("read_env", {});
    });
    const content = (answer.result as { content?: Array<{ text?: string }> } | undefined)?.content ?? [];
    const text = content.map((item) => item.text ?? "").join("");
    expect(text).not.toContain(TOKEN);
    expect(text).toContain("[REDACTED:github_token]");
    expect(text).toContain("from the eu-west-1 runners.");
  });
});
