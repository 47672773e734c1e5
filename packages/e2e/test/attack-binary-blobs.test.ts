// Attack (round 18): a secret or an address inside a base64 blob whose bytes open with a binary header: a
// PNG's signature before a tEXt chunk, a byte-order mark and a length, a single binary byte. A blob is
// decoded as text only when its first bytes are text, so whatever followed such a header was not read.
// Through the real bridge and the recording server, with every type redacted both ways: before the fix 3 of
// 3 blobs sent as a tool's arguments reached the server whole, and 2 of 2 blobs (a resource read, an image
// in a tool's result) reached the client whole. Now a binary blob's printable stretches are read, and a
// blob holding a value is redacted whole; a random image still passes. The review pass added two short values
// between binary bytes (an address, an SSN): both reached the server whole after the first fix, which read
// only stretches of 20 bytes in runs of 28 characters.
import { createHash } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { bridgeRequest, redactingRecorder, toolDefinition, valuesReachingServer } from "../src/index.js";

const TOKEN = "ghp_R8kWq2ZpL5vN3xT7yB1cD4fG6hJ9mK0sA2eU";
const blob = (bytes: string) => Buffer.from(bytes, "latin1").toString("base64");
const PNG = `\x89PNG\r\n\x1a\n\x00\x00\x00\x2ctEXtComment\x00`;
const BLOBS = {
  "a PNG's text chunk": blob(`${PNG}deploy key ${TOKEN}`),
  "a byte-order mark and a length": blob(`\xfe\xff\x00\x2awrite to jane.roe@example.org`),
  "one binary byte": blob(`\x89token ${TOKEN}`),
  // Review pass: a value shorter than the first reader's 20-byte stretches, between binary bytes, passed.
  "a short address between zero bytes": blob(`\x00jdoe@example.com\x00`),
  "an SSN between binary bytes": blob(`\x00\x01078-05-1120\xff`),
};
// An image's bytes, fixed (digests in a chain): its printable stretches hold no value, as in nearly
// every image.
const imageBytes = Array.from({ length: 100 }, (_, i) =>
  createHash("sha256").update(`image ${i}`).digest().toString("latin1"),
);
const IMAGE = blob(`\x89PNG\r\n\x1a\n${imageBytes.join("")}`);
const { home, log } = redactingRecorder(
  {
    tools: ["echo", "snapshot"].map((name) => toolDefinition(name, "A tool.")),
    results: {
      snapshot: {
        content: [
          { type: "image", data: blob(`${PNG}${TOKEN}`), mimeType: "image/png" },
          { type: "image", data: IMAGE, mimeType: "image/png" },
        ],
      },
    },
    reads: {
      "file:///data/avatar.png": {
        contents: [{ uri: "file:///data/avatar.png", mimeType: "image/png", blob: blob(`${PNG}${TOKEN}`) }],
      },
    },
  },
  ["email", "ssn", "github_token"],
);
afterAll(() => home.cleanup());

describe("values in base64 blobs behind binary bytes", () => {
  it("reach the server redacted (before: 5 of 5 whole); a fixed image reaches it whole", async () => {
    const calls = { ...BLOBS, "a fixed image": IMAGE };
    const { reached, seen } = await valuesReachingServer(
      home,
      log,
      Object.fromEntries(
        Object.entries(calls).map(([what, data]) => [what, { args: { attachment: data }, value: data }]),
      ),
    );
    expect(seen).toHaveLength(Object.keys(calls).length);
    expect(reached).toEqual(["a fixed image"]);
  });

  it("reach the client redacted (before: 2 of 2 whole)", async () => {
    const read = JSON.stringify(
      await bridgeRequest(home, "recorder", "resources/read", { uri: "file:///data/avatar.png" }),
    );
    expect(read).toContain('"blob":"[REDACTED:github_token]"');
    const result = JSON.stringify(
      await bridgeRequest(home, "recorder", "tools/call", { name: "snapshot", arguments: {} }),
    );
    expect(result).toContain('"data":"[REDACTED:github_token]"');
    expect(result).toContain(IMAGE);
  });
});
