// Public corpora we did not write, pinned by commit. They are never committed: `pnpm corpora:fetch` copies the
// files each benchmark reads into benchmark/.corpora/<owner>+<name>/, and the benchmarks skip a corpus that is
// absent with a message saying how to fetch it.
//
// Source of each repository, in order: $MCP_GUARD_CORPUS_MIRROR/<owner>+<name>/repo (a bare git directory
// that already holds the commit, e.g. an offline mirror), otherwise a shallow clone from GitHub at the commit.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", ".corpora");

/**
 * Each entry: the repository, the commit it is pinned to, the paths the benchmarks read (git pathspecs), its
 * licence, and what it is used for. Add an entry here, never a copy of the data.
 */
export const CORPORA = [
  {
    repo: "gitleaks/gitleaks",
    commit: "b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b",
    paths: ["cmd/generate/config/rules"],
    licence: "MIT",
    use: "secrets: each rule's true- and false-positive test fixtures",
  },
  {
    repo: "modelcontextprotocol/conformance",
    // The release 0.1.16 (the suite's npm version in benchmark/conformance).
    commit: "21a9a2febd7100d7c17ac1021ee7f2ed9f66a1e0",
    paths: ["examples/servers/typescript/everything-server.ts"],
    licence: "Apache-2.0 / MIT",
    use: "conformance: the suite's reference everything server, run as the gateway's upstream (pnpm conformance)",
  },
];

/** The local directory of a corpus, or undefined (with the reason printed) when it has not been fetched. */
export function corpusPath(repo) {
  const entry = CORPORA.find((c) => c.repo === repo);
  if (!entry) throw new Error(`unknown corpus ${repo}: add it to benchmark/public/corpora.mjs`);
  const dir = join(CORPUS_DIR, repo.replace("/", "+"));
  if (!existsSync(join(dir, ".commit"))) {
    console.log(`  (skipped: ${repo} is not fetched; run \`pnpm corpora:fetch\` first)`);
    return undefined;
  }
  return dir;
}

function fetchOne({ repo, commit, paths }) {
  const dest = join(CORPUS_DIR, repo.replace("/", "+"));
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  const mirror = process.env.MCP_GUARD_CORPUS_MIRROR
    ? join(process.env.MCP_GUARD_CORPUS_MIRROR, repo.replace("/", "+"), "repo")
    : undefined;
  let gitDir;
  let scratch;
  if (mirror && existsSync(mirror)) {
    gitDir = mirror;
  } else {
    scratch = mkdtempSync(join(tmpdir(), "mcp-guard-corpus-"));
    gitDir = join(scratch, "repo.git");
    execFileSync("git", ["init", "--bare", "-q", gitDir]);
    execFileSync("git", [
      "--git-dir",
      gitDir,
      "fetch",
      "-q",
      "--depth",
      "1",
      `https://github.com/${repo}`,
      commit,
    ]);
  }
  const tar = execFileSync("git", ["--git-dir", gitDir, "archive", "--format=tar", commit, "--", ...paths], {
    maxBuffer: 1 << 30,
  });
  execFileSync("tar", ["-x", "-C", dest], { input: tar });
  writeFileSync(join(dest, ".commit"), `${commit}\n`);
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  return dest;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const only = process.argv.slice(2);
  for (const entry of CORPORA) {
    if (only.length && !only.includes(entry.repo)) continue;
    try {
      console.log(`${entry.repo}@${entry.commit.slice(0, 12)} → ${fetchOne(entry)}`);
    } catch (err) {
      console.error(`${entry.repo}: not fetched (${err.message.split("\n")[0]})`);
      process.exitCode = 1;
    }
  }
}
