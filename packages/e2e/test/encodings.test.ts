// Encoded secrets and national-format phone numbers through the real bridge, both ways: what a server returns
// is redacted before the client sees it, and what a client sends is blocked before the server sees it (the
// recording server proves it never received the message).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  failure,
  guardedTransport,
  makeGuardedHome,
  recorderServerYaml,
  serverSaw,
  type GuardedHome,
} from "../src/index.js";

const TOKEN = "ghp_Vq3Lm8Zt2Rx7Kp4Nw9Hc1Jd6Fs5Bg0Ye3Ua8";
const BASE64_TOKEN = Buffer.from(TOKEN).toString("base64");
const HEX_TOKEN = Buffer.from(TOKEN).toString("hex");
const UK_PHONE = "020 7946 0958";
const FULL_WIDTH_PHONE = "０２０ ７９４６ ０９５８";

let home: GuardedHome;
let log: string;
beforeAll(() => {
  const dir = makeGuardedHome().dir;
  log = join(dir, "recorder.log");
  home = makeGuardedHome(
    recorderServerYaml("recorder", log),
    [
      "pii:",
      "  actions:",
      "    phone: { request: block, response: redact }",
      "    github_token: { request: block, response: redact }",
    ].join("\n"),
  );
  mkdirSync(`${home.dir}/files`, { recursive: true });
  writeFileSync(
    `${home.dir}/files/notes.txt`,
    [
      `deploy token (base64): ${BASE64_TOKEN}`,
      `call the office on ${UK_PHONE}`,
      "region: eu-west-1",
      "",
    ].join("\n"),
  );
});
afterAll(() => home.cleanup());

async function client(server: string): Promise<Client> {
  const c = new Client({ name: "encodings-test", version: "1" });
  await c.connect(guardedTransport(home, server));
  return c;
}

const text = (result: Record<string, unknown>) =>
  (result.content as { text: string }[]).map((c) => c.text).join("\n");

describe("encoded secrets and national phone numbers through the bridge", () => {
  it("redacts them coming back from a server, replacing the encoded span", async () => {
    const fs = await client("filesystem");
    const out = text(
      await fs.callTool({ name: "read_text_file", arguments: { path: `${home.dir}/files/notes.txt` } }),
    );
    expect(out).toContain("deploy token (base64): [REDACTED:github_token]");
    expect(out).toContain("call the office on [REDACTED:phone]");
    expect(out).toContain("region: eu-west-1");
    for (const value of [BASE64_TOKEN, UK_PHONE]) expect(out).not.toContain(value);
    await fs.close();
  });

  it.each([
    ["a base64-encoded token", `use ${BASE64_TOKEN}`, "github_token"],
    ["a hex-encoded token", `use ${HEX_TOKEN}`, "github_token"],
    ["a national-format phone number", `ring ${UK_PHONE}`, "phone"],
    ["a phone number in full-width digits", `ring ${FULL_WIDTH_PHONE}`, "phone"],
    [
      "a base64-encoded token behind megabytes of encoded filler",
      `${Buffer.from("minutes of the weekly meeting. ".repeat(70_000)).toString("base64")} ${BASE64_TOKEN}`,
      "github_token",
    ],
  ])("blocks %s on its way to the server, which never receives it", async (_label, message, type) => {
    const recorder = await client("recorder");
    const err = await failure(recorder.callTool({ name: "echo", arguments: { message } }));
    expect(err).toMatchObject({
      code: -32600,
      data: { reason: "sensitive_data", direction: "request", types: [type] },
    });
    await recorder.close();
    expect(serverSaw(log, "tools/call")).toBe(false);
    expect(readFileSync(log, "utf8")).not.toContain(message);
  });

  it("still lets an ordinary call through to the same server (the recording is live)", async () => {
    const recorder = await client("recorder");
    expect(text(await recorder.callTool({ name: "echo", arguments: { message: "hello" } }))).toContain(
      "hello",
    );
    await recorder.close();
    expect(serverSaw(log, "tools/call", "echo")).toBe(true);
  });
});
