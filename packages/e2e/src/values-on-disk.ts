// What "no raw value at rest" is checked against: every file under a directory (the guard's home: the
// database and its -wal/-shm, the journal, the logs), byte for byte.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/** Each file under `dir` that holds one of the values, as "<path under dir>: <label>". */
export function valuesOnDisk(
  dir: string,
  values: ReadonlyArray<readonly [label: string, value: string]>,
): string[] {
  const hits: string[] = [];
  for (const file of filesUnder(dir)) {
    const bytes = readFileSync(file);
    for (const [label, value] of values)
      if (bytes.includes(Buffer.from(value))) hits.push(`${relative(dir, file)}: ${label}`);
  }
  return hits;
}

function filesUnder(path: string): string[] {
  return readdirSync(path).flatMap((name) => {
    const full = join(path, name);
    const stat = statSync(full, { throwIfNoEntry: false });
    if (!stat) return [];
    return stat.isDirectory() ? filesUnder(full) : stat.isFile() ? [full] : [];
  });
}
