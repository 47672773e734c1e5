// arthurdejong/python-stdnum's IBAN doctest (corpora.mjs): a number-validation library's lists of IBANs,
// one a line, as people write them (grouped in fours or not, upper or lower case, from the registry's
// examples and from banks' pages of many countries). A list the doctest asserts all valid
// (`not iban.is_valid(x)` yields nothing) gives positives; one it asserts all invalid (`iban.is_valid(x)`
// yields nothing: wrong check digits, lengths or structures) gives negatives. A list judged with options
// (`check_country=False`) is left out. Each value is scanned alone, as a field would hold it.
// Held out (round 16): measured blind when added, its misses never printed.
import { readFileSync } from "node:fs";
import { join } from "node:path";

export const STDNUM_IBAN_PATH = "tests/test_iban.doctest";

/** `{ sentences }` in labelledSentences' shape: each listed value a text, labelled whole when valid. */
export function stdnumIbanCases(dir) {
  const source = readFileSync(join(dir, STDNUM_IBAN_PATH), "utf8");
  const sentences = [];
  const list =
    /^>>> numbers = '''\n([\s\S]*?)^\.\.\. '''\n>>> \[ x for x in numbers\.splitlines\(\) if x and (not )?iban\.is_valid\(x\) \]/gm;
  for (let m = list.exec(source); m !== null; m = list.exec(source)) {
    const valid = m[2] !== undefined;
    for (const line of m[1].split("\n")) {
      const value = line.replace(/^\.\.\. ?/, "").trim();
      if (!value) continue;
      sentences.push({ text: value, labels: valid ? [{ type: "iban", start: 0, end: value.length }] : [] });
    }
  }
  return { sentences };
}
