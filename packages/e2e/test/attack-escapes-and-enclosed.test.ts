// Attack (round 16): values hidden by escapes and letter shapes the decoded views did not read, though a
// model (and the server's code) reads each at once: octal escapes as C, Python and shells print bytes
// (`\147\150\160…`), JavaScript's and Rust's `\u{67}`, numeric character references without their ";"
// (`&#103&#104`, which browsers decode), named references of punctuation (`&lowbar;`, `&commat;`), letters
// and digits in circles and squares that have no compatibility form (🅰, 🅐, ❹) or do (ⓖ, 🄰), and a token
// whose characters are kept apart by Hangul or Khmer blank fillers. Through the real bridge and the recording
// server, before the fix 9 of 9 reached the server and 2 of 2 results reached the client whole (decode.ts).
// Texts of the same look without a value still pass unchanged.
import { afterAll, describe, expect, it } from "vitest";
import { echoCallsSeen, namedEchoOutcomes, recorderWithResults, resultTexts, sameFor } from "../src/index.js";

const TOKEN = "ghp_R8kWq2ZpL5vN3xT7yB1cD4fG6hJ9mK0sA2eU";
const AWS = "AKIA2OGYBAH6STMMNXNL";
const CARD = "4111111111111111";
const each = (text: string, to: (c: string) => string) => [...text].map(to).join("");
const code = (c: string) => c.charCodeAt(0);
/** A letter in the shape whose capital A is `a` (and small a `small`, when it has one), other characters as they are. */
const shaped = (text: string, a: number, small = a) =>
  text.replace(/[A-Za-z]/g, (c) => String.fromCodePoint(c <= "Z" ? a + code(c) - 65 : small + code(c) - 97));

const ATTACKS: Record<string, object> = {
  "octal escapes": { note: `s = "${each(TOKEN, (c) => `\\${code(c).toString(8).padStart(3, "0")}`)}"` },
  "braced unicode escapes": { note: `let t = "${each(TOKEN, (c) => `\\u{${code(c).toString(16)}}`)}";` },
  "character references without a semicolon": { note: each(TOKEN, (c) => `&#${code(c)}`) },
  "named references of punctuation": { note: `key: ghp&lowbar;${TOKEN.slice(4)}` },
  "circled letters": {
    note: shaped(TOKEN, 0x24b6, 0x24d0).replace(/[1-9]/g, (d) => String.fromCodePoint(0x245f + Number(d))),
  },
  "negative squared capitals": { note: `id ${shaped(AWS, 0x1f170)}` },
  "squared capitals": { note: `id ${shaped(AWS, 0x1f130)}` },
  "dingbat digits": { card: `card ${each(CARD, (d) => String.fromCodePoint(0x2775 + Number(d)))}` },
  "Hangul fillers between characters": { note: [...TOKEN].join("\u3164") },
};
const ORDINARY: Record<string, object> = {
  "a path with backslashes and digits": { note: "C:\\temp\\12\\report-2024.txt" },
  "references in a page": { note: "Tom &amp; Jerry &mdash; 5&#160;min &commat;home" },
  "flags and circled numbers": { note: "Shipped to 🇫🇷 and 🇩🇪, steps ① ② ③ and ❶ ❷" },
  "a Korean sentence": { note: "안녕하세요, 회의는 10시입니다." },
};

const { home, log } = recorderWithResults({
  page: { content: [{ type: "text", text: `copied from the wiki: ${[...TOKEN].join("\u17b4")}` }] },
  badge: { content: [{ type: "text", text: `access key id ${shaped(AWS, 0x1f150)}` }] },
});
afterAll(() => home.cleanup());

describe("values written in escapes and enclosed letters", () => {
  it("never reach the server; ordinary texts of the same look still do", async () => {
    const { outcomes, echoed } = await namedEchoOutcomes(home, log, { ...ATTACKS, ...ORDINARY });
    expect(outcomes).toEqual({ ...sameFor(ATTACKS, "sensitive_data"), ...sameFor(ORDINARY, "forwarded") });
    expect(echoed).toBe(Object.keys(ORDINARY).length);
    for (const seen of echoCallsSeen(log)) expect(seen).not.toContain("ghp");
  });

  it("reach the client redacted", async () => {
    const texts = await resultTexts(home, ["page", "badge"]);
    expect(texts.page).toContain("[REDACTED:github_token]");
    expect(texts.page).not.toContain("R\u17b48\u17b4k");
    expect(texts.badge).toContain("[REDACTED:aws_access_key_id]");
    expect(texts.badge).not.toContain(String.fromCodePoint(0x1f150));
  });
});
