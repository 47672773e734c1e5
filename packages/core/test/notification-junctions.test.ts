// A value cut between two notifications of one direction (notification-junctions.ts), through content_scan:
// the notification that completes it is redacted (or blocked); texts that merely look cut pass unchanged.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";
import { contentScan, type DetectionAction } from "../src/interceptors/content-scan.js";
import { classify, type JsonObject, type Message } from "../src/jsonrpc.js";
import type { Direction, MessageContext, Verdict } from "../src/pipeline.js";
import { effectivePolicy } from "../src/policy/policy.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.5, disabled: new Set() });
const policy = effectivePolicy(
  {
    permissions: { denied_tools: [], denied_resources: [], denied_prompts: [] },
    rate_limit: { tool_limits: {}, method_limits: {} },
    sampling: { enabled: false },
    elicitation: { enabled: false },
  },
  ["default"],
  {},
);

const GITHUB = `ghp_${"Vb3Nm8Qw1Er6Ty4Ui9Op2As7Df5Gh0Jk3Lz8Xc"}`;
const progress = (message: string): JsonObject => ({
  method: "notifications/progress",
  params: { progressToken: 1, progress: 1, message },
});
const logLine = (data: unknown): JsonObject => ({
  method: "notifications/message",
  params: { level: "info", data },
});

/** The verdicts content_scan gives a run of notifications in one session. */
function run(
  messages: JsonObject[],
  action: DetectionAction = "redact",
  direction: Direction = "to_client",
): Verdict[] {
  const scan = contentScan({ scanner, actionFor: () => action });
  const state = new Map<string, unknown>();
  return messages.map((raw) => {
    const ctx: MessageContext = {
      direction,
      sessionId: "s",
      server: "srv",
      identity: { method: "os", user: "u", uid: 1, roles: ["default"] },
      auth: { ok: true },
      policy,
      state,
      message: classify({ jsonrpc: "2.0", ...raw }) as Message,
    };
    return scan.inspect(ctx) as Verdict;
  });
}

/** What the client sees of each notification's text: the forwarded text, or "blocked". */
function seen(verdicts: Verdict[], messages: JsonObject[]): unknown[] {
  return verdicts.map((v, i) => {
    if (v.action === "block") return "blocked";
    const raw = v.action === "modify" ? v.message : messages[i]!;
    const params = raw.params as { message?: unknown; data?: unknown };
    return params.message ?? params.data;
  });
}

describe("a value cut between notifications", () => {
  const cases: Array<[string, JsonObject[], unknown[]]> = [
    [
      "two progress messages",
      [progress(GITHUB.slice(0, 20)), progress(`${GITHUB.slice(20)} left`)],
      [GITHUB.slice(0, 20), "[REDACTED:github_token] left"],
    ],
    [
      "three log lines",
      [logLine(GITHUB.slice(0, 10)), logLine(GITHUB.slice(10, 22)), logLine(GITHUB.slice(22))],
      [GITHUB.slice(0, 10), GITHUB.slice(10, 22), "[REDACTED:github_token]"],
    ],
    [
      "a progress message, then a log line's object",
      [progress(`using ${GITHUB.slice(0, 30)}`), logLine({ detail: [`${GITHUB.slice(30)}.`] })],
      [`using ${GITHUB.slice(0, 30)}`, { detail: ["[REDACTED:github_token]."] }],
    ],
    [
      "a blank between the pieces (before: passed unchanged)",
      [progress(GITHUB.slice(0, 20)), progress(` ${GITHUB.slice(20)}`)],
      [GITHUB.slice(0, 20), "[REDACTED:github_token]"],
    ],
    [
      "a blank at the end of the first piece",
      [logLine(`using ${GITHUB.slice(0, 24)} `), logLine(`${GITHUB.slice(24)}, done`)],
      [`using ${GITHUB.slice(0, 24)} `, "[REDACTED:github_token], done"],
    ],
    [
      "three blanks between the pieces (before the review: passed unchanged)",
      [progress(`${GITHUB.slice(0, 20)}  `), progress(` ${GITHUB.slice(20)}`)],
      [`${GITHUB.slice(0, 20)}  `, "[REDACTED:github_token]"],
    ],
    [
      "a line break at the end of the first piece (before the review: passed unchanged)",
      [logLine(`${GITHUB.slice(0, 20)}\r\n`), logLine(GITHUB.slice(20))],
      [`${GITHUB.slice(0, 20)}\r\n`, "[REDACTED:github_token]"],
    ],
    [
      "another notification between the pieces",
      [progress(GITHUB.slice(0, 20)), logLine("(heartbeat)"), progress(GITHUB.slice(20))],
      [GITHUB.slice(0, 20), "(heartbeat)", "[REDACTED:github_token]"],
    ],
    [
      "three other notifications between the pieces",
      [
        logLine(GITHUB.slice(0, 16)),
        progress("10%"),
        progress("20%"),
        progress("30%"),
        logLine(GITHUB.slice(16)),
      ],
      [GITHUB.slice(0, 16), "10%", "20%", "30%", "[REDACTED:github_token]"],
    ],
    [
      "an e-mail address cut in its domain",
      [logLine("contact jane.doe@exam"), logLine("ple.com for access")],
      ["contact jane.doe@exam", "[REDACTED:email] for access"],
    ],
    [
      "an e-mail address cut at its @, a progress message between",
      [progress("contact jane.doe"), logLine("(tick)"), progress("@example.com for access")],
      ["contact jane.doe", "(tick)", "[REDACTED:email] for access"],
    ],
    [
      "an SSN cut in its groups",
      [progress("ssn 078-05"), progress("-1120 on file")],
      ["ssn 078-05", "[REDACTED:ssn] on file"],
    ],
    [
      "a card number in halves",
      [progress("card 41111111"), progress("11111111")],
      ["card 41111111", "[REDACTED:credit_card]"],
    ],
  ];
  it.each(cases)("%s: the completing piece is redacted", (_what, messages, expected) => {
    expect(seen(run(messages), messages)).toEqual(expected);
  });

  it("blocks the completing piece where the type's action is block, in either direction", () => {
    const messages = [progress(GITHUB.slice(0, 20)), progress(GITHUB.slice(20))];
    expect(seen(run(messages, "block", "to_server"), messages)).toEqual([GITHUB.slice(0, 20), "blocked"]);
  });

  it("only warns where the type's action is warn", () => {
    const verdicts = run([progress(GITHUB.slice(0, 20)), progress(GITHUB.slice(20))], "warn");
    expect(verdicts[1]).toEqual({ action: "pass", findings: ["github_token at params.message"] });
  });

  // Hard negatives: cut like a value could be, but nothing whole across the junction.
  const ordinary: Array<[string, JsonObject[]]> = [
    ["counts", [progress("Processed 40"), progress("00 files")]],
    ["hex ids", [logLine("commit 3f9a2c1"), logLine("e7b4d0 merged")]],
    ["words", [logLine("step_one_of_the_build"), logLine("two_finished_ok")]],
    ["a number that fails Luhn", [progress("chunk 41111111"), progress("11111112 of 9")]],
    ["words with a blank between", [logLine("step one of the build "), logLine("finished ok")]],
    ["hex ids with a blank between", [logLine("commit 3f9a2c1 "), logLine(" e7b4d0a9 merged")]],
    ["log lines ending in a line break", [logLine("build 4f2a9c1e\n"), logLine("deadbeef0123 done\n")]],
    ["words a line apart", [logLine("step one of the build\n"), logLine("finished ok")]],
    [
      "interleaved lines that only look cut",
      [logLine("user alice"), progress("50%"), logLine("example done"), logLine("42 rows")],
    ],
    [
      "hashes and words a few lines apart",
      [logLine("build 4f2a9c1e"), progress("(tick)"), logLine("deadbeef0123 done"), logLine("ok")],
    ],
    [
      "a spent piece read with a later line",
      [
        logLine(`with ${GITHUB.slice(0, 25)}`),
        logLine(`${GITHUB.slice(25)} done.`),
        logLine("(tick)"),
        progress("charging 41111111"),
      ],
    ],
    ["an @ mention after a name", [logLine("reviewed by alice"), logLine("@bob please merge")]],
    ["a count after an SSN word", [progress("ssn checks: 123"), progress("45 passed")]],
    ["a value complete before", [logLine(`old ${GITHUB}`), logLine("Z")]],
  ];
  it.each(ordinary)("%s: passes unchanged", (_what, messages) => {
    const verdicts = run(messages);
    expect(verdicts.at(-1)).toEqual({ action: "pass" });
  });

  it("does not join pieces from the two directions", () => {
    const scan = [progress(GITHUB.slice(0, 20)), progress(GITHUB.slice(20))];
    const a = run([scan[0]!], "redact", "to_client");
    const b = run([scan[1]!], "redact", "to_server");
    expect([a[0]!.action, b[0]!.action]).toEqual(["pass", "pass"]);
  });
});

// A tool streams its output as notifications and ends it in its result: a value cut between the last
// notification and the response (before: the response passed unchanged, the junction read notifications only).
describe("a value cut between notifications and the response after them", () => {
  const toolResult = (text: string): JsonObject => ({
    id: 7,
    result: { content: [{ type: "text", text }], isError: false },
  });
  const resultText = (verdict: Verdict, message: JsonObject): unknown => {
    const raw = verdict.action === "modify" ? verdict.message : message;
    if (verdict.action === "block") return "blocked";
    return (raw.result as { content: Array<{ text: string }> }).content[0]!.text;
  };

  it.each([
    [
      "a progress message, then the result",
      [progress(`cloning with ${GITHUB.slice(0, 20)}`)],
      `${GITHUB.slice(20)}\ndone`,
    ],
    ["a log line with a blank after it", [logLine(`key ${GITHUB.slice(0, 12)} `)], `${GITHUB.slice(12)} ok`],
    ["a heartbeat between", [logLine(GITHUB.slice(0, 20)), progress("50%")], GITHUB.slice(20)],
    ["an SSN", [logLine("SSN 078-05-")], "1120 on file"],
  ])("%s: the result's share is redacted", (_what, notes, text) => {
    const messages = [...notes, toolResult(text)];
    const verdicts = run(messages);
    const out = resultText(verdicts.at(-1)!, messages.at(-1)!) as string;
    expect(out).toMatch(/^\[REDACTED:(github_token|ssn)\]/);
    expect(out).not.toContain(GITHUB.slice(20, 28));
    expect(out).not.toContain("1120");
  });

  it("blocks the result where the type's action is block", () => {
    const messages = [progress(GITHUB.slice(0, 20)), toolResult(GITHUB.slice(20))];
    expect(run(messages, "block").at(-1)!.action).toBe("block");
  });

  // Hard negatives: progress and results that merely sit side by side.
  it.each([
    ["a count, then a word", [progress("Processed 10")], "Done: 10 files"],
    ["a file name, then a hash", [logLine("wrote build/app.js")], "3f2a9c1d81b44ee0c7aa291bd0f3aa03"],
    ["ids side by side", [progress("job ab12CD34")], "ef56GH78 finished"],
    ["a result with nothing before it", [], `${GITHUB.slice(20)} stays`],
  ])("%s: the result passes unchanged", (_what, notes, text) => {
    const messages = [...notes, toolResult(text)];
    const verdicts = run(messages);
    expect(resultText(verdicts.at(-1)!, messages.at(-1)!)).toBe(text);
  });

  it("a response to the server is not read with the client's stream", () => {
    const messages = [progress(GITHUB.slice(0, 20)), toolResult(GITHUB.slice(20))];
    const verdicts = run(messages, "redact", "to_server");
    expect(resultText(verdicts.at(-1)!, messages.at(-1)!)).toBe(GITHUB.slice(20));
  });
});

// The text a client shows after a stream, wherever the message holds it (before round 36: a result's first
// text item alone, so a token ended in an error's message, after an empty text item or in a server's sampling
// prompt arrived whole in two pieces).
describe("a value cut between notifications and the text shown after them", () => {
  const HEAD = GITHUB.slice(0, 20);
  const TAIL = GITHUB.slice(20);
  const sampling = (text: string): JsonObject => ({
    id: "s1",
    method: "sampling/createMessage",
    params: { messages: [{ role: "user", content: { type: "text", text } }], maxTokens: 10 },
  });
  const cases: Array<[string, JsonObject[], JsonObject]> = [
    [
      "an error's message",
      [logLine(`uploading with ${HEAD}`)],
      { id: 7, error: { code: -32000, message: `${TAIL} rejected` } },
    ],
    [
      "an error's data when its message is empty",
      [progress(HEAD)],
      { id: 7, error: { code: -32000, message: "", data: `${TAIL} rejected` } },
    ],
    [
      "a result's text after an empty and a blank one",
      [logLine(HEAD)],
      {
        id: 7,
        result: {
          content: [
            { type: "text", text: "" },
            { type: "text", text: " \n" },
            { type: "text", text: `${TAIL} accepted` },
          ],
        },
      },
    ],
    [
      "a result's text behind structured content",
      [logLine(HEAD)],
      { id: 7, result: { structuredContent: { note: "ok" }, content: [{ type: "text", text: TAIL }] } },
    ],
    ["a server's sampling prompt", [logLine(`uploading with ${HEAD}`)], sampling(`${TAIL} is the key`)],
    [
      "a log line that ends in an empty text",
      [logLine({ line: `uploading with ${HEAD}`, more: "" })],
      { id: 7, result: { content: [{ type: "text", text: TAIL }] } },
    ],
    ["a log line that starts with an empty text", [logLine(HEAD)], logLine({ prefix: "", line: TAIL })],
  ];
  it.each(cases)("%s: the rest is redacted", (_what, notes, last) => {
    const verdicts = run([...notes, last]);
    const out = verdicts.at(-1)!;
    expect(out.action).toBe("modify");
    const forwarded = JSON.stringify(out.action === "modify" ? out.message : last);
    expect(forwarded).toContain("[REDACTED:github_token]");
    expect(forwarded).not.toContain(TAIL.slice(0, 8));
  });

  it.each([
    [
      "an error after a count",
      [progress("Processed 10")],
      { id: 7, error: { code: -32601, message: "00 x" } },
    ],
    ["a prompt after a log line", [logLine("reviewed by alice")], sampling("bob asks for a summary")],
  ])("%s: passes unchanged", (_what, notes, last) => {
    expect(run([...notes, last]).at(-1)).toEqual({ action: "pass" });
  });
});
