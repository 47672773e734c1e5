#!/usr/bin/env node
// Bundles the daemon's process entry (packages/cli/dist/daemon-main.js) and the config loader's child
// (packages/daemon/dist/config-child.js) from the built dist into packages/cli/bundle/, for `pnpm build`.
// A daemon loaded from dist read 565 ES modules and spent about half its start-up CPU loading them; the
// bundle is the same code in a few files, with what starts lazily (the HTTP door, the dashboard, OAuth, the
// config loader in `start -d`) still in chunks of its own, loaded on first use.
// - Native modules stay outside (better-sqlite3, @mcp-guard/peercred): packages/cli depends on both, so they
//   resolve from the bundle as from dist. So do `yaml`, which wire requires at run time, and every other
//   require() a CommonJS dependency makes (the banner's `require`).
// - Every class has one copy: the daemon's process loads only the bundle, never a module of dist beside it.
// - Paths relative to a module: packages/cli/bundle/ is at the depth of dist/, so the CLI's
//   `../bin/mcp-guard.js` holds; the config child, outside packages/cli, is named to config-process.ts.
import { rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const outdir = join(root, "packages/cli/bundle");

rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: {
    "mcp-guard-daemon": join(root, "packages/cli/dist/daemon-main.js"),
    "config-child": join(root, "packages/daemon/dist/config-child.js"),
  },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  external: ["better-sqlite3", "@mcp-guard/peercred"],
  define: { MCP_GUARD_BUNDLED_CONFIG_CHILD: JSON.stringify("./config-child.js") },
  banner: {
    js: 'import { createRequire as bundleRequire } from "node:module";\nconst require = bundleRequire(import.meta.url);',
  },
  logLevel: "warning",
});
