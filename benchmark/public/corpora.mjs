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
    repo: "microsoft/presidio-research",
    commit: "7622dec1e5f7d25dc60b57c28c39f4c4af197018",
    paths: ["data/synth_dataset_v2.json"],
    licence: "MIT",
    use: "personal data: 1,500 synthetic sentences with labelled spans (development corpus)",
  },
  {
    repo: "microsoft/presidio",
    commit: "0aa9f8e44275cb52c00fbbebe19168e934e1f076",
    paths: [
      "presidio-analyzer/tests/test_email_recognizer.py",
      "presidio-analyzer/tests/test_phone_recognizer.py",
      "presidio-analyzer/tests/test_credit_card_recognizer.py",
      "presidio-analyzer/tests/test_us_ssn_recognizer.py",
      "presidio-analyzer/tests/test_iban_recognizer.py",
    ],
    licence: "MIT",
    use: "personal data: the analyzer's recognizer test cases, positive and negative (held out)",
  },
  {
    repo: "Nannigalaxy/PII-synthetic_dataset",
    commit: "e776265d92426ab9ef11f7bea3b9989addc39b63",
    paths: ["dataset/pii_syn_nano_en.json"],
    licence: "MIT",
    use: "personal data: 149 hand-styled sentences (incidents, forms) with labelled values, 18 without (held out)",
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
