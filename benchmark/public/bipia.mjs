// microsoft/BIPIA (MIT): e-mails, tables and Stack Overflow answers, each with attack instructions to plant in
// them, split by the authors into train and test with different attack categories in each. The result-injection
// model is trained on the train split only (train-result-model.mjs); the benchmark reports on the test split.
import { readFileSync } from "node:fs";
import { join } from "node:path";

const jsonl = (file) =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));

/** Clean contexts of one split: { kind: "email" | "table" | "code", text }. */
export function bipiaContexts(dir, split) {
  const out = [];
  for (const kind of ["email", "table", "code"]) {
    for (const row of jsonl(join(dir, "benchmark", kind, `${split}.jsonl`))) {
      const text = kind === "code" ? row.context.join("\n") : row.context;
      out.push({ kind, text });
    }
  }
  return out;
}

/** Attack instructions of one split: { kind: "text" | "code", family, text }. */
export function bipiaAttacks(dir, split) {
  const out = [];
  for (const kind of ["text", "code"]) {
    const byFamily = JSON.parse(readFileSync(join(dir, "benchmark", `${kind}_attack_${split}.json`), "utf8"));
    for (const [family, texts] of Object.entries(byFamily))
      for (const text of texts) out.push({ kind, family, text });
  }
  return out;
}

/** Plants an attack at the start, the end, or the line boundary nearest the middle, as the authors did. */
export function plant(context, attack, position) {
  if (position === "start") return `${attack}\n${context}`;
  if (position === "end") return `${context}\n${attack}`;
  const half = Math.floor(context.length / 2);
  const cut = context.indexOf("\n", half);
  const at = cut === -1 ? context.length : cut;
  return `${context.slice(0, at)}\n${attack}\n${context.slice(at)}`;
}
