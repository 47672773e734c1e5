// Where the lines of a text start, as a multiline pattern's ^ reads them: the text's start, and just after each
// of JavaScript's line terminators. Found natively, a search per terminator kind and line, for the readers that
// look at the start of each line only: a multiline `^…` pattern is tried by the engine at every character.

const TERMINATORS = ["\n", "\r", "\u2028", "\u2029"];

export class LineStarts {
  /** Where each terminator next stands (-1: none further on), looked up again once passed. */
  private readonly next: number[];

  constructor(private readonly text: string) {
    this.next = TERMINATORS.map((terminator) => text.indexOf(terminator));
  }

  /**
   * The first line start after `at` (a line start, or any position: at itself is not counted), or -1. Asked
   * with `at` growing from one call to the next.
   */
  after(at: number): number {
    const { next, text } = this;
    let nearest = -1;
    for (let k = 0; k < next.length; k++) {
      let found = next[k] as number;
      if (found >= 0 && found < at) next[k] = found = text.indexOf(TERMINATORS[k] as string, at);
      if (found >= 0 && (nearest < 0 || found < nearest)) nearest = found;
    }
    return nearest < 0 ? -1 : nearest + 1;
  }
}
