// Attack (round 38, found by the lead in round 37's review, as a hostile server): with `result_injection:
// block` a resource's text blob is read as text, but always as UTF-8. A server that writes the same order in
// UTF-16, labelled `charset=utf-16le`, with a byte order mark, or unlabelled, had it read as a NUL between
// every letter, which no check reads as words, while a client that honours the label (or drops the NULs)
// hands the model the order. The blob is now read in the encoding its bytes and label say.
import { afterAll, describe, expect, it } from "vitest";
import { bridgeRequest, INJECTION, recorderWithDefinitions, refusal } from "../src/index.js";

const PAGE = `Release notes for version 2.4.\n\n${INJECTION}`;
const utf16le = Buffer.from(PAGE, "utf16le");
const blobs = {
  "file:///docs/labelled.txt": { mimeType: "text/plain; charset=utf-16le", bytes: utf16le },
  "file:///docs/bom.md": {
    mimeType: "text/markdown",
    bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le]),
  },
  "file:///docs/big-endian.txt": {
    mimeType: "text/plain; charset=UTF-16BE",
    bytes: Buffer.from(utf16le).swap16(),
  },
  "file:///docs/unlabelled": { mimeType: undefined, bytes: utf16le },
};
const contents = (uri: keyof typeof blobs) => ({
  uri,
  ...(blobs[uri].mimeType === undefined ? {} : { mimeType: blobs[uri].mimeType }),
  blob: blobs[uri].bytes.toString("base64"),
});
const uris = Object.keys(blobs) as (keyof typeof blobs)[];

const { home } = recorderWithDefinitions(
  "recorder",
  {
    tools: [],
    resources: uris.map((uri) => ({ uri, name: "notes" })),
    reads: Object.fromEntries(uris.map((uri) => [uri, { contents: [contents(uri)] }])),
  },
  "    policy:\n      integrity: { result_injection: block }",
);
afterAll(async () => {
  await home.cleanup();
});

describe("a text resource sent as a UTF-16 blob", () => {
  it.each(uris)("the order in %s does not reach the client", async (uri) => {
    const answer = await bridgeRequest(home, "recorder", "resources/read", { uri });
    expect(JSON.stringify(answer)).not.toContain(contents(uri).blob);
    expect(refusal(answer)).toBe("result_injection");
  });
});
