// A list of whole numbers in ascending order, longer than a card's four groups, is a table: code point ranges
// (get-east-asian-width's `[4352, 4447, 8986, 8987, …]`, bundled into prettier and most of node_modules),
// offsets, thresholds, ids. Four of its neighbours can join into sixteen digits that pass Luhn
// (4352444789868987), but no one writes a card as the start of a sorted table: a card split over an array is
// its groups alone, or among other values in no order (its groups after the first are random).

/** A card is split over at most this many whole numbers in groups (4-4-4-4; 4-6-5 and 4-6-4 take three). */
const CARD_GROUPS = 4;

/** Whether `items` are whole numbers only, more than a card's groups, each no smaller than the one before. */
export function sortedNumberTable(items: readonly unknown[]): boolean {
  if (items.length <= CARD_GROUPS) return false;
  let previous = -1;
  for (const item of items) {
    if (typeof item !== "number" || !Number.isSafeInteger(item) || item < previous) return false;
    previous = item;
  }
  return true;
}
