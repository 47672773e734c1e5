// The matches of a pattern every match of which starts with one known character (the "8" of a toll-free code,
// the ":" before a port). The engine visits every character of a text whatever the pattern (about 0.35 ms per
// MB here), where a native search for one character skips along at memchr's speed: a text in which that
// character is rare (prose without digits, a base64 image without colons) is read for it only. Where the
// character turns out common (logs full of digits and times) a call per occurrence would cost more than the
// engine's one pass, so the rest of the text is left to the pattern itself.
//
// Either way the same matches come back, in the same order: a global search from `from` finds the leftmost
// match at or after it, and since each one starts with the character, trying the pattern in place at each
// occurrence in order finds that one first.

/** Occurrences tried one by one before the search asks whether they are common. */
const FEW = 32;
/** Occurrences closer than this on average (in characters) are left to the pattern's own pass. */
const SPARSE = 256;

export class LeadSearch {
  private readonly sticky: RegExp;

  /** `pattern`: global (g), every match of which starts with `lead`, a single character. */
  constructor(
    private readonly lead: string,
    private readonly pattern: RegExp,
  ) {
    if (lead.length !== 1 || !pattern.global || pattern.sticky)
      throw new Error("LeadSearch: one lead character and a global pattern");
    this.sticky = new RegExp(pattern.source, pattern.flags.replace("g", "") + "y");
  }

  /** A search over one text, moving forward only. */
  in(text: string): LeadCursor {
    return new LeadCursor(text, this.lead, this.sticky, this.pattern);
  }
}

export class LeadCursor {
  private tried = 0;
  private dense = false;

  constructor(
    private readonly text: string,
    private readonly lead: string,
    private readonly sticky: RegExp,
    private readonly pattern: RegExp,
  ) {}

  /** What `pattern.exec(text)` returns with lastIndex `from` (never less than an earlier call's). */
  next(from: number): RegExpExecArray | null {
    const { text, sticky } = this;
    if (!this.dense) {
      for (let at = text.indexOf(this.lead, from); at >= 0; at = text.indexOf(this.lead, at + 1)) {
        sticky.lastIndex = at;
        const m = sticky.exec(text);
        if (m !== null) return m;
        this.tried++;
        if (this.tried >= FEW && this.tried * SPARSE > at) {
          this.dense = true;
          from = at + 1;
          break;
        }
      }
      if (!this.dense) return null;
    }
    this.pattern.lastIndex = from;
    return this.pattern.exec(text);
  }
}
