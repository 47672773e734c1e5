// LeapBeyond/scrubadub's detector tests (corpora.mjs): a Python PII scrubber's unit tests, each a text
// before cleaning and the same text after it, every value its default detectors find replaced by a
// placeholder (`{{EMAIL}}`, `{{PHONE}}`, `{{CREDIT_CARD}}`, `{{SOCIAL_SECURITY_NUMBER}}`, and kinds that are
// not ours: names, URLs, Twitter and Skype handles, dates of birth, UK National Insurance, tax and driving
// licence numbers). The text a placeholder stands for is a labelled span; a text whose cleaned form keeps a
// span we flag counts as a false positive of that type, as in labelledSentences. The phone tests fill one
// sentence with many numbers (`check_phone_numbers('…', '…')`); each becomes a text of its own.
// Held out (round 14): measured blind when added, its misses never printed.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const SCRUBADUB_TYPES = {
  EMAIL: "email",
  PHONE: "phone",
  CREDIT_CARD: "credit_card",
  SOCIAL_SECURITY_NUMBER: "ssn",
};

/** Every before/after pair of the detector tests, as texts with the spans of our types labelled. */
export function scrubadubCases(dir) {
  const testDir = join(dir, "tests");
  const files = readdirSync(testDir).filter((f) => /^test_detector_.*\.py$/.test(f));
  const sentences = [];
  let unaligned = 0;
  for (const file of files) {
    const source = readFileSync(join(testDir, file), "utf8");
    for (const [before, after] of pairs(source)) {
      const labels = aligned(before, after);
      if (labels === undefined) unaligned++;
      else sentences.push({ text: before, labels });
    }
  }
  return { sentences, unaligned };
}

/** The docstrings' pairs, and the phone tests' template filled with each number its calls list. */
function pairs(source) {
  const out = [];
  const docstring = /"""([\s\S]*?)"""/g;
  let template;
  for (let m = docstring.exec(source); m !== null; m = docstring.exec(source)) {
    const split = beforeAfter(m[1]);
    if (!split) continue;
    // A template (filled in by the test with `%`) is no text of its own.
    if (split[0].includes("%s")) template = split;
    else out.push(split);
  }
  if (template) {
    const call = /check_phone_numbers\(([^)]*)\)/g;
    for (let m = call.exec(source); m !== null; m = call.exec(source)) {
      if (m[1].trim().startsWith("*")) continue; // the helper's own signature
      const literal = /'([^'\\]*)'|"([^"\\]*)"/g;
      for (let s = literal.exec(m[1]); s !== null; s = literal.exec(m[1])) {
        const value = s[1] ?? s[2];
        out.push([template[0].replace("%s", value), template[1].replace("%s", value)]);
      }
    }
  }
  return out;
}

function beforeAfter(doc) {
  const b = doc.indexOf("BEFORE:");
  const a = doc.indexOf("AFTER:");
  if (b < 0 || a < b) return undefined;
  return [doc.slice(b + 7, a).trim(), doc.slice(a + 6).trim()];
}

/**
 * Where each placeholder of `after` stands in `before`: the literal text between placeholders is matched in
 * order, and what lies between two matched pieces is the placeholder's value (a value may hold a piece of
 * the literal text after it, a space or a dot, so every place the piece occurs is tried, first to last).
 * Undefined when the two texts do not line up (the case is then left out, and counted).
 */
function aligned(before, after) {
  const pieces = after.split(/\{\{([A-Za-z_+\-0-9]+)\}\}/);
  // pieces: literal, name, literal, name, …, literal
  if (!before.startsWith(pieces[0])) return undefined;
  const spans = placeholders(before, pieces, 1, pieces[0].length);
  if (!spans) return undefined;
  return spans.flatMap(({ name, start, end }) =>
    name
      .replace(/-\d+$/, "")
      .split("+")
      .filter((part) => SCRUBADUB_TYPES[part])
      .map((part) => ({ type: SCRUBADUB_TYPES[part], start, end })),
  );
}

function placeholders(before, pieces, i, at) {
  if (i >= pieces.length) return at === before.length ? [] : undefined;
  const next = pieces[i + 1];
  const last = i + 2 >= pieces.length;
  for (let end = before.indexOf(next, at + 1); end > at; end = before.indexOf(next, end + 1)) {
    if (last && end + next.length !== before.length) continue;
    const rest = placeholders(before, pieces, i + 2, end + next.length);
    if (rest) return [{ name: pieces[i], start: at, end }, ...rest];
    if (next === "") break;
  }
  return undefined;
}
