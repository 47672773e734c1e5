// The descriptors a bridge passes are the daemon's to close on every path: taken as the session's client
// (then closed with it, or by discard() when the session is refused before it starts), or closed at once
// when they cannot be used and the session relays instead. A descriptor is seen closed from outside: the
// peer of a passed socket reads end of file once every copy of its other end is closed.
import { createSocket, type Socket as DgramSocket } from "node:dgram";
import { closeSync, mkdtempSync, openSync, rmSync } from "node:fs";
import { connect, createServer, type Server, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { descriptorOf, holdReading, sendDescriptors } from "@mcp-guard/peercred";
import { FrameDecoder, type SessionHello } from "@mcp-guard/wire";
import { afterAll, describe, expect, it } from "vitest";
import { clientEndpoint } from "../src/client-endpoint.js";

const dir = mkdtempSync(join(tmpdir(), "mcpg-endpoint-"));
const servers: Server[] = [];
const udpSockets: DgramSocket[] = [];
let made = 0;
afterAll(() => {
  for (const server of servers) server.close();
  for (const socket of udpSockets) socket.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A connected pair of Unix stream sockets: [ours, theirs]. */
async function socketPair(): Promise<[Socket, Socket]> {
  const path = join(dir, `s${made++}.sock`);
  const accepted = new Promise<Socket>((resolve) => {
    const server = createServer({ allowHalfOpen: true }, resolve);
    servers.push(server);
    server.listen(path);
  });
  await new Promise((resolve) => setTimeout(resolve, 10));
  const ours = connect({ path, allowHalfOpen: true });
  await new Promise((resolve) => ours.once("connect", resolve));
  return [ours, await accepted];
}

/** Resolves true once `socket` reads end of file, false if it has not within a second. */
function endsSoon(socket: Socket): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), 1000);
    socket.once("end", () => {
      clearTimeout(timer);
      resolve(true);
    });
    socket.resume();
  });
}

const hello: SessionHello = {
  type: "hello",
  protocol: 1,
  key: "k",
  purpose: "session",
  server: "s",
  pass_fds: true,
};

/** The daemon's side of a bridge that answers send_fds with `fds`, as clientEndpoint sees it. */
async function endpointGiven(fds: number[]) {
  const [bridge, daemonSide] = await socketPair();
  holdReading(daemonSide);
  const decoder = new FrameDecoder();
  bridge.on("data", (chunk: Buffer) => {
    for (const frame of decoder.push(chunk))
      if (frame.kind === 0x43 && (frame.message as { type?: string }).type === "send_fds")
        sendDescriptors(bridge, fds);
  });
  return clientEndpoint(hello, daemonSide, 1 << 20);
}

/** A stream socket to pass, whose peer tells when every copy of it is closed. */
async function passable(): Promise<{ fd: number; peer: Socket; dropOurs: () => void }> {
  const [passed, peer] = await socketPair();
  const fd = descriptorOf(passed);
  if (fd === undefined) throw new Error("no descriptor");
  return { fd, peer, dropOurs: () => passed.destroy() };
}

/** A bound UDP socket's descriptor (dgram keeps its handle under a symbol of its own). */
async function udpDescriptor(): Promise<number> {
  const socket = createSocket("udp4");
  await new Promise<void>((resolve) => socket.bind(0, "127.0.0.1", resolve));
  udpSockets.push(socket);
  for (const key of Object.getOwnPropertySymbols(socket)) {
    const fd = (Reflect.get(socket, key) as { handle?: { fd?: unknown } } | undefined)?.handle?.fd;
    if (typeof fd === "number") return fd;
  }
  throw new Error("no descriptor behind the UDP socket");
}

describe("the descriptors a bridge passes", () => {
  it("are the session's client when both are streams, and discard() closes them", async () => {
    const input = await passable();
    const output = await passable();
    const endpoint = await endpointGiven([input.fd, output.fd]);
    input.dropOurs();
    output.dropOurs();
    expect(endpoint.kind).toBe("descriptors");
    const ends = [endsSoon(input.peer), endsSoon(output.peer)];
    endpoint.discard();
    expect(await Promise.all(ends)).toEqual([true, true]);
  });

  // A UDP socket is a socket, as fstat says, but no stream: until round 34 both were taken, wrapping the
  // UDP one threw, and the stream's copy stayed open. A regular file is refused by the same test.
  it.each([
    ["the output is a UDP socket", "udp", "after"],
    ["the input is a UDP socket", "udp", "before"],
    ["the output is a regular file", "file", "after"],
  ])("are all closed, and the session relays, when %s", async (_, kind, where) => {
    const stream = await passable();
    const other = kind === "udp" ? await udpDescriptor() : openSync(join(dir, `f${made++}`), "w");
    const endpoint = await endpointGiven(where === "after" ? [stream.fd, other] : [other, stream.fd]);
    stream.dropOurs();
    if (kind === "file") closeSync(other);
    expect(endpoint.kind).toBe("relayed");
    expect(await endsSoon(stream.peer)).toBe(true);
  });

  it("are all closed, and the session relays, when there are not exactly two", async () => {
    const streams = [await passable(), await passable(), await passable()];
    const endpoint = await endpointGiven(streams.map((s) => s.fd));
    for (const s of streams) s.dropOurs();
    expect(endpoint.kind).toBe("relayed");
    expect(await Promise.all(streams.map((s) => endsSoon(s.peer)))).toEqual([true, true, true]);
  });
});
