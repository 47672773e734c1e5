// The next occurrence of any of a few characters, for readers that only ever move forward through a text.
// Each character is searched for natively on its own and its next position remembered: a handful of
// single-character searches cost about a tenth of one regex for any of them (a regex visits every
// character, and a megabyte of base64 holds none of them). Since the reader never moves back, each position
// is searched past once per character: linear.
export class CharactersAhead {
  /** Per character, where it next occurs at or after the last `from`; the text's length when it does not. */
  private readonly next: Int32Array;

  constructor(
    private readonly text: string,
    private readonly characters: readonly string[],
  ) {
    this.next = new Int32Array(characters.length).fill(-1);
  }

  /** The first of the characters at or after `from` (never less than an earlier call's), or the text's length. */
  from(from: number): number {
    const { next, text, characters } = this;
    let first = text.length;
    for (let k = 0; k < next.length; k++) {
      let at = next[k] as number;
      if (at < from) {
        at = text.indexOf(characters[k] as string, from);
        if (at < 0) at = text.length;
        next[k] = at;
      }
      if (at < first) first = at;
    }
    return first;
  }
}
