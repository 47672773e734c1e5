import { describe, expect, it } from "vitest";
import { compilePattern, matches, PatternError } from "../../src/policy/patterns.js";

const m = (pattern: string, value: string) => matches(compilePattern(pattern), value);

describe("patterns", () => {
  it.each([
    ["read_file", "read_file", true],
    ["read_file", "read_file2", false],
    ["read_*", "read_file", true],
    ["read_*", "read_", true],
    ["read_*", "write_file", false],
    ["*", "a/b", false],
    ["**", "a/b", true],
    ["*_file", "read_file", true],
    ["file:///home/*", "file:///home/notes.txt", true],
    ["file:///home/*", "file:///home/a/notes.txt", false],
    ["file:///home/**", "file:///home/a/b/c.txt", true],
    ["file:///home/**", "file:///homework", false],
    ["file:///**/.ssh/**", "file:///root/.ssh/id_rsa", true],
    ["file:///**/*.env", "file:///srv/app/prod.env", true],
    // "**/" matches zero or more whole segments (globstar, .gitignore, minimatch).
    ["file:///srv/**/.env", "file:///srv/.env", true],
    ["file:///**/.ssh/**", "file:///.ssh/id_rsa", true],
    ["file:///srv/**/.env", "file:///srv.env", false],
    ["file:///srv/**/.env", "file:///srv/x.env", false],
    ["a*b*c", "aXXbYYc", true],
    ["a*b*c", "aXXbYY", false],
    ["ünï*", "ünïcode", true],
    ["😀*", "😀x", true],
    ["^read_", "read_file", true],
    ["^read_(file|dir)$", "read_file_x", false],
    ["^.*secret", "my_secret_tool", true],
  ])("%s ~ %s -> %s", (pattern, value, expected) => {
    expect(m(pattern, value)).toBe(expected);
  });

  it.each([
    // A tool or prompt name is an opaque string: a "/" in it is no segment boundary.
    ["*delete*", "github/delete_repo", true],
    ["*delete*", "delete_branch", true],
    ["*delete*", "github/list_repos", false],
    ["team/*", "team/a/b", true],
    ["fs_*", "fs_x/../y", true],
    ["fs_*", "gs_x", false],
    // "**/" still names zero segments; a single star before "/" does not skip the "/".
    ["a*/b", "ab", false],
    ["a*/b", "a/x/b", true],
  ])("a name rule %s ~ %s -> %s", (pattern, value, expected) => {
    expect(matches(compilePattern(pattern, false, "names"), value)).toBe(expected);
  });

  it("rejects an invalid regex", () => {
    expect(() => compilePattern("^(")).toThrow(PatternError);
  });

  it("has no length beyond which a glob stops matching", () => {
    const long = `file:///srv/${"a/".repeat(300_000)}secret/key.pem`;
    expect(m("file:///**/secret/**", long)).toBe(true);
    expect(m("file:///**/secret/**", `${long}`.replace("secret", "public"))).toBe(false);
  });

  it("stays linear on adversarial glob input", () => {
    const started = Date.now();
    expect(m("*a*a*a*a*a*a*a*a*b", "a".repeat(200_000))).toBe(false);
    // A backtracking matcher needs astronomically long here; the automaton needs milliseconds.
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});
