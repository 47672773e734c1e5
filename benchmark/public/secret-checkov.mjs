// Secret detection on checkov's secret-scanner tests (bridgecrewio/checkov, tests/secrets). Added in round 16 as a
// held-out corpus, measured blind before any change; its misses are never printed (no example, no verbose line).
//
// Labels, each from checkov's own tests:
// - test_runner.py runs the scanner over a directory or a file and asserts how many findings it must yield. Only
//   runs with the shipped checks count: every check, or only CKV_SECRET_6 (its general keyword-and-entropy check);
//   runs that pick, skip or re-grade checks measure that option, and runs over the whole resources tree repeat the
//   leaf ones. A run that wants N findings is N positives, found as far as the scan of its files (each whole)
//   changed lines: min(N, lines changed). A run that wants none makes every line with a letter or digit of its
//   files a negative, flagged when the whole file's scan changed it.
// - test_plugin.py calls the general check on one line (`analyze_line(file, line, n)`) and asserts how many
//   results it yields: one or more is a positive (caught by any secret finding), none a negative (flagged by any
//   secret type). The check skips files it deems source code (checkov's SOURCE_CODE_EXTENSION), so a negative in
//   such a file rests on its file name and is left out; calls that read a file line by line name their file and
//   are scored as a whole-file negative; calls judged with a multi-line context are left out.
// Suppressed files (metadata suppressions) are left out: their label rests on the suppression, not the content.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { corpusPath } from "./corpora.mjs";
import { valuesAfter } from "./python-literals.mjs";
import { flag, inspect, report, WHOLE_FILE_ONLY } from "./secret-scoring.mjs";

const TESTS = "tests/secrets";

/** Checkov's list of extensions its general check treats as source code, read from its runner. */
function sourceCodeExtensions(dir) {
  const src = readFileSync(join(dir, "checkov/secrets/runner.py"), "utf8");
  const list = /SOURCE_CODE_EXTENSION\s*=\s*\[([^\]]*)\]/.exec(src);
  if (!list) throw new Error("checkov's SOURCE_CODE_EXTENSION changed shape");
  return [...list[1].matchAll(/'([^']*)'/g)].map((m) => m[1]);
}

/** Every file under a path of the corpus (a file, or a directory read recursively). */
function filesUnder(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => filesUnder(join(path, name)));
}

/** The runner tests: {name, target (relative to tests/secrets), wanted} for runs with the shipped checks. */
function runnerTests(src) {
  const out = [];
  const defs = [...src.matchAll(/\n\s*def (test_\w+)\(/g)];
  defs.forEach((m, i) => {
    const body = src.slice(m.index, defs[i + 1]?.index ?? src.length);
    const filter = /RunnerFilter\(([\s\S]*?)\)\)?\n/.exec(body)?.[1] ?? "";
    const options = filter.replace(/framework=\['secrets'\]|enable_secret_scan_all_files=True|[\s,]/g, "");
    if (options && options !== "checks=['CKV_SECRET_6']") return;
    if (/enforcement_rule|suppression/i.test(body)) return;
    const count =
      /assertEqual\(len\(report\.failed_checks\),\s*(\d+)\)/.exec(body) ??
      /assertEqual\((\d+),\s*len\(report\.failed_checks\)\)/.exec(body);
    const empty = /assertEqual\(report\.failed_checks,\s*\[\]\)/.test(body);
    const file = /valid_file_path = valid_dir_path \+ "\/([^"]+)"/.exec(body)?.[1];
    const target = /_path = current_dir \+ "\/([^"]+)"/.exec(body)?.[1];
    if (!target || target === "resources" || (!count && !empty)) return;
    out.push({
      name: m[1],
      target: file ? `${target}/${file}` : target,
      wanted: count ? Number(count[1]) : 0,
    });
  });
  return out;
}

/** The plugin tests: each analyze_line call with the number of results its test asserts. */
function pluginLines(src) {
  const calls = valuesAfter(src, "analyze_line");
  const counts = [...src.matchAll(/analyze_line\(/g)].map((m) => {
    const after = src.slice(m.index, m.index + 1500);
    const n =
      /assertEqual\((\d+),\s*len\(result\)\)/.exec(after) ??
      /assertEqual\(len\(result\),\s*(\d+)\)/.exec(after);
    return n ? Number(n[1]) : undefined;
  });
  return calls.map((args, i) => {
    const [file, line] = Array.isArray(args) ? args : [];
    return { file, line, wanted: counts[i] };
  });
}

export function checkov() {
  const dir = corpusPath("bridgecrewio/checkov");
  if (!dir) return undefined;
  const commit = readFileSync(join(dir, ".commit"), "utf8").trim();
  const root = join(dir, TESTS);
  const sourceExts = sourceCodeExtensions(dir);
  const isSource = (file) => sourceExts.some((ext) => file.endsWith(ext.startsWith(".") ? ext : `.${ext}`));
  const rows = [];
  const newRow = (family) => {
    const row = { family, tp: 0, found: 0, fakes: 0, fp: 0, flagged: 0, example: "" };
    rows.push(row);
    return row;
  };
  const negativeFiles = new Set();
  let skippedPlugin = 0;
  let skippedSource = 0;

  // Files a test wants nothing from, first: a positive run's directory may hold them too.
  const runs = runnerTests(readFileSync(join(dir, TESTS, "test_runner.py"), "utf8"));
  for (const run of runs)
    if (!run.wanted) for (const f of filesUnder(join(root, run.target))) negativeFiles.add(f);
  const plugin = pluginLines(readFileSync(join(dir, TESTS, "test_plugin.py"), "utf8"));
  for (const call of plugin)
    if (call.wanted === 0 && typeof call.file === "string" && typeof call.line === "symbol") {
      const path = join(root, "resources/cfn", call.file);
      if (existsSync(path)) negativeFiles.add(path);
    }

  for (const run of runs.filter((r) => r.wanted > 0)) {
    const row = newRow(run.name);
    let changed = 0;
    for (const file of filesUnder(join(root, run.target)).filter((f) => !negativeFiles.has(f))) {
      const text = readFileSync(file, "utf8");
      const before = text.split("\n");
      const after = inspect(text).redacted.split("\n");
      changed += before.filter((line, i) => after.length !== before.length || after[i] !== line).length;
    }
    row.tp += run.wanted;
    row.found += Math.min(run.wanted, changed);
  }

  const negatives = newRow("files wanting no finding");
  for (const file of negativeFiles) {
    const text = readFileSync(file, "utf8");
    const before = text.split("\n");
    const after = inspect(text).redacted.split("\n");
    const aligned = before.length === after.length;
    for (let i = 0; i < before.length; i++) {
      if (!/[A-Za-z0-9]/.test(before[i])) continue;
      negatives.fp++;
      const changed = aligned ? after[i] !== before[i] : inspect(before[i]).types.length > 0;
      if (changed) {
        const types = inspect(before[i]).types;
        flag(negatives, types.length ? types : [WHOLE_FILE_ONLY]);
      }
    }
  }

  const lines = newRow("single lines (test_plugin.py)");
  for (const call of plugin) {
    if (typeof call.line !== "string" || call.wanted === undefined) {
      if (typeof call.line !== "symbol") skippedPlugin++;
      continue;
    }
    const { types } = inspect(call.line);
    if (call.wanted > 0) {
      lines.tp++;
      if (types.length) lines.found++;
    } else if (isSource(call.file)) skippedSource++;
    else {
      lines.fp++;
      if (types.length) flag(lines, types);
    }
  }

  return report(
    "checkov secret scanner tests",
    commit,
    rows,
    `${skippedSource} negative lines whose label rests on a source-code file name, ${skippedPlugin} plugin calls not literal or without a count, runs that pick or skip checks, suppressed files`,
    [
      "positive: a runner test's wanted finding (found as far as the whole files' scan changed lines), or a plugin test line that must yield a result",
      "negative: each line of a file a test wants nothing from, flagged when changed; a plugin test line that must yield none",
    ],
  );
}
