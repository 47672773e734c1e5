// Where a credential's name in source code is followed by code rather than a value: the assignment rules read
// `name = value`, `name: value` and `NAME value`, and code writes each of those with an expression after it.

/** CSS's pseudo-classes and pseudo-elements that follow a selector's class name (`.codicon-pass:before`). */
const PSEUDO =
  /^::?(?:before|after|hover|focus|focus-within|focus-visible|active|visited|link|disabled|enabled|checked|first-child|last-child|only-child|first-of-type|last-of-type|nth-child|nth-of-type|not|is|where|has|empty|placeholder|selection|marker|root|target)(?![\w-])/;

/**
 * The name is a CSS selector's class or id (`.codicon-pass`, `#login-pass`, `a.pass`: a `.` or `#` before
 * its last word, which the keyword ends) and the colon after it opens a pseudo-class: a style rule, not a key
 * and its value. `nameStart` is where the name's written prefix starts (its words before the keyword).
 */
export function inCssSelector(input: string, nameStart: number, afterName: number): boolean {
  if (!PSEUDO.test(input.slice(afterName, afterName + 20))) return false;
  return /[.#][A-Za-z0-9_-]*$/.test(input.slice(Math.max(0, nameStart - 1), afterName - 1));
}
