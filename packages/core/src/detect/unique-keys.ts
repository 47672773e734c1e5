// Keys renamed alike in one object kept apart: the second "[REDACTED:email]" is written "[REDACTED:email]#2",
// the third "[REDACTED:email]#3".

/**
 * Unique names for the keys written into one object. The next number to try is kept per name, so an object
 * whose thousands of keys are redacted to the same name costs one look-up per key; counting up from 2 for
 * each made it quadratic (2,000 e-mail addresses as keys took 0.4 s). `taken` says whether the object holds a
 * key already; a number skipped stays taken, since a key is only removed by being renamed.
 */
export class UniqueKeys {
  private readonly next = new Map<string, number>();

  constructor(private readonly taken: (key: string) => boolean) {}

  /** `key`, or `key#n` with the first n from 2 whose key the object does not hold. */
  of(key: string): string {
    if (!this.taken(key)) return key;
    let n = this.next.get(key) ?? 2;
    while (this.taken(`${key}#${n}`)) n++;
    this.next.set(key, n + 1);
    return `${key}#${n}`;
  }
}
