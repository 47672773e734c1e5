// The pattern language of allow and deny lists:
//   exact       read_file
//   glob        resources: file:///home/*  (a `*` stays within one "/" segment)   file:///home/**  (crosses)
//               tools and prompts: read_*  (a `*` matches any characters: a name is no path, and servers
//               that group tools as `github/delete_repo` must not slip past `*delete*`)
//   regex       ^read_(file|dir)$   (a pattern that starts with "^", as in m0lz.03)
// Globs are matched by simulating their automaton, so time is linear in the input whatever the pattern,
// and there is no input length beyond which a rule stops matching.
import { foldCase } from "./case-fold.js";

export type Pattern =
  | { kind: "exact"; source: string; value: string }
  | { kind: "glob"; source: string; tokens: GlobToken[] }
  | { kind: "regex"; source: string; regex: RegExp };

/** `skip` stands before a "**" followed by "/": it consumes nothing and leads past both (zero segments). */
type GlobToken = { t: "char"; c: string } | { t: "star" } | { t: "globstar" } | { t: "skip" };

export class PatternError extends Error {}

/** How a glob reads "/": as a path separator (resource URIs) or as any other character (tool and prompt names). */
export type GlobDialect = "paths" | "names";

/**
 * `ignoreCase` compiles a pattern that matches case-folded values (case-fold.ts) whatever the case of either:
 * a glob or exact pattern is folded, a regex ignores case. The caller folds what it matches, so a regex sees
 * the folded value (`ß` as `ss`).
 */
export function compilePattern(source: string, ignoreCase = false, dialect: GlobDialect = "paths"): Pattern {
  if (source.startsWith("^")) {
    try {
      return { kind: "regex", source, regex: new RegExp(source, ignoreCase ? "iu" : "u") };
    } catch (err) {
      throw new PatternError(
        `invalid regular expression ${JSON.stringify(source)}: ${(err as Error).message}`,
      );
    }
  }
  if (ignoreCase) source = foldCase(source);
  if (!source.includes("*")) return { kind: "exact", source, value: source };
  const tokens: GlobToken[] = [];
  const chars = Array.from(source); // code points, as the matcher iterates the input
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === undefined) throw new Error(`compilePattern: no character at ${i}`);
    if (c === "*") {
      const globstar = chars[i + 1] === "*";
      if (globstar) while (chars[i + 1] === "*") i++;
      // "**/" matches zero or more whole segments, as in shells with globstar, .gitignore and minimatch
      // ("/srv/**/.env" names /srv/.env too).
      if (globstar && chars[i + 1] === "/") tokens.push({ t: "skip" });
      tokens.push(globstar || dialect === "names" ? { t: "globstar" } : { t: "star" });
    } else {
      tokens.push({ t: "char", c });
    }
  }
  return { kind: "glob", source, tokens };
}

export function matches(pattern: Pattern, value: string): boolean {
  if (pattern.kind === "exact") return pattern.value === value;
  if (pattern.kind === "regex") {
    pattern.regex.lastIndex = 0;
    return pattern.regex.test(value);
  }
  return matchGlob(pattern.tokens, value);
}

/** Thompson-style simulation: the set of pattern positions reachable after each input character. */
function matchGlob(tokens: GlobToken[], value: string): boolean {
  const n = tokens.length;
  let current = new Uint8Array(n + 1);
  let next = new Uint8Array(n + 1);
  const close = (set: Uint8Array) => {
    // A star may match nothing: from a star, the position after it is reachable too; from a skip, the
    // globstar after it and the position past that globstar's "/".
    for (let p = 0; p < n; p++) {
      if (!set[p]) continue;
      const token = tokens[p];
      if (token === undefined) throw new Error(`matchGlob: no token at ${p}`);
      if (token.t !== "char") set[p + 1] = 1;
      if (token.t === "skip") set[p + 3] = 1;
    }
  };
  current[0] = 1;
  close(current);
  for (const ch of value) {
    next.fill(0);
    let alive = false;
    for (let p = 0; p < n; p++) {
      if (!current[p]) continue;
      const token = tokens[p];
      if (token === undefined) throw new Error(`matchGlob: no token at ${p}`);
      if (token.t === "char") {
        if (token.c === ch) next[p + 1] = 1;
      } else if (token.t === "skip") {
        continue; // consumes nothing
      } else if (token.t === "globstar" || ch !== "/") {
        next[p] = 1;
      }
    }
    close(next);
    for (let p = 0; p <= n; p++) if (next[p]) alive = true;
    if (!alive) return false;
    [current, next] = [next, current];
  }
  return current[n] === 1;
}

export function matchesAny(patterns: readonly Pattern[], value: string): boolean {
  return patterns.some((p) => matches(p, value));
}
