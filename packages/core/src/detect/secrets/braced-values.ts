// A value written between the braces of a template's slot: `--user "apikey":"{ZqL5kVrX1n8tA2}"`, where the
// instructions said `"{apikey_value}"` and the reader typed the key over the name but kept the braces. A slot
// names what fills it (`{password}`, `{api_key}`, `{userName}`, `{sha256Hex}`); a run that switches between
// letters and digits again and again, in both cases, names nothing: it is the value itself. Nor does a word
// with a number as people choose a password (`{hunter2}`, `{Summer2024}`), unless the word is one a slot is
// named by (`{param1}`, `{pw2}`, `{host1}`).

/** Switches between a letter and a digit from which a run reads as drawn, not named (sha256Hex has two). */
const MIN_SWITCHES = 4;

/** One word, capitalised or not, then a number: the shape of a chosen password (hunter2, Welcome1, Summer2024). */
const WORD_AND_NUMBER = /^[A-Za-z][a-z]{3,19}[0-9]{1,4}$/;
/**
 * Words a template's slot, a format argument or a placeholder is named by. A name made of them alone is a name
 * (`{param1}`, `{value2}`, `{password1}`, `{username1}`), whatever number it carries; a chosen word that only
 * holds one (`{Monkey12}`, `{Portland2023}`, `{Keyboard1}`) is not.
 */
const SLOT_WORDS = new Set(
  (
    "arg args param params val value var field item name user host port node server input key token pass word " +
    "pwd pw secret cred creds auth str string text num number index idx col row table db env slot holder opt " +
    "option attr prop label part step stage entry elem obj data temp tmp test sample example foo bar baz file " +
    "path url uri code list line type group level page config setting api id my new old your the"
  ).split(" "),
);
const LONGEST_SLOT_WORD = Math.max(...[...SLOT_WORDS].map((w) => w.length));

/** Whether `letters` (lower case) is slot words end to end: "username" is, "portland" is not. */
function slotWordsOnly(letters: string): boolean {
  // reachable[i]: the first i letters are slot words end to end. At most 20 letters, so at most 20 × 8 looks.
  const reachable = [true];
  for (let end = 1; end <= letters.length; end++) {
    reachable[end] = false;
    for (let start = Math.max(0, end - LONGEST_SLOT_WORD); start < end && !reachable[end]; start++)
      reachable[end] = reachable[start] === true && SLOT_WORDS.has(letters.slice(start, end));
  }
  return reachable[letters.length] === true;
}

/**
 * Whether the inside of a `{name}` slot is the value itself, not a name: a random run of letters of both cases
 * and digits, or a word with a number that names no slot.
 */
export function bracedValue(inside: string): boolean {
  if (WORD_AND_NUMBER.test(inside) && !slotWordsOnly(inside.replace(/[0-9]+$/, "").toLowerCase()))
    return true;
  if (inside.length < 8 || !/[a-z]/.test(inside) || !/[A-Z]/.test(inside)) return false;
  let switches = 0;
  let wasDigit: boolean | undefined;
  for (let i = 0; i < inside.length; i++) {
    const c = inside.charCodeAt(i);
    const digit = c >= 48 && c <= 57;
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (!digit && !letter) continue;
    if (wasDigit !== undefined && wasDigit !== digit) switches++;
    wasDigit = digit;
  }
  return switches >= MIN_SWITCHES;
}
