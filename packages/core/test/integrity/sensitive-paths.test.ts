// Paths in tool arguments are matched where the server would resolve them, and a sensitive directory is
// protected as itself, not only through the files in it.
import { describe, expect, it } from "vitest";
import { SensitiveResources } from "../../src/integrity/sensitive.js";

const sensitive = new SensitiveResources(["file:///srv/app/.env"], {
  directories: ["/srv/app", "/home/me"],
  home: "/home/me",
});

describe("a sensitive directory itself", () => {
  it.each([
    ["/home/me/.ssh", true],
    ["/home/me/.ssh/", true],
    ["~/.ssh", true],
    ["~/.gnupg", true],
    ["/home/me/.aws", true],
    ["/home/me/.config/gcloud", true],
    ["/home/me", false],
    ["/home/me/.sshrc", false],
    ["~/projects", false],
    ["/proc/self/root/home/me/.ssh", true],
    ["/proc/self/cwd/.env", true], // cannot be placed: refused
    ["/proc/self/root/../../etc/shadow", true], // the kernel and path.resolve disagree: refused
  ])("%s -> %s", (path, expected) => {
    expect(sensitive.matches(path)).toBe(expected);
  });
});

describe("paths in tool arguments", () => {
  it.each([
    [{ path: ".aws/credentials" }, ".aws/credentials"],
    [{ path: "./.ssh" }, "./.ssh"],
    [{ path: "sub/../.ssh/id_rsa" }, "sub/../.ssh/id_rsa"],
    [{ source: ".ssh", destination: "elsewhere" }, ".ssh"],
    [{ paths: ["notes.txt", ".env"] }, ".env"], // resolved in /srv/app, where the rule is anchored
    [{ options: { filePath: "id_rsa.pub" } }, "id_rsa.pub"],
    [{ path: "~/.kube" }, "~/.kube"],
    [{ text: "/etc/shadow" }, "/etc/shadow"], // an absolute path counts under any name
    [{ path: "/proc/self/cwd/.aws/credentials" }, "/proc/self/cwd/.aws/credentials"],
  ])("%j names %s", (args, named) => {
    expect(sensitive.inArguments(args)).toBe(named);
  });

  it.each([
    [{ path: "notes.txt" }],
    [{ path: "." }],
    [{ content: ".ssh" }], // not a path-like argument: prose may mention .ssh
    [{ query: "how to rotate .aws/credentials" }],
    [{ url: "https://example.com/a/../b" }],
  ])("%j names nothing", (args) => {
    expect(sensitive.inArguments(args)).toBeUndefined();
  });

  it("resolves against the client's roots too", () => {
    const anchored = new SensitiveResources(["file:///work/secret/**"], { directories: ["/srv"] });
    expect(anchored.inArguments({ path: "secret/x" })).toBeUndefined();
    expect(anchored.inArguments({ path: "secret/x" }, ["/work"])).toBe("secret/x");
  });
});
