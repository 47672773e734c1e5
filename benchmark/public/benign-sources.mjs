// Secret findings on benign text we did not write: the JavaScript, TypeScript and Markdown files of the npm
// packages this workspace installs (node_modules/.pnpm, pinned by pnpm-lock.yaml). They hold code that names
// tokens, keys and passwords everywhere and documentation with sample credentials, and no live secret is
// expected in them, so every finding is read as a false positive unless its text shows otherwise
// (SECRETS_BENCH_VERBOSE=1 prints them). Test directories and files over 300 KB (bundles) are left out.
import { readdirSync, readFileSync, realpathSync, statSync, existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { inspect } from "./secret-scoring.mjs";

export const STORE = fileURLToPath(new URL("../../node_modules/.pnpm", import.meta.url));
const MAX_FILE = 300_000;

/** Each file once (the store links packages into each other), our own workspace packages left out. */
export function sourceFiles(dir, depth, out, seen = new Set()) {
  for (const name of readdirSync(dir).sort()) {
    if (["test", "tests", "__tests__", ".bin", "@mcp-guard"].includes(name)) continue;
    const path = join(dir, name);
    let stat;
    try {
      stat = statSync(path);
    } catch {
      continue; // a dangling link
    }
    if (stat.isDirectory()) {
      if (depth < 8) sourceFiles(path, depth + 1, out, seen);
    } else if (/\.(?:md|ts|js|mjs|cjs)$/.test(name) && stat.size <= MAX_FILE) {
      const real = realpathSync(path);
      if (!seen.has(real)) {
        seen.add(real);
        out.push(real);
      }
    }
  }
  return out;
}

export function benignSources() {
  if (!existsSync(STORE)) {
    console.log("  (skipped: node_modules/.pnpm is absent; run `pnpm install` first)");
    return undefined;
  }
  const files = sourceFiles(STORE, 0, []);
  let bytes = 0;
  let flagged = 0;
  const byType = new Map();
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    bytes += text.length;
    const { types, redacted } = inspect(text);
    if (!types.length) continue;
    flagged++;
    for (const t of types) byType.set(t, (byType.get(t) ?? 0) + 1);
    if (process.env.SECRETS_BENCH_VERBOSE === "1")
      for (const m of redacted.match(/[^\n]{0,60}\[REDACTED:[a-z_0-9]+\][^\n]{0,20}/g) ?? [])
        console.log(
          `    ${file.slice(STORE.length + 1).split("/node_modules/")[1] ?? file}: ${JSON.stringify(m)}`,
        );
  }
  console.log(
    `\nbenign sources of the installed npm dependencies: ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB; files with a secret finding: ${flagged} (${((flagged / files.length) * 100).toFixed(2)} %)`,
  );
  console.log(`  findings by type: ${[...byType].map(([t, n]) => `${t} ${n}`).join(", ") || "none"}`);
  return { files: files.length, flagged };
}
