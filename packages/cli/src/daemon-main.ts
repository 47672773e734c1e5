// The daemon's own process entry: what spawnDaemon (daemon-process.ts) runs, as `start --config <file>
// [--handed-config]`. scripts/bundle-daemon.mjs bundles it, with everything the daemon loads, into
// packages/cli/bundle/: a daemon loaded from the packages' dist read 565 ES modules, and loading them was
// about half the CPU of its start (benchmark/NOTES.md, rounds 47 and 48). A person's `mcp-guard start` and
// `serve` still run through the command table (main.ts), which runs the same start().
import { parseArgs } from "node:util";
import { CliError } from "./cli-error.js";
import { run } from "./command-run.js";
import { start } from "./commands/start.js";

await run(async () => {
  const { values, positionals } = parseArgs({
    options: { config: { type: "string" }, "handed-config": { type: "boolean" } },
    allowPositionals: true,
  });
  if (positionals.length !== 1 || positionals[0] !== "start")
    throw new CliError("the daemon's entry runs only `start`; use bin/mcp-guard.js for other commands", 2);
  await start({ config: values.config, handedConfig: values["handed-config"] === true });
})();
