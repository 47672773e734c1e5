// Attack: the README says secrets are found "also when base64-, hex- or percent-encoded or written with
// full-width digits or Unicode separators", and that zero-width characters are folded away. These are the
// encodings a sender reaches for next, each one that a reader (a model, or a server's decoder) undoes at
// once: invisible variation selectors or combining grapheme joiners between the characters, the token
// written in Unicode tag characters ("ASCII smuggling"), hex with a 0x prefix, and base64 or hex wrapped
// into lines as `base64` and `xxd -p` print it. Towards the server a token is blocked by default; through
// the real bridge, the recording server must receive none of these.
import { afterAll, describe, expect, it } from "vitest";
import { recorded, recorderWithResults, refusal, toolSession } from "../src/index.js";

const TOKEN = "ghp_R8kWq2ZpL5vN3xT7yB1cD4fG6hJ9mK0sA2eU";
const TEXT = `deploy notes for the release: the bot pushes with ${TOKEN} until the rotation on Friday, ask ops`;
const lines = (text: string, width: number) => text.match(new RegExp(`.{1,${width}}`, "g"))!.join("\n");
const hex = (text: string) => Buffer.from(text).toString("hex");
const base64 = (text: string) => Buffer.from(text).toString("base64");

const SPELLINGS: Record<string, string> = {
  "variation selector between characters": [...TOKEN].join("\uFE0F"),
  "combining grapheme joiner between characters": [...TOKEN].join("\u034F"),
  "Unicode tag characters": [...TOKEN].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join(""),
  "hex with a 0x prefix": `0x${hex(TOKEN)}`,
  "hex wrapped as xxd -p prints it": lines(hex(TEXT), 60),
  "base64 wrapped as base64 prints it": lines(base64(TEXT), 76),
  "base64 wrapped with CRLF, as MIME": lines(base64(TEXT), 76).replace(/\n/g, "\r\n"),
};

const { home, log } = recorderWithResults(
  Object.fromEntries(
    Object.values(SPELLINGS).map((text, i) => [`result${i}`, { content: [{ type: "text", text }] }]),
  ),
);
afterAll(() => home.cleanup());

const session = (run: Parameters<typeof toolSession>[1]) => toolSession(home, run);

/** The token as a reader recovers it: invisible characters dropped, tag characters read as ASCII. */
function recovered(text: string): boolean {
  const visible = [...text]
    .map((c) => {
      const cp = c.codePointAt(0)!;
      return cp >= 0xe0020 && cp <= 0xe007e ? String.fromCharCode(cp - 0xe0000) : c;
    })
    .join("")
    .replace(/[\uFE00-\uFE0F\u034F]/g, "");
  const decoded = [
    visible,
    ...[...visible.matchAll(/(?:0x)?([0-9a-f\r\n]{40,})/g)].map((m) =>
      Buffer.from(m[1]!.replace(/\s/g, ""), "hex").toString(),
    ),
  ];
  for (const m of visible.matchAll(/[A-Za-z0-9+/=\r\n]{40,}/g))
    decoded.push(Buffer.from(m[0].replace(/\s/g, ""), "base64").toString());
  return decoded.some((d) => d.includes(TOKEN));
}

describe("a token in the encodings a reader undoes at once", () => {
  it("every spelling really holds the token", () => {
    for (const [what, text] of Object.entries(SPELLINGS)) expect(recovered(text), what).toBe(true);
  });

  it("never reaches the server in a tool's arguments", async () => {
    const outcomes: Record<string, unknown> = {};
    await session(async (call) => {
      for (const [what, text] of Object.entries(SPELLINGS)) {
        const answer = await call("echo", { note: text });
        outcomes[what] = refusal(answer);
      }
    });
    // Before the fix: 7 of 7 reached the server.
    expect(outcomes).toEqual(Object.fromEntries(Object.keys(SPELLINGS).map((k) => [k, "sensitive_data"])));
    const received = recorded(log).filter(
      (m): m is Record<string, unknown> => typeof m === "object" && m.method === "tools/call",
    );
    for (const m of received)
      expect(recovered(JSON.stringify((m.params as { arguments?: unknown }).arguments))).toBe(false);
  });

  it("never reaches the client in a tool's result", async () => {
    const leaked: string[] = [];
    await session(async (call) => {
      const names = Object.keys(SPELLINGS);
      for (let i = 0; i < names.length; i++) {
        const answer = await call(`result${i}`, {});
        const content = (answer.result as { content?: Array<{ text?: string }> } | undefined)?.content ?? [];
        if (content.some((c) => c.text !== undefined && recovered(c.text))) leaked.push(names[i]!);
      }
    });
    // Before the fix: 6 of 7 reached the client (tag characters are stripped from results as hidden).
    expect(leaked).toEqual([]);
  });
});
