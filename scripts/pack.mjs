#!/usr/bin/env node
// Packs the CLI as one npm tarball that `npm i -g <tarball>` installs: the workspace packages travel inside
// it as bundled dependencies (they are not published), their npm dependencies are installed from the
// registry, and the native peer-credential module is compiled on install (node-gyp, like better-sqlite3).
// Usage: node scripts/pack.mjs [output directory]   (run `pnpm build` first; `pnpm pack:cli` does both)
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const out = resolve(process.argv[2] ?? join(root, "dist-pack"));
const stage = join(out, "stage");
const readJson = (path) => JSON.parse(readFileSync(path, "utf8"));

const cli = readJson(join(root, "packages/cli/package.json"));
const bundled = new Map(); // @mcp-guard/name -> its package directory
const external = {};

/** Walks the workspace dependencies of the CLI: each is bundled, each npm dependency is collected. */
function collect(manifest) {
  for (const [name, range] of Object.entries(manifest.dependencies ?? {})) {
    if (range.startsWith("workspace:")) {
      if (bundled.has(name)) continue;
      const dir = join(root, "packages", name.replace("@mcp-guard/", ""));
      bundled.set(name, dir);
      collect(readJson(join(dir, "package.json")));
    } else if (!name.startsWith("@types/")) {
      if (external[name] && external[name] !== range)
        throw new Error(`${name} is wanted as ${external[name]} and ${range}; align the workspace first`);
      external[name] = range;
    }
  }
}
collect(cli);

/**
 * A bundled package's manifest, without dependencies: npm counts a bundled package's dependencies as part of
 * the bundle and would not install them. They are all dependencies of the top package instead, where Node
 * finds them from inside the bundle.
 */
function manifestFor(manifest) {
  const { devDependencies: _dev, dependencies: _deps, private: _private, ...rest } = manifest;
  return rest;
}

rmSync(out, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });
// bundle/: the daemon's entry as one bundle (scripts/bundle-daemon.mjs), which a bridge and `start -d` run.
for (const part of ["bin", "dist", "bundle"])
  cpSync(join(root, "packages/cli", part), join(stage, part), { recursive: true });
for (const [name, dir] of bundled) {
  if (!existsSync(join(dir, "dist"))) throw new Error(`${dir}/dist is missing: run pnpm build first`);
  const target = join(stage, "node_modules", name);
  mkdirSync(target, { recursive: true });
  const manifest = readJson(join(dir, "package.json"));
  writeFileSync(join(target, "package.json"), `${JSON.stringify(manifestFor(manifest), null, 2)}\n`);
  cpSync(join(dir, "dist"), join(target, "dist"), { recursive: true });
  // A native module ships its source and is compiled where it is installed (never a binary from here).
  if (manifest.gypfile) {
    cpSync(join(dir, "binding.gyp"), join(target, "binding.gyp"));
    cpSync(join(dir, "native"), join(target, "native"), { recursive: true });
  }
}
const workspace = readJson(join(root, "package.json"));
const manifest = {
  name: "mcp-guard",
  version: cli.version,
  description: "A security proxy for MCP servers: every message parsed, checked, re-sent and audited.",
  license: "MIT",
  type: "module",
  engines: workspace.engines,
  bin: { "mcp-guard": "bin/mcp-guard.js" },
  files: ["bin", "dist", "bundle"],
  dependencies: {
    ...external,
    ...Object.fromEntries([...bundled.keys()].map((name) => [name, cli.version])),
  },
  bundleDependencies: [...bundled.keys()],
};
writeFileSync(join(stage, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
if (existsSync(join(root, "LICENSE"))) cpSync(join(root, "LICENSE"), join(stage, "LICENSE"));
const file = execFileSync("npm", ["pack", "--silent", "--pack-destination", out], {
  cwd: stage,
  encoding: "utf8",
})
  .trim()
  .split("\n")
  .pop();
rmSync(stage, { recursive: true, force: true });
process.stdout.write(`${join(out, file)}\n`);
