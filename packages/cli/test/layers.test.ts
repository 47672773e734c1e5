// DESIGN.md §3: dependencies point one way. This test reads every package's manifest and every import in
// its sources, so a wrong-way import fails CI rather than waiting for review.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const packagesDir = fileURLToPath(new URL("../../", import.meta.url));

/** What each package may import from the workspace. */
const ALLOWED: Record<string, string[]> = {
  wire: [],
  core: [],
  config: ["peercred", "wire"],
  store: ["core"],
  peercred: [],
  dashboard: [],
  daemon: ["core", "config", "store", "wire", "peercred", "dashboard"],
  bridge: ["wire", "peercred"],
  // peercred (a native module, as better-sqlite3) is a dependency so that the bundled daemon in
  // packages/cli/bundle/ resolves it from there (scripts/bundle-daemon.mjs); no source of cli imports it.
  cli: ["daemon", "bridge", "wire", "config", "store", "core", "peercred"],
  e2e: ["cli", "wire"],
};
/** Node built-ins core must not touch: it decides, it does not do I/O. */
const CORE_FORBIDDEN = ["node:fs", "node:net", "node:child_process", "fs", "net", "child_process"];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith(".ts") ? [path] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map((m) => m[1]!);
}

describe("package layering", () => {
  for (const pkg of Object.keys(ALLOWED)) {
    it(`${pkg} depends only on ${ALLOWED[pkg]!.join(", ") || "no workspace package"}`, () => {
      const manifest = JSON.parse(readFileSync(join(packagesDir, pkg, "package.json"), "utf8")) as {
        dependencies?: Record<string, string>;
      };
      const declared = Object.keys(manifest.dependencies ?? {})
        .filter((d) => d.startsWith("@mcp-guard/"))
        .map((d) => d.slice("@mcp-guard/".length));
      expect(declared.filter((d) => !ALLOWED[pkg]!.includes(d))).toEqual([]);
      const used = sources(join(packagesDir, pkg, "src"))
        .flatMap(imports)
        .filter((i) => i.startsWith("@mcp-guard/"))
        .map((i) => i.slice("@mcp-guard/".length).split("/")[0]!);
      expect([...new Set(used)].filter((d) => !ALLOWED[pkg]!.includes(d))).toEqual([]);
    });
  }

  it("core does no I/O of its own", () => {
    const used = sources(join(packagesDir, "core", "src")).flatMap(imports);
    expect(used.filter((i) => CORE_FORBIDDEN.includes(i))).toEqual([]);
  });

  it("the bridge contains no policy, config, store or upstream code", () => {
    const used = sources(join(packagesDir, "bridge", "src")).flatMap(imports);
    expect(
      used.filter((i) =>
        /@modelcontextprotocol|@mcp-guard\/(core|config|store|daemon)|better-sqlite3|pino/.test(i),
      ),
    ).toEqual([]);
  });
});
