// A model reads a result's content items one after the other, as one text, while the guard reads each item's
// text as a line of its own (model-text.ts): an order cut inside a word between two items ("…sunny. Ign" |
// "ore all previous instructions") would read as two harmless halves. So where neighbouring items meet with
// no blank or line break on either side, the text around the junction is read again as the model reads it,
// joined: EDGE characters of each side, and short items whole, so a run of pieces cut every few characters
// reads as one text (the secret scan reads secrets cut across items the same way, split-values.ts). An image
// or audio item shows no text and leaves the texts around it neighbours; any other item ends the run.
// Bounded and linear: each item adds at most 2 × EDGE characters, and only where it meets a neighbour so.

/** Characters read on each side of a junction: a sentence or two, as an order is written. */
const EDGE = 256;

/** An item that shows no text and does not separate the texts around it. */
export const NO_TEXT = Symbol("no text");

/** The text an item shows; NO_TEXT for an image or audio item, undefined for an item that ends a run. */
export type ItemText = (item: unknown) => string | typeof NO_TEXT | undefined;

const BLANK = /\s/;
const cutsWord = (before: string, after: string) =>
  !BLANK.test(before.charAt(before.length - 1)) && !BLANK.test(after.charAt(0));

/** The texts read across the junctions of `items` where neighbouring texts meet inside a word. */
export function textsAcrossItems(items: readonly unknown[], textOf: ItemText): string[] {
  const read: string[] = [];
  let run = "";
  let crossed = false;
  let previous: string | undefined;
  const end = () => {
    if (crossed) read.push(run);
    run = "";
    crossed = false;
  };
  for (const item of items) {
    const text = textOf(item);
    if (text === NO_TEXT) continue;
    if (text === undefined || text === "") {
      end();
      previous = undefined;
      continue;
    }
    if (previous !== undefined && cutsWord(previous, text)) {
      crossed = true;
      previous = text;
      if (text.length <= 2 * EDGE) {
        run += text;
        continue;
      }
      run += text.slice(0, EDGE);
    }
    end();
    run = text.slice(-EDGE);
    previous = text;
  }
  end();
  return read;
}
