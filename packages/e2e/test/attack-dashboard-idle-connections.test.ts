// Round 35 (atk35a): a daemon out of file descriptors keeps running (round 34), but while it is out it closes
// every connection it accepts unanswered, the owner's bridges on its Unix socket included. Its dashboard listens
// on 127.0.0.1, open to every local user, and keeps a connection that never sends a byte until Node's header
// timeout (a minute or more), with no bound on how many. Another local user (here uid 65534) opening a few
// hundred idle TCP connections to the dashboard's port fills a daemon limited to 400 descriptors (`ulimit -n`,
// a service manager's LimitNOFILE), and the owner's editor can open no new guarded session for as long as they
// hold them. A correct guard keeps descriptors for its owner: the dashboard takes a bounded number of
// connections (or drops idle ones at once), and the owner's new session is served.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { probeDaemon } from "@mcp-guard/wire";
import { afterAll, describe, expect, it } from "vitest";
import {
  bridgeClient,
  echoOutcome,
  holdIdleConnections,
  makeGuardedHome,
  startLimited,
  type IdleIntruder,
} from "../src/index.js";

const home = makeGuardedHome();
let intruder: IdleIntruder | undefined;
afterAll(async () => {
  intruder?.stop();
  await home.cleanup();
});

describe("idle connections to the dashboard from another local user", () => {
  it("do not keep the owner from opening a guarded session", async () => {
    expect(await startLimited(home)).toBe(0);
    const pid = (await probeDaemon(join(home.home, "daemon.sock")))?.pid;
    expect(pid).toBeGreaterThan(0);
    expect(await echoOutcome(() => bridgeClient(home))).toBe("served");
    const port = Number(readFileSync(join(home.home, "dashboard.port"), "utf8").trim());
    expect(port).toBeGreaterThan(0);
    // Another local user: 450 TCP connections to the dashboard's port, none sending a byte, held open.
    intruder = await holdIdleConnections(port, 450);
    // The same daemon, and the owner's new session opens while the intruder holds its connections.
    const answeredBy = (await probeDaemon(join(home.home, "daemon.sock")))?.pid;
    const session = await echoOutcome(() => bridgeClient(home));
    intruder.stop();
    expect({ answeredBy, session }).toEqual({ answeredBy: pid, session: "served" });
  });
});
