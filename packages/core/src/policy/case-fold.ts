// Names compared ignoring case, the way case-insensitive file systems compare them. APFS folds names with
// Unicode's full case folding and NTFS upper-cases them, and under both `ſ` (the long s) is `s`, the Kelvin
// sign `k` and `ß` (fully folded) `ss`: lower-casing alone leaves `ſ` and `ß` as they are, so
// `~/.aws/credentialſ` would pass for another file than the `~/.aws/credentials` it opens on a Mac.

/**
 * `text` case-folded: lower-, upper- then lower-cased, which equates every character with its folding in
 * CaseFolding.txt (statuses C and F, checked against Python's str.casefold over all of Unicode) and a few
 * more (the dotless ı with i, as NTFS's upper-casing does), which can only make a rule match more. The final
 * sigma is written as any sigma, so that folding a string folds each of its characters on its own: a rule's
 * folded text is then found in the folded text of every value it matches.
 */
export function foldCase(text: string): string {
  // Every argument string comes here: ASCII folds by lower-casing alone, and only the runs beyond it (and the
  // rare controls below the tab, which fold to themselves) take the round trip (no character's case depends
  // on its neighbours but the final sigma's, written as any sigma).
  const lower = text.toLowerCase();
  return BEYOND_ASCII.test(lower) ? lower.replace(BEYOND_ASCII_RUNS, foldRun) : lower;
}

const BEYOND_ASCII = /[^\t-~]/;
const BEYOND_ASCII_RUNS = /[^\t-~]+/g;
const foldRun = (run: string): string => run.toUpperCase().toLowerCase().replaceAll("\u03c2", "\u03c3");
