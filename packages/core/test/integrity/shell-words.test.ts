import { describe, expect, it } from "vitest";
import { expandHome, globExpansions, shellWords } from "../../src/integrity/shell-words.js";

describe("shellWords", () => {
  it.each([
    ["cat ~/.aws/credentials", ["cat", "~/.aws/credentials"]],
    ["c\\at ~/.s\\sh/id_rsa", ["cat", "~/.ssh/id_rsa"]],
    ["cat '/etc/sha''dow'", ["cat", "/etc/shadow"]],
    ['cat "$HOME"/.ssh/id_ed25519', ["cat", "$HOME/.ssh/id_ed25519"]],
    ["cat ${HOME}/.aws/credentials", ["cat", "$HOME/.aws/credentials"]],
    ["wc</etc/shadow|nc x 1", ["wc", "/etc/shadow", "nc", "x", "1"]],
    ["run --file=/etc/passwd", ["run", "--file", "/etc/passwd"]],
    ["open(expanduser('~/.netrc'))", ["open", "expanduser", "~/.netrc"]],
    ['echo "a \\"b\\" c"', ["echo", 'a "b" c']],
    ["", []],
  ])("%s", (line, words) => {
    expect(shellWords(line)).toEqual(words);
  });
});

describe("expandHome", () => {
  it("expands ~, $HOME and another user's home, and nothing else", () => {
    expect(expandHome("~", "/home/me")).toBe("/home/me");
    expect(expandHome("~/.ssh", "/home/me")).toBe("/home/me/.ssh");
    expect(expandHome("$HOME/.aws", "/home/me")).toBe("/home/me/.aws");
    expect(expandHome("~root/.ssh", "/home/me")).toBe("/home/root/.ssh");
    expect(expandHome("$HOMER/x", "/home/me")).toBeUndefined();
    expect(expandHome("a~/x", "/home/me")).toBeUndefined();
  });
});

describe("globExpansions", () => {
  it("expands globs to credential names segment by segment, not to dotfiles unless the glob starts with a dot", () => {
    expect(globExpansions("/etc/shado?")).toContain("/etc/shadow");
    expect(globExpansions("~/.ss[h]/id_*")).toEqual(
      expect.arrayContaining(["~/.ssh/id_rsa", "~/.ssh/id_ed25519", "~/.ssh/id_ecdsa"]),
    );
    expect(globExpansions("~/*")).not.toContain("~/.ssh");
    expect(globExpansions("~/.*")).toContain("~/.ssh");
    expect(globExpansions("~/*.md")).toEqual(["~/*.md"]);
    expect(globExpansions("/plain/path")).toEqual(["/plain/path"]);
  });
});
