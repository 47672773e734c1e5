// Loading and validating the config in a short-lived child process instead of in the daemon. The YAML
// parser and zod (with the config's schema) cost about 5 MB of heap and 7 MB of RSS that a daemon would
// hold for as long as it runs, for a job done at start and on each edit. A worker thread was tried first:
// after it ended the daemon still held 3.5 MB more (5.5 MB after five loads), where a child leaves nothing.
// The child inherits the daemon's environment (for ${VAR}s) and sends back the plain validated result over
// an IPC channel with structured cloning (undefined values and all), then exits. Any failure of the child
// (it cannot start, crashes, says nothing, takes too long) is a failed load: the caller refuses to start or
// keeps the config in force.
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { LoadResult } from "@mcp-guard/config/runtime";
import { DEFAULT_ACTIONS } from "@mcp-guard/core/actions";

/**
 * The daemon's bundle (scripts/bundle-daemon.mjs) holds the child's own bundle beside it and names it here,
 * relative to itself. Otherwise resolved from the package root, so that it is found from dist/ and from src/
 * (tests) alike.
 */
declare const MCP_GUARD_BUNDLED_CONFIG_CHILD: string | undefined;
const CHILD_ENTRY = fileURLToPath(
  new URL(
    typeof MCP_GUARD_BUNDLED_CONFIG_CHILD === "string"
      ? MCP_GUARD_BUNDLED_CONFIG_CHILD
      : "../dist/config-child.js",
    import.meta.url,
  ),
);

/** Above fetching an `extends` base (10 s) and parsing on a loaded machine. */
const LOAD_TIMEOUT_MS = 30_000;

export type LoadedConfig = LoadResult & { warnings?: string[] };

/** What the child is asked: the file, and the daemon home for the `extends` cache (else read from the file). */
export interface ConfigRequest {
  file: string;
  home: string | undefined;
  detectionDefaults: typeof DEFAULT_ACTIONS;
}

export function loadConfigApart(file: string, home?: string): Promise<LoadedConfig> {
  const failed = (message: string): LoadedConfig => ({
    ok: false,
    file,
    issues: [{ file, line: undefined, path: "", message: `cannot load the config: ${message}` }],
  });
  return new Promise((resolve) => {
    let stderr = "";
    let answer: LoadedConfig | undefined;
    const child = fork(CHILD_ENTRY, [], {
      serialization: "advanced",
      stdio: ["ignore", "ignore", "pipe", "ipc"],
      // Not the daemon's own V8 flags (e.g. --max-semi-space-size): a plain node is fastest here.
      execArgv: [],
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), LOAD_TIMEOUT_MS);
    child.stderr?.setEncoding("utf8").on("data", (text: string) => {
      if (stderr.length < 4096) stderr += text;
    });
    child.once("message", (message) => (answer = message as LoadedConfig));
    child.once("error", (err) => {
      clearTimeout(timer);
      resolve(failed(err.message));
    });
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      if (answer && (answer.ok === true || answer.ok === false) && code === 0) resolve(answer);
      else
        resolve(
          failed(
            `the loader process ended (${signal ?? `code ${String(code)}`}) without an answer${stderr ? `: ${stderr.trim()}` : ""}`,
          ),
        );
    });
    const request: ConfigRequest = { file, home, detectionDefaults: DEFAULT_ACTIONS };
    child.send(request);
  });
}
