// A value written between the braces of a template's slot: `--user "apikey":"{ZqL5kVrX1n8tA2}"`, where the
// instructions said `"{apikey_value}"` and the reader typed the key over the name but kept the braces. A slot
// names what fills it (`{password}`, `{api_key}`, `{userName}`, `{sha256Hex}`); a run that switches between
// letters and digits again and again, in both cases, names nothing: it is the value itself.

/** Switches between a letter and a digit from which a run reads as drawn, not named (sha256Hex has two). */
const MIN_SWITCHES = 4;

/** Whether the inside of a `{name}` slot is a random run of letters of both cases and digits, not a name. */
export function bracedValue(inside: string): boolean {
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
