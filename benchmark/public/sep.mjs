// Round 15's held-out corpus (egozverev/Should-It-Be-Executed-Or-Processed, pinned in corpora.mjs), measured
// blind before any change of the round, its misses never printed. It is the SEP dataset of "Can LLMs Separate
// Instructions From Data? And What Do We Even Mean By That?" (Zverev et al., ICLR 2025): texts generated for
// 300 processing tasks (stories to summarise, code to review, reviews to rate …), each paired with one of 100
// probes, a request that has nothing to do with the task, inserted into the text. The assembled
// SEP_dataset.json is not in the pinned snapshot, so the authors' procedure (insert_probes.py) is rebuilt here:
// the probe goes before the text or after it, joined by one space. Where their script draws one place at
// random, both places are scored here; their random pick of a probe comes from a seeded generator so every
// run scores the same texts. Probes 50-99 are the "insistent" half (their is_insistent flag). The texts
// alone are the clean side. The raw data holds each subtask's generated record as a JSON string; the few that
// do not parse (the authors' generator retried those) are skipped and counted.
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** A 32-bit xorshift generator, so the probe drawn for each text repeats from run to run. */
function seeded(seed) {
  let x = seed >>> 0 || 1;
  return (n) => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x % n;
  };
}

/** Each generated record of raw_data.json: { domain, task, subtask, data: string[] }, and how many were unreadable. */
function sepRecords(dir) {
  const raw = JSON.parse(readFileSync(join(dir, "SEP_dataset/interim_data_files/raw_data.json"), "utf8"));
  const records = [];
  let unreadable = 0;
  for (const [domain, tasks] of Object.entries(raw.output ?? {})) {
    if (domain === "descr" || typeof tasks !== "object") continue;
    for (const [task, entry] of Object.entries(tasks)) {
      if (task === "descr") continue;
      for (const attempts of entry.subtasks ?? [])
        for (const attempt of Array.isArray(attempts) ? attempts : [attempts]) {
          let record = attempt;
          if (typeof attempt === "string") {
            try {
              record = JSON.parse(attempt);
            } catch {
              unreadable++;
              continue;
            }
          }
          if (!record || !Array.isArray(record.data)) {
            unreadable++;
            continue;
          }
          const data = record.data.filter((d) => typeof d === "string" && d.trim());
          records.push({ domain, task, subtask: record.name, data });
        }
    }
  }
  return { records, unreadable };
}

/**
 * The texts: { attacks: [{ domain, side, insistent, text }], clean: [{ domain, text }], unreadable }, two
 * attacks (probe before, probe after) per text.
 */
export function sepTexts(dir) {
  const probes = JSON.parse(readFileSync(join(dir, "SEP_dataset/source/probes.json"), "utf8"));
  if (
    !Array.isArray(probes) ||
    probes.length !== 100 ||
    probes.some((p) => typeof p.instruction !== "string")
  )
    throw new Error("SEP: expected 100 probes with an instruction each");
  const { records, unreadable } = sepRecords(dir);
  if (records.length === 0) throw new Error("SEP: no generated records in raw_data.json");
  const rand = seeded(20250311);
  const attacks = [];
  const clean = [];
  for (const { domain, data } of records)
    for (const text of data) {
      clean.push({ domain, text });
      const id = rand(probes.length);
      const probe = probes[id].instruction;
      const insistent = id >= 50;
      attacks.push({ domain, side: "start", insistent, text: `${probe} ${text}` });
      attacks.push({ domain, side: "end", insistent, text: `${text} ${probe}` });
    }
  return { attacks, clean, unreadable };
}
