// Attack (round 39, atk39a, as a database server): a JSON result set ({columns, rows}) is read cell by cell
// under its column's name when it is the result, and JSON inside a larger text (a Markdown json block, a log
// line) is walked again since round 38, but only for the personal data its shape holds: its secrets are left
// to the text rules, which read a password beside its name and so never see one named by a names list. A tool
// that prints the result set in a Markdown block or after a log line's prefix hands the client the row's
// password whole, where the same JSON as the whole text arrives with it redacted (control).
import { afterAll, describe, expect, it } from "vitest";
import { recorderWithResults, toolSession } from "../src/index.js";

const PASSWORD = "Tr0ub4dor&3x";
const SET = JSON.stringify({
  columns: ["name", "email_verified", "password"],
  rows: [["bob", true, PASSWORD]],
});

const TEXTS: Record<string, string> = {
  markdown_block: `Query returned 1 row:\n\n\`\`\`json\n${SET}\n\`\`\`\n`,
  log_line: `2026-11-27T10:00:00Z INFO query.done result=${SET}`,
  prose: `Here is the result set: ${SET} (1 row).`,
};
const text = (t: string) => ({ content: [{ type: "text", text: t }] });
const { home } = recorderWithResults({
  ...Object.fromEntries(Object.entries(TEXTS).map(([name, t]) => [name, text(t)])),
  whole: text(SET),
});
afterAll(async () => {
  await home.cleanup();
});

describe("a JSON result set written inside a larger text", () => {
  it("(control) as the whole text, its password reaches the client redacted", async () => {
    let answer = "";
    await toolSession(home, async (call) => {
      answer = JSON.stringify(await call("whole", {}));
    });
    expect(answer.includes(PASSWORD)).toBe(false);
  });

  for (const name of Object.keys(TEXTS))
    it(`${name}: the row's password does not reach the client`, async () => {
      let answer = "";
      await toolSession(home, async (call) => {
        answer = JSON.stringify(await call(name, {}));
      });
      expect({ passwordReachedClient: answer.includes(PASSWORD) }).toEqual({ passwordReachedClient: false });
    });
});
