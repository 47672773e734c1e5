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
    // macOS and Windows ignore case: any spelling of a rule's path is refused.
    ["/home/me/.SSH/ID_RSA", true],
    ["file:///C:/Users/Me/.AWS/Credentials", true],
    ["/ETC/Shadow", true],
    ["/home/me/.sshX", false],
    // Case-folded, as APFS compares names: the long s is s, the sharp s ss, the fi ligature fi.
    ["/home/me/.aws/credential\u017f", true],
    ["/home/me/.\u017f\u017fh/authorized_keys", true],
    ["/home/me/.\u00dfh/id_rsa", true],
    ["/home/me/.con\ufb01g/gcloud/credentials.db", true],
    ["file:///home/me/.git-credential%C5%BF", true],
    // Windows shares and namespaces, read with their host, share or device segments dropped too.
    ["\\\\wsl$\\Ubuntu\\etc\\shadow", true],
    ["\\\\?\\UNC\\host\\share\\u\\.ssh\\id_rsa", true],
    ["\\\\host\\share\\docs\\a.txt", false],
    // Windows drops trailing dots and spaces, and ::$DATA is the file itself.
    ["C:\\Users\\u\\.aws\\credentials::$DATA", true],
    ["C:\\Users\\u\\.aws. \\credentials", true],
    ["C:\\Users\\u\\.git-credentials.", true],
    ["C:\\Users\\u\\report.docx.", false],
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

describe("the guard's own files", () => {
  const guarded = new SensitiveResources([], {
    directories: ["/home/me"],
    home: "/home/me",
    guardPaths: ["/home/me/.mcp-guard", "/home/me/guard[1].yaml"],
  });

  it.each([
    ["/home/me/.mcp-guard", true],
    ["/home/me/.mcp-guard/", true],
    ["/home/me/.mcp-guard/secrets.env", true],
    ["~/.mcp-guard/daemon.key", true],
    ["file:///home/me/.mcp-guard/audit.db", true],
    ["file:///home/me/%2Emcp-guard/audit.db", true],
    ["/home/me/guard[1].yaml", true], // glob characters in a path are literal here
    ["/home/me/guard1.yaml", false],
    ["/home/me/.mcp-guard-notes", false],
    ["/home/me", false],
  ])("%s -> %s", (path, expected) => {
    expect(guarded.matches(path)).toBe(expected);
  });

  it("counts relative spellings resolved where the server works", () => {
    expect(guarded.inArguments({ path: ".mcp-guard/secrets.env" })).toBe(".mcp-guard/secrets.env");
    expect(guarded.inArguments({ source: "./x/../.mcp-guard" })).toBe("./x/../.mcp-guard");
    expect(guarded.inArguments({ path: "notes.txt" })).toBeUndefined();
  });
});

describe("the guard's own files through links on this machine", () => {
  // /home/me/project/cfg is a link to /home/me/.mcp-guard, and /home/me/project/t one to its tokens.
  const links: Record<string, string> = {
    "/home/me/project/cfg": "/home/me/.mcp-guard",
    "/home/me/project/t": "/home/me/.mcp-guard/tokens",
    // And links a cloned project carries to credential files.
    "/home/me/project/deploy/creds": "/home/me/.aws/credentials",
    "/home/me/project/keys": "/home/me/.ssh",
    // Links whose own names hold a real "%", which a file: URI spells once-encoded (`c%2541`).
    "/home/me/project/c%41": "/home/me/.mcp-guard",
    "/home/me/project/k%41": "/home/me/.ssh",
    "/home/me/project/d%41": "/home/me/project/docs",
  };
  const followLinks = (path: string) => {
    const link = Object.keys(links).find((l) => path === l || path.startsWith(`${l}/`));
    if (link === undefined) return path;
    // ".." right after the link climbs from where it leads, as the kernel reads it.
    const rest = path.slice(link.length).split("/").filter(Boolean);
    const parts = (links[link] as string).split("/");
    for (const part of rest)
      if (part === "..") parts.pop();
      else parts.push(part);
    return parts.join("/");
  };
  const guarded = new SensitiveResources([], {
    directories: ["/home/me/project"],
    home: "/home/me",
    guardPaths: ["/home/me/.mcp-guard"],
    followLinks,
  });

  it.each([
    "/home/me/project/cfg/daemon.key",
    "file:///home/me/project/cfg/daemon.key",
    "~/project/cfg",
    "/home/me/project/t/../daemon.key",
  ])("%s is one of them", (path) => {
    expect(guarded.matches(path)).toBe(true);
  });

  it('a relative path through a link is one, its ".." taken where the link leads', () => {
    expect(guarded.inArguments({ path: "cfg/daemon.key" })).toBe("cfg/daemon.key");
    expect(guarded.inArguments({ path: "t/../daemon.key" })).toBe("t/../daemon.key");
    expect(guarded.inArguments({ path: "notes/../README.md" })).toBeUndefined();
  });

  it.each([
    ["a missing directory climbed out of", "/home/me/project/no-such/../cfg/daemon.key"],
    ["a file climbed out of", "/home/me/project/notes.txt/../cfg/daemon.key"],
    ["padded past PATH_MAX with /.", `/home/me/project${"/.".repeat(2100)}/cfg/daemon.key`],
    ["padded past PATH_MAX with slashes", `/home/me/project${"/".repeat(4200)}cfg/daemon.key`],
  ])("%s is followed once normalised, as server-filesystem opens it", (_, path) => {
    expect(guarded.matches(path)).toBe(true);
  });

  it("a long relative path is judged normalised", () => {
    const padded = `${"./".repeat(2100)}cfg/daemon.key`;
    expect(guarded.inArguments({ path: padded })).toBe(padded);
    expect(sensitive.inArguments({ path: `${"./".repeat(2100)}.ssh/id_rsa` })).toBeDefined();
    expect(guarded.inArguments({ path: `${"./".repeat(2100)}notes.txt` })).toBeUndefined();
  });

  it("a path the kernel cannot open is not followed as written", () => {
    const asked: string[] = [];
    const spied = new SensitiveResources([], {
      directories: ["/home/me/project"],
      guardPaths: ["/home/me/.mcp-guard"],
      followLinks: (path) => {
        asked.push(path);
        return followLinks(path);
      },
    });
    expect(spied.matches(`/home/me/project${"/.".repeat(2100)}/t/../x`)).toBe(false);
    expect(asked).toEqual(["/home/me/project/x"]);
  });

  it("a path whose link leads where only the process opening it knows (into /proc/self) is refused", () => {
    const unknowable = new SensitiveResources([], {
      directories: ["/home/me/project"],
      home: "/home/me",
      guardPaths: ["/home/me/.mcp-guard"],
      followLinks: (path) => (path.startsWith("/home/me/project/here") ? undefined : path),
    });
    expect(unknowable.matches("/home/me/project/here/.mcp-guard/daemon.key")).toBe(true);
    expect(unknowable.inArguments({ path: "here/notes.txt" })).toBe("here/notes.txt");
    expect(unknowable.inArguments({ source: "here", destination: "x" }, [], "move_file")).toBe("here");
    expect(unknowable.matches("/home/me/project/notes.txt")).toBe(false);
  });

  it("the default rules are read through links too", () => {
    expect(guarded.matches("/home/me/project/deploy/creds")).toBe(true);
    expect(guarded.matches("/home/me/project/keys/known_hosts")).toBe(true);
    expect(guarded.inArguments({ path: "deploy/creds" })).toBe("deploy/creds");
    expect(guarded.inArguments({ path: "deploy/creds/../creds" })).toBe("deploy/creds/../creds");
    expect(guarded.matches("/home/me/project/README.md")).toBe(false);
  });

  it("a file: URI is followed under a link's own name when that name holds a real % (decoded once)", () => {
    expect(guarded.matches("file:///home/me/project/c%2541/daemon.key")).toBe(true);
    expect(guarded.matches("file:///home/me/project/k%2541/config")).toBe(true);
    expect(guarded.inArguments({ uri: "file:///home/me/project/k%2541/config" })).toBeDefined();
    expect(guarded.matches("file:///home/me/project/d%2541/README.md")).toBe(false);
  });

  it("the default rules are read through links for a server without files of the guard's", () => {
    const noOwn = new SensitiveResources([], { directories: ["/home/me/project"], followLinks });
    expect(noOwn.matches("/home/me/project/deploy/creds")).toBe(true);
    expect(noOwn.matches("/home/me/project/cfg/daemon.key")).toBe(false);
  });
});

describe("a directory above the guard's own files", () => {
  const guarded = new SensitiveResources([], {
    directories: ["/home/me"],
    home: "/home/me",
    guardPaths: ["/home/me/.config/mcp-guard"],
  });

  it.each([
    ["move_file", { source: "/home/me/.config", destination: "/home/me/moved" }],
    ["move_file", { source: "~/.config/", destination: "/tmp/x" }],
    ["move_file", { source: ".config", destination: "moved" }],
    ["move_file", { source: "file:///home/me/.CONFIG", destination: "moved" }],
    ["copy", { sources: ["/home/me/notes", "/home/me"], to: "/tmp" }],
    ["rename", { path: "/home/me/.config", new_name: "old-config" }],
    ["delete_directory", { path: "~/.config", recursive: true }],
    ["anything", { from: "/", to: "/tmp" }],
  ])("is refused as what %s moves or removes: %j", (tool, args) => {
    expect(guarded.inArguments(args, [], tool)).toBeDefined();
  });

  it.each([
    ["list_directory", { path: "/home/me/.config" }],
    ["directory_tree", { path: "~" }],
    ["search_files", { path: "/", pattern: "*.md" }],
    ["move_file", { source: "/home/me/notes.txt", destination: "/home/me/.config" }],
    ["move_file", { source: "/home/me/.configure", destination: "/tmp" }],
    ["delete_file", { path: "/home/me/.config/other-app/settings.json" }],
  ])("passes as what %s reads, lists or puts things into: %j", (tool, args) => {
    expect(guarded.inArguments(args, [], tool)).toBeUndefined();
  });

  it("is refused named through a link on this machine (the server moves where the link leads)", () => {
    const throughLinks = new SensitiveResources([], {
      directories: ["/home/me"],
      home: "/home/me",
      guardPaths: ["/home/me/.config/mcp-guard"],
      followLinks: (path) => path.replace(/^\/home\/me\/(?:up|u%41)(?=\/|$)/, "/home/me/.config"),
    });
    // A link whose own name holds a "%", as a file: URI spells it (decoded once by the server).
    const percentNamed = "file:///home/me/u%2541";
    expect(throughLinks.inArguments({ source: percentNamed, destination: "/tmp/x" }, [], "move_file")).toBe(
      percentNamed,
    );
    expect(throughLinks.inArguments({ source: "/home/me/up", destination: "/tmp/x" }, [], "move_file")).toBe(
      "/home/me/up",
    );
    expect(throughLinks.inArguments({ source: "up", destination: "x" }, [], "move_file")).toBe("up");
    expect(throughLinks.inArguments({ path: "up" }, [], "list_directory")).toBeUndefined();
  });
});

describe("a command line that changes directory", () => {
  it.each([
    "cd /etc; cat shadow",
    "cd -P /etc/ssh && base64 ssh_host_ed25519_key",
    "cd ../../../../etc && cat shadow",
    "cd; cat .ssh/id_rsa",
  ])("resolves its relative words where it goes: %j", (command) => {
    expect(sensitive.inArguments({ command })).toBe(command);
  });

  it.each(["cd /etc && cat hostname", "cd /tmp; cat shadow", "cd -; cat shadow"])(
    "%j still passes",
    (command) => {
      expect(sensitive.inArguments({ command })).toBeUndefined();
    },
  );

  it("is refused unread when it enters more directories than are worth resolving every word in", () => {
    const wander = (n: number) => `${Array.from({ length: n }, (_, i) => `cd d${i}`).join("; ")}; cat shadow`;
    expect(sensitive.inArguments({ command: wander(10) })).toBeUndefined();
    expect(sensitive.inArguments({ command: wander(65) })).toBeDefined();
  });
});

describe("a command line inside a command line", () => {
  it.each([
    ["bash -c 'cat /etc/shadow'", true],
    ["sh -c 'cat /var/run/secrets/kubernetes.io/serviceaccount/token'", true],
    [`python3 -c "print(open('/etc/shadow').read())"`, true],
    [`node -e "require('fs').readFileSync('/etc/shadow')"`, true],
    [`ruby -e "puts File.read('/etc/ssh/ssh_host_ed25519_key')"`, true],
    [`perl -e 'open F, "/etc/shadow"; print <F>'`, true],
    [`ssh host "bash -c 'cd /etc && cat shadow'"`, true],
    [`bash -c 'ls -la /tmp'`, false],
    [`git commit -m "read (and parse) the shadow config"`, false],
  ])("%s -> %s", (command, expected) => {
    expect(sensitive.inArguments({ command }) !== undefined).toBe(expected);
  });

  it("is refused past four levels when it spells a rule's segment", () => {
    let line = "cat /etc/shadow";
    for (let level = 0; level < 6; level++) line = `sh -c ${JSON.stringify(line)}`;
    expect(sensitive.inArguments({ command: line })).toBe(line);
  });
});

describe("file: with no slash after it", () => {
  it.each([
    // Prose: "file:" as a word names no path, and was refused as a malformed URI.
    [{ note: "Card on file: 4111 1111" }, undefined],
    [{ note: "Attached file: report.txt" }, undefined],
    [{ path: "file:" }, undefined],
    // Node's URL parser reads file:x as /x; Python's urlparse as the relative path x.
    [{ note: "file:etc/shadow" }, "file:etc/shadow"],
    [{ command: "cat FILE:etc/shadow" }, "cat FILE:etc/shadow"],
    [{ note: "file:.ssh/id_rsa" }, "file:.ssh/id_rsa"],
    [{ path: "file:.env" }, "file:.env"], // relative: the rule is anchored in /srv/app
    [{ note: "file:.env" }, undefined], // not a path argument: read only as /.env
    [{ path: "file:../../etc/shadow" }, "file:../../etc/shadow"],
  ])("%j -> %s", (args, expected) => {
    expect(sensitive.inArguments(args)).toBe(expected);
  });
});
