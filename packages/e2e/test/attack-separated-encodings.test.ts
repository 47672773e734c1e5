// Attack: the README says secrets are found also when base64- or hex-encoded. These spellings keep the
// bytes and only add what tools print between them, and a reader (a model, or a server's decoder) undoes
// them at once: hex pairs separated by colons (fingerprints, `openssl`), spaces (`hexdump`, `od`) or
// dashes, a C array of 0x bytes, a list of decimal character codes (`String.fromCharCode`), base64 in
// groups of four, and quoted-printable, fully encoded or with a soft line break inside the token (e-mail).
// Towards the server a token is blocked by default and towards the client it is redacted; through the
// real bridge, the recording server must receive none of these, and the client must read none.
import { afterAll, describe, expect, it } from "vitest";
import { recorded, recorderWithResults, refusal, toolSession } from "../src/index.js";

const TOKEN = "ghp_R8kWq2ZpL5vN3xT7yB1cD4fG6hJ9mK0sA2eU";
const TEXT = `deploy key for the bot: ${TOKEN}`;
const bytes = (text: string) => [...Buffer.from(text)];
const hexPairs = (text: string) => bytes(text).map((b) => b.toString(16).padStart(2, "0"));

const SPELLINGS: Record<string, string> = {
  "hex pairs separated by colons": hexPairs(TEXT).join(":"),
  "hex pairs separated by spaces": hexPairs(TEXT).join(" "),
  "hex pairs separated by dashes, upper case": hexPairs(TEXT).join("-").toUpperCase(),
  "a C array of 0x bytes": `{ ${hexPairs(TEXT)
    .map((h) => `0x${h}`)
    .join(", ")} }`,
  "decimal character codes": `String.fromCharCode(${bytes(TEXT).join(",")})`,
  "base64 in groups of four": Buffer.from(TEXT)
    .toString("base64")
    .match(/.{1,4}/g)!
    .join(" "),
  "quoted-printable, every byte": hexPairs(TOKEN)
    .map((h) => `=${h.toUpperCase()}`)
    .join(""),
  "quoted-printable, a soft line break inside the token": `the bot pushes with ${TOKEN.slice(0, 6)}=\r\n${TOKEN.slice(6)} until Friday`,
};

/** What a reader makes of each spelling: the bytes between the separators, or the joined lines. */
function recovered(text: string): boolean {
  const views = [
    text,
    text
      .replace(/=\r?\n/g, "")
      .replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
  ];
  for (const m of text.matchAll(/(?:(?:0x)?[0-9a-f]{2}[^0-9a-z]{1,2}){8,}(?:0x)?[0-9a-f]{2}/gi))
    views.push(Buffer.from(m[0].replace(/0x/gi, "").replace(/[^0-9a-f]/gi, ""), "hex").toString());
  for (const m of text.matchAll(/(?:\d{2,3},){8,}\d{2,3}/g))
    views.push(String.fromCharCode(...m[0].split(",").map(Number)));
  views.push(Buffer.from(text.replace(/ /g, ""), "base64").toString());
  return views.some((v) => v.includes(TOKEN));
}

const { home, log } = recorderWithResults(
  Object.fromEntries(
    Object.values(SPELLINGS).map((text, i) => [`result${i}`, { content: [{ type: "text", text }] }]),
  ),
);
afterAll(() => home.cleanup());

const session = (run: Parameters<typeof toolSession>[1]) => toolSession(home, run);

describe("a token in byte spellings with separators", () => {
  it("every spelling really holds the token", () => {
    for (const [what, text] of Object.entries(SPELLINGS)) expect(recovered(text), what).toBe(true);
  });

  it("never reaches the server in a tool's arguments", async () => {
    const outcomes: Record<string, unknown> = {};
    await session(async (send) => {
      for (const [what, text] of Object.entries(SPELLINGS)) {
        const answer = await send("echo", { note: text });
        outcomes[what] = refusal(answer);
      }
      // Ordinary lists of numbers and hex still go through.
      const plain = await send("echo", {
        mac: "00:1a:2b:3c:4d:5e",
        sizes: "12, 40, 77, 103, 9",
        sha: "de ad be ef",
      });
      outcomes.plain = plain.result ? "forwarded" : plain.error;
    });
    // Before the fix: 8 of 8 reached the server.
    expect(outcomes).toEqual({
      ...Object.fromEntries(Object.keys(SPELLINGS).map((k) => [k, "sensitive_data"])),
      plain: "forwarded",
    });
    const received = recorded(log).filter((m) => typeof m === "object" && m.method === "tools/call");
    expect(received).toHaveLength(1);
  });

  it("never reaches the client in a tool's result", async () => {
    const leaked: string[] = [];
    await session(async (send) => {
      const names = Object.keys(SPELLINGS);
      for (let i = 0; i < names.length; i++) {
        const answer = await send(`result${i}`, {});
        const content = (answer.result as { content?: Array<{ text?: string }> } | undefined)?.content ?? [];
        if (content.some((c) => c.text !== undefined && recovered(c.text))) leaked.push(names[i]!);
      }
    });
    // Before the fix: 8 of 8 reached the client.
    expect(leaked).toEqual([]);
  });
});
