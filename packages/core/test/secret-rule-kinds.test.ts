// A secret type is found either by its format or by its context, never both: the scanner lets a format's type
// name a span a generic type found too (GENERIC_SECRET_TYPES), so one rule of a generic type left unmarked
// took the whole type out of that set and `Authorization: Token <hex>` was named secret_assignment (round 43).
import { describe, expect, it } from "vitest";
import { LABELLED_ASSIGNMENTS } from "../src/detect/secrets/context-rules.js";
import { GENERIC_SECRET_TYPES, SECRET_RULES } from "../src/detect/secrets/index.js";

describe("the kind of each secret type", () => {
  it("is the same for every rule that reports it", () => {
    const kinds = new Map<string, Set<boolean>>();
    for (const rule of [...SECRET_RULES, ...LABELLED_ASSIGNMENTS])
      kinds.set(rule.type, (kinds.get(rule.type) ?? new Set()).add(rule.generic === true));
    const mixed = [...kinds].filter(([, seen]) => seen.size > 1).map(([type]) => type);
    expect(mixed).toEqual([]);
  });

  it("keeps the context-found types generic", () => {
    for (const type of ["secret_assignment", "authorization_header", "basic_auth", "connection_string"])
      expect(GENERIC_SECRET_TYPES.has(type)).toBe(true);
  });
});
