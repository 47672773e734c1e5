import type { Socket } from "node:net";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import {
  DATA_CHUNK_BYTES,
  FRAME_CONTROL,
  FRAME_DATA,
  FrameDecoder,
  FrameError,
  writeControl,
  writeData,
} from "../src/framing.js";

/** Captures what the writers produce; PassThrough has the cork/write/uncork surface they use. */
function capture(write: (socket: Socket) => void): Buffer {
  const stream = new PassThrough();
  write(stream as unknown as Socket);
  stream.end();
  const chunks: Buffer[] = [];
  let chunk: Buffer | null;
  while ((chunk = stream.read() as Buffer | null) !== null) chunks.push(chunk);
  return Buffer.concat(chunks);
}

describe("framing", () => {
  it("round-trips data and control frames through any chunking", () => {
    const bytes = capture((s) => {
      writeControl(s, { type: "welcome", session: "s1" });
      writeData(s, Buffer.from('{"jsonrpc":"2.0"}\n'));
    });
    for (const size of [1, 2, 3, 7, bytes.length]) {
      const decoder = new FrameDecoder();
      const frames = [];
      for (let i = 0; i < bytes.length; i += size) frames.push(...decoder.push(bytes.subarray(i, i + size)));
      expect(frames).toEqual([
        { kind: FRAME_CONTROL, message: { type: "welcome", session: "s1" } },
        { kind: FRAME_DATA, payload: Buffer.from('{"jsonrpc":"2.0"}\n') },
      ]);
    }
  });

  it("splits large data into bounded frames that reassemble exactly", () => {
    const data = Buffer.alloc(DATA_CHUNK_BYTES * 2 + 17, 7);
    const frames = new FrameDecoder().push(capture((s) => writeData(s, data)));
    expect(frames).toHaveLength(3);
    expect(Buffer.concat(frames.map((f) => (f.kind === FRAME_DATA ? f.payload : Buffer.alloc(0))))).toEqual(
      data,
    );
  });

  it.each([
    ["an oversized length", Buffer.from([0x7f, 0xff, 0xff, 0xff, FRAME_DATA])],
    ["a zero length", Buffer.from([0, 0, 0, 0])],
    ["an unknown kind", Buffer.from([0, 0, 0, 2, 0x58, 0x20])],
    ["a control frame that is not JSON", Buffer.from([0, 0, 0, 3, FRAME_CONTROL, 0x7b, 0x7b])],
    [
      "a control frame without a type",
      Buffer.concat([Buffer.from([0, 0, 0, 3, FRAME_CONTROL]), Buffer.from("{}")]),
    ],
  ])("rejects %s", (_, bytes) => {
    expect(() => new FrameDecoder().push(bytes)).toThrow(FrameError);
  });
});
