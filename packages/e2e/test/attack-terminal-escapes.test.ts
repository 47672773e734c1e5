// Attack (round 26): a token with a terminal escape sequence inside it. The README counts terminal escapes
// among the hidden characters (a person cannot see them, a terminal swallows them) and promises secrets found
// in both directions "also when ... hidden by an encoding", zero-width characters, fillers and tag characters
// folded out of the decoded views. But towards a server the decoded views keep an escape sequence's printable
// tail: `ghp_R8kWq2ZpL5v\u001b[0mN3xT…` (an SGR reset, as any coloured log line holds), with a colour, a
// private mode (`\u001b[?25l`) or `\u001b(B` (the charset reset `tput sgr0` prints) is read as two harmless
// halves, and the server's terminal, log viewer or `cat` shows the whole token. Towards the client the result
// stripping (integrity/hidden.ts) removes CSI sequences and `ESC` + one byte of @–_, but not the escapes
// with an intermediate byte (0x20–0x2F then a final byte, such as `ESC ( B`), so a server hands the client a
// token cut by the very sequence `tput sgr0` prints.
//
// Observed through the real bridge and the recording server (before the fix):
//   towards the server: 6 of 6 variants below forwarded (the recorder log holds the token with the escape
//     inside), where the plain token is refused with sensitive_data; lone controls (NUL, BEL, DEL, C1
//     controls), OSC and DCS strings, `ESC 7`, `ESC =` were refused: held;
//   towards the client: 2 of 4 reached the client unredacted (`ESC ( B`, and `ESC ( B ESC [ m` as
//     `tput sgr0` prints it); `ESC ) 0` and `ESC % G` were redacted; the plain token is redacted.
// Now: detection reads a view of the text with every ECMA-48 sequence taken out (control sequences with any
// parameter and intermediate bytes, OSC strings, ESC with intermediate bytes and a final byte, the 2-byte
// escapes; detect/terminal-escapes.ts), and the result check strips the same list, so every variant is
// refused towards the server and redacted towards the client as the plain token is.
//
// The round's review found the lone controls "held" only beside the word "token" (a secret assignment): a
// token cut by a NUL, BEL, an information separator, DEL or a C1 control with no such word reached the server
// (2 of 2 below), and a card cut by one was read as a phone number, which passes (1 of 1). Now the view also
// drops every control a terminal shows as nothing (detect/decode-terminal.ts).
import { afterAll, describe, expect, it } from "vitest";
import { noteOutcomes, recorded, recorderWithResults, resultTexts, sameFor } from "../src/index.js";

const TOKEN = "ghp_R8kWq2ZpL5vN3xT7yB1cD4fG6hJ9mK0sA2eU";
const inside = (mark: string) => `deploy token ${TOKEN.slice(0, 15)}${mark}${TOKEN.slice(15)}`;

/** Sequences a terminal swallows, put after the token's 15th character of an argument. */
const TO_SERVER: Record<string, string> = {
  "SGR reset": "\u001b[0m",
  "SGR bold red": "\u001b[1;31m",
  "SGR reset, no parameter": "\u001b[m",
  "hide cursor (private mode)": "\u001b[?25l",
  "xterm key mode (> marker)": "\u001b[>4;1m",
  "charset reset (tput sgr0)": "\u001b(B",
};

/** Escapes with an intermediate byte, put there in a tool's result. */
const TO_CLIENT: Record<string, string> = {
  "charset reset": "\u001b(B",
  "tput sgr0 (charset + SGR)": "\u001b(B\u001b[m",
  "line drawing charset G1": "\u001b)0",
  "select UTF-8": "\u001b%G",
};

const resultTools = Object.keys(TO_CLIENT).map((_, i) => `report${i}`);
const { home, log } = recorderWithResults({
  plain: { content: [{ type: "text", text: inside("") }] },
  ...Object.fromEntries(
    Object.values(TO_CLIENT).map((mark, i) => [
      resultTools[i],
      { content: [{ type: "text", text: inside(mark) }] },
    ]),
  ),
});
afterAll(() => home.cleanup());

/** What a terminal shows of a text: escape sequences (CSI, and ESC with intermediate bytes) taken out. */
const shown = (text: string) =>
  text.replace(/\u001b\[[0-9;?<=>]*[ -/]*[@-~]|\u001b[ -/]+[0-~]|\u001b[@-_]/g, "");

/** Values cut by one control character, with no word beside them that names a secret. */
const LONE_CONTROLS: Record<string, string> = {
  "token cut by a NUL": `${TOKEN.slice(0, 15)}\u0000${TOKEN.slice(15)}`,
  "token cut by a record separator": `${TOKEN.slice(0, 15)}\u001e${TOKEN.slice(15)}`,
  "card cut by a BEL": "4111 1111\u00071111 1111",
};

describe("a token with a terminal escape sequence inside it", () => {
  it("towards the server: a value cut by a lone control character is refused too", async () => {
    const outcomes = await noteOutcomes(home, LONE_CONTROLS);
    const sent = new Set(Object.values(LONE_CONTROLS));
    const reached = recorded(log).filter(
      (m) =>
        typeof m === "object" &&
        m.method === "tools/call" &&
        sent.has(String((m as { params: { arguments: { note?: unknown } } }).params.arguments.note)),
    );
    expect({ outcomes, reached }).toEqual({
      outcomes: sameFor(LONE_CONTROLS, "sensitive_data"),
      reached: [],
    });
  });

  it("towards the server: refused like the plain token, never reaching the server", async () => {
    const texts = Object.fromEntries(Object.entries(TO_SERVER).map(([what, mark]) => [what, inside(mark)]));
    const outcomes = await noteOutcomes(home, { plain: inside(""), ...texts });
    const reached = recorded(log)
      .filter((m) => typeof m === "object" && m.method === "tools/call")
      .map((m) => String((m as { params: { arguments: { note?: unknown } } }).params.arguments.note ?? ""))
      .filter((note) => shown(note).includes(TOKEN));
    expect({ outcomes, reached }).toEqual({
      outcomes: { plain: "sensitive_data", ...sameFor(texts, "sensitive_data") },
      reached: [],
    });
  });

  it("towards the client: redacted in a tool's result like the plain token", async () => {
    const texts = await resultTexts(home, ["plain", ...resultTools]);
    expect(texts.plain).toContain("[REDACTED:github_token]");
    const leaked = Object.keys(TO_CLIENT).filter((_, i) => {
      const text = (JSON.parse(texts[resultTools[i]!]!) as { content: { text: string }[] }).content[0]!.text;
      return shown(text).includes(TOKEN);
    });
    expect(leaked).toEqual([]);
  });
});
