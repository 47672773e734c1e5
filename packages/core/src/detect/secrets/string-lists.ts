// A list of quoted names (`["qpolynomial", "pw_qpolynomial", "pw_qpolynomial_fold"]`, ISL's gdb printer) has
// the shape the assignment rules read as a call's name and literal (`setattr(o, "password", "…")`): a
// credential's word in one item, a comma, the next item quoted. Where the name is itself an item after another
// and the next item is a name of words too, it is a list of names.

/** A snake_case name of words: the item after, which a password chosen or generated is not. */
const WORDS_NAME = /^[a-z]{2,20}(?:_[a-z]{2,20}){1,6}$/;
/** Another quoted item and its comma right before the name's own quote (a list continued over lines too). */
const ITEM_BEFORE = /["'],[ \t]{0,16}(?:\r?\n[ \t]{0,64})?["']$/;

/**
 * Whether the name whose text starts at `nameStart` and the value after it are neighbouring items of a list of
 * names: a quoted item and a comma before the name, a comma between them, and a value of words. An argument
 * list's `"--password", "Tq8m…"` still reads: its value is no name of words.
 */
export function itemsOfNameList(input: string, nameStart: number, between: string, value: string): boolean {
  if (!between.includes(",") || !WORDS_NAME.test(value)) return false;
  return ITEM_BEFORE.test(input.slice(Math.max(0, nameStart - 96), nameStart));
}
