// Attack (round 41, found from outside, as a server): docs/tool-integrity.md says a text blob is read in the
// encoding its `charset` names, "UTF-32 and codec spellings such as `utf16` too", because a client may honour
// any of them; and docs/detection.md promises secrets and personal data are found in blobs (base64 of UTF-16
// text in either byte order, and binary blobs' printable stretches). The review of planted orders reads a
// UTF-32 blob, but the content scan does not: a `.env` or credentials file read as a resource whose blob is
// labelled `text/plain; charset=utf-32` (either byte order) carries a GitHub token to the client whole, with the
// token's type redacted, where the same file labelled UTF-16 (control) is redacted. A client decoding the blob
// by its label shows the token. A correct guard reads a UTF-32 blob for secrets as it reads a UTF-16 one.
import { afterAll, describe, expect, it } from "vitest";
import { bridgeRequest, redactingRecorder, toolDefinition } from "../src/index.js";

const TOKEN = "ghp_R8kWq2ZpL5vN3xT7yB1cD4fG6hJ9mK0sA2eU";
const FILE = `# deploy settings\nGITHUB_REPO=acme/shop\nGITHUB_TOKEN=${TOKEN}\n`;

function utf32(text: string, order: "BE" | "LE"): string {
  const bytes = Buffer.alloc(text.length * 4);
  for (let i = 0; i < text.length; i++)
    if (order === "BE") bytes.writeUInt32BE(text.charCodeAt(i), i * 4);
    else bytes.writeUInt32LE(text.charCodeAt(i), i * 4);
  return bytes.toString("base64");
}
const READS: Record<string, { mimeType: string; blob: string }> = {
  "utf-32be": { mimeType: "text/plain; charset=utf-32be", blob: utf32(FILE, "BE") },
  "utf-32le": { mimeType: "text/plain; charset=utf-32le", blob: utf32(FILE, "LE") },
  "utf-32, big-endian": { mimeType: "text/plain; charset=utf-32", blob: utf32(FILE, "BE") },
};
const CONTROL = {
  mimeType: "text/plain; charset=utf-16le",
  blob: Buffer.from(FILE, "utf16le").toString("base64"),
};

const uri = (name: string) => `file:///srv/app/${name.replace(/[^a-z0-9]+/g, "-")}.env`;
const { home } = redactingRecorder(
  {
    tools: [toolDefinition("echo", "Returns its arguments.")],
    reads: Object.fromEntries(
      Object.entries({ ...READS, control: CONTROL }).map(([name, content]) => [
        uri(name),
        { contents: [{ uri: uri(name), ...content }] },
      ]),
    ),
  },
  ["github_token"],
);
afterAll(async () => {
  await home.cleanup();
});

describe("a GitHub token in a resource's text blob labelled UTF-32", () => {
  it("(control) labelled UTF-16, the blob reaches the client redacted", async () => {
    const read = JSON.stringify(
      await bridgeRequest(home, "recorder", "resources/read", { uri: uri("control") }),
    );
    expect(read).not.toContain(CONTROL.blob);
  });

  it("reaches the client redacted", async () => {
    const whole: string[] = [];
    for (const [name, { blob }] of Object.entries(READS)) {
      const read = JSON.stringify(
        await bridgeRequest(home, "recorder", "resources/read", { uri: uri(name) }),
      );
      if (read.includes(blob)) whole.push(name);
    }
    // At the head of round 41 each UTF-32 blob reached the client whole, token and all.
    expect(whole, "UTF-32 blobs the client received whole").toEqual([]);
  });
});
