// Secret detection on leaktk's fake leaks (leaktk/fake-leaks, the test data of leaktk's patterns). Its authors sort
// files by credential kind into <kind>/valid/ (a leak their patterns must report) and <kind>/invalid/ (a look-alike:
// placeholders, references, encrypted values, truncated examples). Added in round 17 as a held-out corpus, measured
// blind before any change; its misses are never printed (no example, no verbose line).
//
// Labels, each a whole file:
// - positive: a file under <kind>/valid/, caught when the scan reports any secret type in it.
// - negative: a file under <kind>/invalid/ or google/benign/, flagged when the scan reports any secret type.
// Left out: the `cui` kind (markings of controlled unclassified information, not credentials) and files that are not
// text (a NUL byte).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { corpusPath } from "./corpora.mjs";
import { flag, inspect, report } from "./secret-scoring.mjs";

const NOT_CREDENTIALS = new Set(["cui"]);

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export function fakeLeaks() {
  const dir = corpusPath("leaktk/fake-leaks");
  if (!dir) return undefined;
  const commit = readFileSync(join(dir, ".commit"), "utf8").trim();
  const rows = new Map();
  let notCredentials = 0;
  let binary = 0;
  for (const path of filesUnder(dir)) {
    const [kind, label] = relative(dir, path).split(sep);
    const positive = label === "valid";
    if (!positive && label !== "invalid" && label !== "benign") continue;
    if (NOT_CREDENTIALS.has(kind)) {
      notCredentials++;
      continue;
    }
    const text = readFileSync(path, "utf8");
    if (text.includes("\0")) {
      binary++;
      continue;
    }
    if (!rows.has(kind))
      rows.set(kind, { family: kind, tp: 0, found: 0, fakes: 0, fp: 0, flagged: 0, example: "" });
    const row = rows.get(kind);
    const { types } = inspect(text);
    if (positive) {
      row.tp++;
      if (types.length) row.found++;
    } else {
      row.fp++;
      if (types.length) flag(row, types);
    }
  }
  return report(
    "leaktk fake leaks",
    commit,
    [...rows.values()],
    `${notCredentials} files of controlled-unclassified-information markings (not credentials), ${binary} binary files`,
    [
      "positive: a file under <kind>/valid/, caught by any secret finding",
      "negative: a file under <kind>/invalid/ or google/benign/, flagged by any secret type",
    ],
  );
}
