// A stdio MCP server as a child process. Written here rather than taken from the SDK because the daemon
// must (a) cap the size of each message it reads, (b) start the server in its own process group so that
// closing a session reaps the server and everything it spawned (npx -> node -> ...), and (c) choose the
// environment exactly.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import type { JsonObject } from "@mcp-guard/core";
import type { Logger } from "../logger.js";
import { WriteBatcher } from "../write-batcher.js";
import { ignore, LineReader, type Endpoint } from "../session/endpoint.js";
import { stdioOf, type RunningServers } from "../own-server.js";
import { StderrLog } from "./stderr-log.js";
import type { Upstream } from "./upstream.js";

export interface StdioUpstreamOptions {
  command: string;
  args: readonly string[];
  env: Record<string, string>;
  cwd?: string | undefined;
  maxMessageBytes: number;
  logger: Logger;
  /** How long close() waits for the process to exit after stdin closes, then after SIGTERM. */
  graceMs?: number;
  /** Bytes that may wait for the server to read them before the session stops reading its client. */
  inputBufferBytes?: number;
  /** How long that many may wait, unread, before the server is taken as stalled and the session ends. */
  stalledInputMs?: number;
  /** The credentials the guard handed this server, withheld from its stderr (known-values.ts). */
  known?: readonly string[];
}

/**
 * Bytes a server may leave unread before the client is no longer read. Not the pipe's 64 KB: a server that
 * pauses its input for a while (a synchronous tool) should not stop the client, whose end of input the
 * session must still see (it then answers what is in flight and ends).
 */
const INPUT_BUFFER_BYTES = 4 * 1024 * 1024;
/** A server that leaves that much unread this long reads no more: the session ends, and it is reaped. */
const STALLED_INPUT_MS = 60_000;

const EXIT_DRAIN_MS = 500;

export class StdioUpstream implements Upstream {
  readonly kind = "stdio";
  onmessage: Endpoint["onmessage"] = ignore;
  onerror: Endpoint["onerror"] = ignore;
  onclose: Endpoint["onclose"] = ignore;
  onbackpressure: Endpoint["onbackpressure"] = ignore;
  private child: ChildProcessWithoutNullStreams | undefined;
  private exited: Promise<void> | undefined;
  private closing = false;
  /** onclose was called: the server ended by itself. */
  private ended = false;
  private closePromise: Promise<void> | undefined;
  private spawnError: string | undefined;
  private readonly writes = new WriteBatcher((text) => this.writeIn(text));
  private waitingForDrain = false;
  private stalled: NodeJS.Timeout | undefined;
  private readonly stderr: StderrLog;

  constructor(private readonly options: StdioUpstreamOptions) {
    this.stderr = new StderrLog(options.logger, options.known);
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  stderrTail(): string[] {
    return this.stderr.tail();
  }

  start(): Promise<void> {
    const { command, args, env, cwd } = this.options;
    return new Promise((resolve, reject) => {
      const child = spawn(command, args, {
        env,
        cwd,
        stdio: ["pipe", "pipe", "pipe"],
        detached: true,
        windowsHide: true,
      });
      child.once("error", (err: NodeJS.ErrnoException) => {
        this.spawnError =
          err.code === "ENOENT"
            ? `command not found: ${command}`
            : err.code === "EACCES"
              ? `command is not executable: ${command}`
              : `cannot start ${command}: ${err.message}`;
        reject(new Error(this.spawnError));
      });
      // Out of descriptors (EMFILE), Node starts nothing and leaves the child's pipes undefined despite their
      // type; the failure comes on 'error' above, which without a listener would end the daemon.
      if ((child.stdout as typeof child.stdout | undefined) === undefined) return;
      this.child = child;
      this.exited = new Promise((done) => child.once("close", () => done()));
      reapAtExit(child);
      const reader = new LineReader(this.options.maxMessageBytes, this);
      child.stdout.on("data", (chunk: Buffer) => reader.push(chunk));
      this.stderr.follow(child.stderr);
      // A server whose output ended can never answer, and one whose input failed (EPIPE: it closed it) never
      // hears another request: it is gone even if its process runs on, or its calls would wait for ever.
      child.stdout.once("end", () => {
        // Its last answer, written without a newline before it exited, is still its answer.
        reader.end();
        this.goneUnlessExiting(child, "closed its output");
      });
      child.stdin.on("error", () => this.goneUnlessExiting(child, "closed its input"));
      child.once("spawn", () => resolve());
      child.once("exit", () => {
        this.stderr.release();
        this.afterDrain(child);
      });
      child.once("close", (code, signal) => {
        clearTimeout(this.stalled);
        this.stderr.end();
        if (this.closing) return;
        const how = this.spawnError ?? (signal ? `was killed by ${signal}` : `exited with code ${code}`);
        this.gone(this.spawnError ? how : `the server process ${how}`);
      });
    });
  }

  /**
   * The server exited, but a process it started may hold its stdout and stderr open, and 'close' waits for
   * their end: for as long as that process lives when it left the server's group (setsid), which the group's
   * SIGKILL does not reach. The exit is what counts: the pipes get EXIT_DRAIN_MS to yield what the server
   * wrote (longer while the session holds the output paused, so none of it is lost), then the group is ended
   * and the pipes are let go, and 'close' reports the exit. (close() reaps the group itself.)
   */
  private afterDrain(child: ChildProcessWithoutNullStreams): void {
    setTimeout(() => {
      if (child.stdout.isPaused()) return void child.stdout.once("resume", () => this.afterDrain(child));
      if (!this.closing) signalGroup(child.pid ?? 0, "SIGKILL");
      child.stdout.destroy();
      child.stderr.destroy();
    }, EXIT_DRAIN_MS).unref();
  }

  /**
   * The server's output ended or its input failed. A process that exits does both on its way out: give it
   * EXIT_DRAIN_MS to exit, so that its exit (and its stderr) is the reason reported; one still running then
   * closed its pipe itself, and is ended as gone (the session then reaps its group).
   */
  private goneUnlessExiting(child: ChildProcessWithoutNullStreams, what: string): void {
    setTimeout(() => {
      const running = child.exitCode === null && child.signalCode === null && !this.spawnError;
      if (running) this.gone(`the server ${what} but its process kept running`);
    }, EXIT_DRAIN_MS).unref();
  }

  /** The server ended by itself: reported once, and never after close() (endpoint.ts). */
  private gone(reason: string): void {
    if (this.closing || this.ended) return;
    this.ended = true;
    clearTimeout(this.stalled);
    this.onclose({ reason, finished: false });
  }

  send(message: JsonObject): void {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null || !child.stdin.writable)
      throw new Error(this.spawnError ?? "the server process is not running");
    this.writes.push(`${JSON.stringify(message)}\n`);
  }

  /**
   * A server that leaves more than INPUT_BUFFER_BYTES unread reports back-pressure, so that the session stops
   * reading the client (the daemon would otherwise buffer all it cannot write), until it has read them all.
   * One that leaves them unread for STALLED_INPUT_MS is ended as stalled: the client, no longer read, could
   * not even be heard ending its input.
   */
  private writeIn(text: string): void {
    const stdin = this.child?.stdin;
    if (!stdin) return;
    stdin.write(text);
    const limit = this.options.inputBufferBytes ?? INPUT_BUFFER_BYTES;
    if (this.waitingForDrain || stdin.writableLength <= limit) return;
    this.waitingForDrain = true;
    this.onbackpressure(true);
    const waiting = stdin.writableLength;
    const stalledMs = this.options.stalledInputMs ?? STALLED_INPUT_MS;
    this.stalled = setTimeout(() => {
      this.gone(`the server stopped reading its input (${waiting} bytes unread for ${stalledMs / 1000} s)`);
    }, stalledMs);
    // Above the stream's high-water mark, so its write returned false and "drain" follows the last byte read.
    stdin.once("drain", () => {
      clearTimeout(this.stalled);
      this.waitingForDrain = false;
      this.onbackpressure(false);
    });
  }

  pause(): void {
    this.child?.stdout.pause();
  }

  resume(): void {
    this.child?.stdout.resume();
  }

  close(): Promise<void> {
    this.closePromise ??= this.shutdown();
    return this.closePromise;
  }

  /** Close stdin (the MCP way to ask a stdio server to stop), then SIGTERM, then SIGKILL the whole group. */
  private async shutdown(): Promise<void> {
    this.closing = true;
    clearTimeout(this.stalled);
    const child = this.child;
    if (!child?.pid || !this.exited) return;
    const grace = this.options.graceMs ?? 2000;
    const pid = child.pid;
    this.writes.flush();
    child.stdin.end();
    if (await settlesWithin(this.exited, grace)) {
      signalGroup(pid, "SIGKILL"); // the leader is gone; make sure nothing it spawned lingers
      return;
    }
    signalGroup(pid, "SIGTERM");
    if (await settlesWithin(this.exited, grace)) {
      signalGroup(pid, "SIGKILL");
      return;
    }
    signalGroup(pid, "SIGKILL");
    await this.exited;
  }
}

/**
 * The process groups of servers still running, killed if the daemon exits before reaping them, each with the
 * stdio the daemon gave it (own-server.ts).
 */
const running = new Map<number, readonly string[]>();

/**
 * A daemon that stops ends each session within its shutdown deadline, but a session still waiting then (a
 * server that stopped reading its input, an answer that never came) may not have reached SIGKILL when the
 * process exits: its server, in a group of its own, went on running for ever (found in CI: a server that
 * ignores the end of its input outlived the daemon). Whatever is still running at exit is killed.
 */
function reapAtExit(child: ChildProcessWithoutNullStreams): void {
  const pid = child.pid;
  if (pid === undefined) return;
  if (!process.listeners("exit").includes(killRunning)) process.on("exit", killRunning);
  // Read at once: spawn() returns once the server's program runs, on the stdio it was given.
  running.set(pid, stdioOf(pid));
  child.once("close", () => running.delete(pid));
}

/** The servers this daemon runs, for telling a bridge one of them started (own-server.ts). */
export const runningServers: RunningServers = {
  isServer: (pid) => running.has(pid),
  isServerStdio: (name) => {
    for (const stdio of running.values()) if (stdio.includes(name)) return true;
    return false;
  },
};

function killRunning(): void {
  for (const pid of running.keys()) signalGroup(pid, "SIGKILL");
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  if (pid <= 0) return;
  try {
    process.kill(-pid, signal);
  } catch {
    /* the group is already gone */
  }
}

async function settlesWithin(promise: Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  const result = await Promise.race([promise.then(() => true), timeout]);
  clearTimeout(timer);
  return result;
}
