#!/usr/bin/env node
// Bundles the end-to-end tests' SDK fixture server (packages/e2e/dist/fixtures/test-server.js, built by tsc)
// with the parts of the MCP SDK and zod it imports into packages/e2e/dist/bundled/, for `pnpm build`. From
// dist, each launch resolved, read and compiled a few hundred modules of node_modules before answering: about
// 0.7 s of CPU, where the bundle takes about 0.3 s, and the suite launches it hundreds of times. The code is
// the same; the tests reach it through the harness's FIXTURE. The reference servers from npm are never
// bundled: they are what a user runs.
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const e2e = join(resolve(dirname(fileURLToPath(import.meta.url)), ".."), "packages/e2e");

await build({
  entryPoints: [join(e2e, "dist/fixtures/test-server.js")],
  outdir: join(e2e, "dist/bundled"),
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // What CommonJS dependencies require (node's built-ins) resolves as from the module itself.
  banner: {
    js: 'import { createRequire as bundleRequire } from "node:module";\nconst require = bundleRequire(import.meta.url);',
  },
  logLevel: "warning",
});
