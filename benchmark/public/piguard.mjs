// Round 16's held-out corpora (pinned in corpora.mjs), measured blind before any change of the round, their
// misses never printed.
//   - leolee99/PIGuard: the evaluation sets of "PIGuard: Prompt Injection Guardrail via Mitigating Overdefense
//     for Free" (Li et al., ACL 2025). Its NotInject sets are benign sentences built around the words
//     injections use ("ignore", "bypass", "override" and the like, one, two or three to a sentence), written to
//     measure over-defence; WildGuard's benign prompts and the PINT chats, documents and hard negatives of its
//     validation set are benign too. Its validation set's PINT injections and jailbreaks are the attacks, and
//     so are the BIPIA attack lists it evaluates on (BIPIA is our development corpus, so those are in-sample).
//   - gtech/moltshield: the hand-written indirect-injection cases of its benchmark (content a user hands an
//     assistant, "Summarize this document", with an instruction planted in it), their benign controls, and its
//     benign prompts. Its cases are TypeScript literals, so the file is transpiled and imported as it stands.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const readJson = (dir, file) => JSON.parse(readFileSync(join(dir, "datasets", file), "utf8"));

/** PIGuard's sets: { attacks: [{ source, text }], clean: [{ source, text }] }. */
export function piguardTexts(dir) {
  const clean = [];
  const attacks = [];
  for (const n of ["one", "two", "three"])
    for (const r of readJson(dir, `NotInject_${n}.json`))
      clean.push({ source: `NotInject (${n} trigger word${n === "one" ? "" : "s"})`, text: r.prompt });
  for (const r of readJson(dir, "wildguard.json")) {
    if (r.label !== 0) throw new Error("PIGuard: expected only benign WildGuard prompts");
    clean.push({ source: "WildGuard benign", text: r.prompt });
  }
  // The validation set repeats samples of NotInject, WildGuard and BIPIA; only its PINT rows are new.
  for (const r of readJson(dir, "valid.json")) {
    if (!String(r.source).startsWith("PINT")) continue;
    (r.label === 1 ? attacks : clean).push({ source: r.source, text: r.prompt });
  }
  for (const kind of ["text", "code"])
    for (const list of Object.values(readJson(dir, `BIPIA_${kind}.json`)))
      for (const text of list) attacks.push({ source: `BIPIA ${kind} (in-sample)`, text });
  if (clean.length < 1300 || attacks.length < 24) throw new Error("PIGuard: fewer texts than expected");
  return { attacks, clean };
}

/** moltshield's cases: { attacks: [{ source, text }], clean: [{ source, text }] }. */
export function moltshieldTexts(dir) {
  const ts = createRequire(import.meta.url)("typescript");
  const source = readFileSync(join(dir, "tests/benchmarks/framework/datasets.ts"), "utf8");
  const js = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 },
  }).outputText;
  // Data literals and small helpers only; run as CommonJS so the loader stays synchronous.
  const mod = {};
  new Function("exports", "require", js)(mod, () => {
    throw new Error("moltshield: datasets.ts is expected to import nothing");
  });
  const attacks = [];
  const clean = [];
  for (const c of mod.INDIRECT_INJECTION_CASES)
    (c.category === "benign" ? clean : attacks).push({
      source: c.category === "benign" ? "benign control" : c.category,
      text: c.maliciousContent,
    });
  for (const p of mod.BENIGN_PROMPTS) clean.push({ source: `benign prompt: ${p.category}`, text: p.prompt });
  if (attacks.length < 40 || clean.length < 50) throw new Error("moltshield: fewer cases than expected");
  return { attacks, clean };
}
