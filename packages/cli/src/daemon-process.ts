// Starting the daemon as a detached background process, and waiting until it answers.
import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, mkdirSync, openSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { LoadedConfig } from "@mcp-guard/daemon/config-process";
import {
  probeDaemon,
  SOCKET_LOOK_MS,
  watchForSocket,
  type DaemonPaths,
  type ProbeReply,
} from "@mcp-guard/wire";
import { offerConfig } from "./config-handover.js";

/** `mcp-guard start` exits with this when another daemon holds the home: a bridge then keeps waiting for it. */
export const ALREADY_RUNNING_EXIT = 3;

/**
 * The daemon's entry (daemon-main.ts) bundled with all it loads by scripts/bundle-daemon.mjs (`pnpm build`):
 * the same code as the packages' dist, in a few files instead of 565 modules. Resolved from the package root,
 * so that it is the same file from dist/, from the bundle itself and from src/ (tests).
 */
const DAEMON_ENTRY = fileURLToPath(new URL("../bundle/mcp-guard-daemon.js", import.meta.url));

/**
 * V8's young generation grows to 3 × 16 MB under a steady stream of small messages. --optimize-for-size
 * keeps it at 1 MB semi-spaces (the flag implies --max-semi-space-size=1 and overrides any value given
 * beside it: the --max-semi-space-size=2 listed here until round 16 never took effect), and makes V8
 * collect the old generation long before it reaches two or three times its live size: without it the
 * daemon's RSS went up and down between 90 and 120 MB under sustained load; with it the daemon stays within
 * a few MB of 81 MB over 100,000 calls (docs/benchmarks.md). It costs CPU (a collection about every 35
 * calls), but --heap-growing-percent=10 in its place held 5.6 MB more with 10 fresh sessions (round 16).
 * Once the daemon is busy it trades the flag for that growth, keeping the semi-spaces: its collections then
 * keep the shapes TurboFan's code relies on (daemon/src/optimising-compiler.ts).
 * --flush-baseline-code lets V8 drop the baseline machine code of functions that stopped running, as it
 * already drops their bytecode: code that ran once (an HTTP burst, a session's setup) no longer stays
 * compiled; after 2,000 HTTP calls the code space held 3.3 MB instead of 5 MB, with no CPU cost seen.
 * The first session alone took the code space from 0.8 to 4.3 MB, most of it machine code for regular
 * expressions (with every regexp interpreted, 1.5 MB after 10 sessions): the integrity review's and the
 * detectors' large alternations, each compiled the second time it runs. --regexp-tier-up-ticks=1000 keeps
 * a regexp interpreted until it has run a thousand times, so those a session's set-up runs a few times
 * stay bytecode, while those on every call's path are compiled within the first thousand calls.
 * With 10 sessions open the code space held 4.0 instead of 5.5 MB. (Adding --no-sparkplug, no baseline
 * tier, took it to 2.8 MB, but the daemon's CPU per call measured 0–8 % higher, so it is not used.)
 */
export const DAEMON_NODE_FLAGS = [
  "--optimize-for-size",
  "--v8-pool-size=1",
  "--flush-baseline-code",
  "--regexp-tier-up-ticks=1000",
  // No TurboFan until the daemon is busy (daemon/src/optimising-compiler.ts lets it in).
  "--max-opt=1",
];

/**
 * Fewer threads, fewer per-thread malloc arenas: node starts four V8 helper threads (--v8-pool-size=1 above
 * keeps one, for concurrent marking and compilation) and four libuv pool threads, and glibc gives busy
 * threads arenas of their own (up to eight per core). With one V8 helper, two pool threads and two arenas
 * the daemon runs 6 threads instead of 11 and holds 2–3 MB less with 10 sessions (docs/benchmarks.md).
 * The upstream servers never see these: they get their own small environment (daemon/src/server-env.ts).
 * A value the user set explicitly wins.
 */
export const DAEMON_ENV: Readonly<Record<string, string>> = {
  MALLOC_ARENA_MAX: "2",
  UV_THREADPOOL_SIZE: "2",
};

/** The environment a started daemon gets: the caller's, with DAEMON_ENV's defaults for what it leaves unset. */
export function daemonEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...DAEMON_ENV, ...env };
}

/**
 * What a daemon a bridge starts keeps of that bridge's environment: where things are (paths, locale, temp
 * and config directories), how to reach the network (proxies, extra CA certificates) and the guard's own
 * location. The daemon serves every client, and a session's `${VAR}`s fall back to the daemon's
 * environment when the session's own client does not set them: with the whole environment, whichever
 * client happened to start the daemon (its entry's tokens, VS Code's typed inputs) filled other clients'
 * sessions. `mcp-guard start`, run by a person, keeps the shell's whole environment as documented.
 */
const SHARED_NAMES =
  /^(?:PATH|HOME|USER|LOGNAME|SHELL|TERM|LANG|LANGUAGE|LC_[A-Z]+|TZ|TMPDIR|TEMP|TMP|XDG_[A-Z_]+|SYSTEMROOT|WINDIR|APPDATA|LOCALAPPDATA|USERPROFILE|NODE_EXTRA_CA_CERTS|SSL_CERT_(?:FILE|DIR)|(?:HTTPS?|NO|ALL)_PROXY|(?:https?|no|all)_proxy|MCP_GUARD_(?:HOME|CONFIG)|MALLOC_ARENA_MAX|UV_THREADPOOL_SIZE)$/;

/** A bridge's environment reduced to what the daemon it starts may share with every client (SHARED_NAMES). */
export function sharedEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => SHARED_NAMES.test(name)));
}

/**
 * Its stdout and stderr go to <home>/daemon.startup.log, so a failed start can say why. `loaded`: the config
 * as the daemon would load it with this environment (or the load still under way), handed to it
 * (config-handover.ts) instead of loaded again.
 */
export function spawnDaemon(
  configPath: string,
  paths: DaemonPaths,
  env: NodeJS.ProcessEnv = process.env,
  loaded?: LoadedConfig | Promise<LoadedConfig | undefined>,
): ChildProcess {
  mkdirSync(paths.home, { recursive: true, mode: 0o700 });
  const log = openSync(paths.startupLog, "w", 0o600);
  try {
    const handed = loaded !== undefined;
    const child = spawn(
      process.execPath,
      [
        ...DAEMON_NODE_FLAGS,
        DAEMON_ENTRY,
        "start",
        "--config",
        configPath,
        ...(handed ? ["--handed-config"] : []),
      ],
      {
        detached: true,
        stdio: ["ignore", log, log, ...(handed ? (["ipc"] as const) : [])],
        ...(handed ? { serialization: "advanced" as const } : {}),
        env: daemonEnvironment(env),
      },
    );
    if (handed) offerConfig(child, loaded);
    child.unref();
    return child;
  } finally {
    closeSync(log);
  }
}

export type StartOutcome = { ok: true; info: ProbeReply } | { ok: false; reason: string };

/** Succeeds only once the daemon answers on its socket; fails with the daemon's own words when it exits. */
export async function waitForDaemon(
  child: ChildProcess,
  paths: DaemonPaths,
  timeoutMs = 20_000,
): Promise<StartOutcome> {
  let exited: number | null | undefined;
  // As the bridge waits (bridge.ts): woken by the socket's appearance, or by the daemon's exit.
  const appearing = watchForSocket(paths.socket);
  child.once("exit", (code) => {
    exited = code;
    appearing.wake();
  });
  try {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const info = await probeDaemon(paths.socket, 500);
      if (info) return { ok: true, info };
      if (exited !== undefined)
        return { ok: false, reason: startupLogTail(paths) || `the daemon exited with code ${exited}` };
      await appearing.next(Math.min(SOCKET_LOOK_MS, Math.max(0, deadline - Date.now())));
    }
  } finally {
    appearing.close();
  }
  return { ok: false, reason: `no answer on ${paths.socket} within ${timeoutMs / 1000} s; see ${paths.log}` };
}

/**
 * For a bridge that started a daemon: resolves with the daemon's own reason if it exits having failed to
 * start. A daemon that found another one running is no failure (that one will answer); nor is one that runs.
 */
export function startFailure(child: ChildProcess, paths: DaemonPaths): Promise<string> {
  return new Promise((resolve) => {
    child.once("exit", (code, signal) => {
      if (code === 0 || code === ALREADY_RUNNING_EXIT) return;
      const said = startupLogTail(paths).replace(/^mcp-guard: /, "");
      resolve(said || `the daemon exited with ${signal ?? `code ${code}`}`);
    });
  });
}

function startupLogTail(paths: DaemonPaths): string {
  try {
    return readFileSync(paths.startupLog, "utf8").trim().split("\n").slice(-20).join("\n");
  } catch {
    return "";
  }
}
