// The bridge and the CLI talk only to a socket that is theirs (see checkSocketOwner). Another user cannot be
// played here without root (attack-socket-squat.test.ts does that as root); what any user can check: a path
// that is not a socket, and a directory anyone could swap the socket in, are refused before anything is sent.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  checkSocketOwner,
  ForeignSocketError,
  openSocket,
  SOCKET_PATH_MAX_BYTES,
  SocketPathTooLongError,
} from "../src/index.js";

const root = mkdtempSync(join(tmpdir(), "mcpg-owner-"));
const servers: Server[] = [];
afterAll(() => {
  for (const server of servers) server.close();
  rmSync(root, { recursive: true, force: true });
});

async function listenIn(dir: string, mode: number): Promise<string> {
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, mode);
  const path = join(dir, "daemon.sock");
  const server = createServer((s) => s.end());
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(path, resolve));
  return path;
}

describe.skipIf(process.platform === "win32")("the daemon socket's owner", () => {
  it("refuses a path that is not a socket", () => {
    const path = join(root, "plain");
    writeFileSync(path, "");
    expect(() => checkSocketOwner(path)).toThrow(ForeignSocketError);
  });

  it("refuses a socket in a directory others can write to that is not sticky", async () => {
    const path = await listenIn(join(root, "open"), 0o777);
    expect(() => checkSocketOwner(path)).toThrow(/writable by others and not sticky/);
    await expect(openSocket(path)).rejects.toBeInstanceOf(ForeignSocketError);
  });

  it("refuses a link in a safe directory to a socket in a directory others can write to (review)", async () => {
    const target = await listenIn(join(root, "open-target"), 0o777);
    mkdirSync(join(root, "safe"), { mode: 0o700 });
    const link = join(root, "safe", "daemon.sock");
    symlinkSync(target, link);
    expect(() => checkSocketOwner(link)).toThrow(/writable by others and not sticky/);
  });

  it("negative: accepts its own socket in its own directory, and in a sticky shared one", async () => {
    for (const [dir, mode] of [
      ["own", 0o700],
      ["sticky", 0o1777],
    ] as const) {
      const path = await listenIn(join(root, dir), mode);
      expect(() => checkSocketOwner(path)).not.toThrow();
      (await openSocket(path)).destroy();
    }
    // A path nobody listens on is left to the connect (the daemon is then started).
    expect(() => checkSocketOwner(join(root, "absent.sock"))).not.toThrow();
  });

  it("refuses a path too long for a socket address before connecting: Node would connect to its cut", async () => {
    const dir = join(root, "long");
    mkdirSync(dir, { mode: 0o700 });
    const path = join(dir, "c".repeat(SOCKET_PATH_MAX_BYTES + 20 - dir.length - 1));
    // Someone listens where Node's cut of the path lands (sun_path's whole size, with no room for the NUL):
    // the bridge would send it its hello.
    const cut = path.slice(0, SOCKET_PATH_MAX_BYTES + 1);
    const server = createServer((s) => s.end());
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(cut, resolve));
    await expect(openSocket(path)).rejects.toBeInstanceOf(SocketPathTooLongError);
    await expect(openSocket(path)).rejects.toThrow(
      `is ${SOCKET_PATH_MAX_BYTES + 20} bytes long, but a Unix socket path holds at most ${SOCKET_PATH_MAX_BYTES} bytes`,
    );
    // negative: the longest path that fits is used whole.
    const longest = await listenIn(
      join(root, "x".repeat(SOCKET_PATH_MAX_BYTES - root.length - "/daemon.sock".length - 1)),
      0o700,
    );
    expect(Buffer.byteLength(longest)).toBe(SOCKET_PATH_MAX_BYTES);
    (await openSocket(longest)).destroy();
  });
});
