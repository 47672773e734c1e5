// microsoft/Recognizers-Text's sequence specs (corpora.mjs): the test cases its phone-number and e-mail
// recognizers share across their .NET, JavaScript, Python and Java ports. Each case is a sentence
// (`Input`) with the values the recognizer must return (`Results`, each with its `Text` and a type
// name), or none; cases one port does not support yet (`NotSupported`) still state the expected answer, so
// they are kept. A value is placed by its text, searched from where the previous one ended (the specs give
// offsets for some values only). A case expecting nothing is a negative of its file's type.
// Held out (round 17): measured blind when added, its misses never printed.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const SPECS = "Specs/Sequence";
const MODELS = { "PhoneNumberModel.json": "phone", "EmailModel.json": "email" };
const TYPE_NAMES = { phonenumber: "phone", email: "email" };

/** `{ english, others }`: each `{ sentences, unplaced }` in labelledSentences' shape. */
export function recognizersTextCases(dir) {
  const byGroup = { english: { sentences: [], unplaced: 0 }, others: { sentences: [], unplaced: 0 } };
  for (const language of readdirSync(join(dir, SPECS))) {
    const group = byGroup[language === "English" ? "english" : "others"];
    for (const file of Object.keys(MODELS)) {
      let cases;
      try {
        cases = JSON.parse(readFileSync(join(dir, SPECS, language, file), "utf8").replace(/^\uFEFF/, ""));
      } catch (error) {
        if (error.code === "ENOENT") continue;
        throw error;
      }
      for (const c of cases) {
        const labels = [];
        let from = 0;
        let placed = true;
        for (const r of c.Results ?? []) {
          const type = TYPE_NAMES[r.TypeName];
          const start = c.Input.indexOf(r.Text, from);
          if (!type || start < 0) {
            placed = false;
            break;
          }
          labels.push({ type, start, end: start + r.Text.length });
          from = start + r.Text.length;
        }
        if (placed) group.sentences.push({ text: c.Input, labels });
        else group.unplaced++;
      }
    }
  }
  return byGroup;
}
