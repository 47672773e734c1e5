#!/usr/bin/env node
// Bundles the daemon's process entry (packages/cli/dist/daemon-main.js) and the config loader's child
// (packages/daemon/dist/config-child.js) from the built dist into packages/cli/bundle/, for `pnpm build`;
// then, in a build of its own, the CLI's entry (packages/cli/dist/main.js, which bin/mcp-guard.js runs).
// A daemon loaded from dist read 565 ES modules and spent about half its start-up CPU loading them; the
// bundle is the same code in a few files, with what starts lazily (the HTTP door, the dashboard, OAuth, the
// config loader in `start -d`, each CLI command) still in chunks of its own, loaded on first use. A bridge
// (`connect`, which every MCP client launches) and each command likewise resolved and read dozens of files
// from dist and node_modules (the YAML parser alone is 72) before doing anything.
// - Native modules stay outside (better-sqlite3, @mcp-guard/peercred): packages/cli depends on both, so they
//   resolve from the bundle as from dist. So do `yaml`, which wire requires at run time, and every other
//   require() a CommonJS dependency makes (the banner's `require`).
// - Every class has one copy: the daemon's and the CLI's processes load only the bundle, never a module of
//   dist beside it. Each process loads the files of one build alone (`start` in the foreground runs the
//   daemon from the CLI's).
// - The CLI reads a config's daemon location (wire's paths.ts) with the YAML parser, which wire requires on
//   first use in a way esbuild cannot follow; the CLI's build points it at a bundled copy, still evaluated
//   only on that first use. The daemon's build leaves it as it is: the daemon never parses YAML, and its
//   chunks do not carry the parser's 290 kB.
// - Paths relative to a module: packages/cli/bundle/ is at the depth of dist/, so `../bin/mcp-guard.js` from a
//   module at the top of cli's src/ holds in both (cli-entry.ts); the config child, outside packages/cli, is
//   named to config-process.ts.
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { asciiSource } from "./ascii-source.mjs";

/** wire's `createRequire(import.meta.url)("yaml")` as a plain require, which esbuild bundles lazily. */
const LAZY_YAML = 'createRequire(import.meta.url)("yaml")';
const yamlOnFirstUse = {
  name: "yaml-on-first-use",
  setup(build) {
    build.onLoad({ filter: /[\\/]wire[\\/]dist[\\/]paths\.js$/ }, ({ path }) => {
      const text = readFileSync(path, "utf8");
      // A changed paths.ts must change this too, rather than leave each command reading 72 files unnoticed.
      if (!text.includes(LAZY_YAML)) throw new Error(`${path} no longer requires yaml as ${LAZY_YAML}`);
      return { contents: text.replace(LAZY_YAML, 'require("yaml")'), loader: "js" };
    });
  },
};

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const outdir = join(root, "packages/cli/bundle");

const shared = {
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
  // A module's source stays in the heap for as long as the process runs (V8 compiles functions lazily from
  // it): the 2.7 MB of text a started daemon loads were a quarter indentation and line breaks. Names are kept,
  // so a stack trace still names each function.
  minifyWhitespace: true,
  logLevel: "warning",
};

rmSync(outdir, { recursive: true, force: true });
await build({
  ...shared,
  entryPoints: {
    "mcp-guard-daemon": join(root, "packages/cli/dist/daemon-main.js"),
    "config-child": join(root, "packages/daemon/dist/config-child.js"),
  },
});
await build({
  ...shared,
  entryPoints: { "mcp-guard": join(root, "packages/cli/dist/main.js") },
  // jsonc-parser's main is a UMD module whose require() of its own files esbuild cannot follow; `init` and
  // `scan` import it from node_modules, as from dist.
  external: [...shared.external, "jsonc-parser"],
  plugins: [yamlOnFirstUse],
});

// Every file one-byte text, as Node then reads and keeps it (ascii-source.mjs).
for (const name of readdirSync(outdir)) {
  const file = join(outdir, name);
  const text = readFileSync(file, "utf8");
  const ascii = asciiSource(text, file);
  if (ascii !== text) writeFileSync(file, ascii);
}
