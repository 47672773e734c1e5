// Which program a server entry runs, however the entry spells the launch. A personal server that runs a base
// server's program is held to the base's policy too (personal-servers.ts), so the base's floor must not
// depend on how the command line is written: a version after the package, another package runner, `env` or a
// shell in front, or the package's script run by node from its node_modules are all the same program.
import { realpathSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, join } from "node:path";
import { interpreterWords, readStart } from "./launch-scripts.js";
import type { ServerConfig } from "./schema.js";

/** How deep wrappers are unwrapped (`env` in `sh -c` in `env` ...); real launches need two at most. */
export const MAX_WRAPPERS = 6;
const SHELLS = new Set(["sh", "bash", "dash", "zsh", "ksh", "ash", "mksh"]);
/** Words that run the rest of their command line as it is (`exec npx ...` at the end of a shell script). */
const PASS_THROUGH = new Set(["exec", "command", "nohup"]);
/** Package runners whose first word after the options is the package: npx, bunx, pnpx. */
const NODE_RUNNERS = new Set(["npx", "bunx", "pnpx"]);
/** Tools whose subcommand runs a package: `npm exec`, `pnpm dlx`, `yarn dlx`, `bun x`. */
const NODE_SUBCOMMANDS = new Map<string, ReadonlySet<string>>([
  ["npm", new Set(["exec", "x"])],
  ["pnpm", new Set(["dlx"])],
  ["yarn", new Set(["dlx"])],
  ["bun", new Set(["x"])],
]);
/** How a package runner reads its line: which options name the package, which take the next word as a value. */
interface RunnerOptions {
  package: ReadonlySet<string>;
  valued: ReadonlySet<string>;
}
/** npx, bunx, pnpm dlx, npm exec: `-p pkg`; npm's configuration options take a value (`--registry URL`). */
const NODE_RUNNER: RunnerOptions = {
  package: new Set(["-p", "--package"]),
  valued: new Set([
    "-c",
    "--call",
    "--registry",
    "--cache",
    "--userconfig",
    "--globalconfig",
    "--prefix",
    "-w",
    "--workspace",
    "--loglevel",
    "--scope",
    "--node-options",
    "--script-shell",
    "--shell",
  ]),
};
/** uvx, uv tool run, pipx run: `--from pkg` (`--spec` for pipx); uv's -p is the Python version, not a package. */
const PYTHON_RUNNER: RunnerOptions = {
  package: new Set(["--from", "--spec"]),
  valued: new Set([
    "-p",
    "--python",
    "-w",
    "--with",
    "--with-editable",
    "--with-requirements",
    "--index",
    "--index-url",
    "-i",
    "--extra-index-url",
    "--default-index",
    "-f",
    "--find-links",
    "--env-file",
    "--directory",
    "--project",
    "--cache-dir",
    "--config-file",
    "-c",
    "--constraints",
    "--overrides",
    "--pip-args",
  ]),
};
/**
 * Process tools that run the rest of their line: the options of theirs that take the next word as a value,
 * and how many words they read before the command (timeout's duration, taskset's mask, chrt's priority).
 */
const RUNS_THE_REST = new Map<string, { valued: ReadonlySet<string>; operands: number }>(
  Object.entries({
    nice: { valued: new Set(["-n", "--adjustment"]), operands: 0 },
    time: { valued: new Set(["-f", "--format", "-o", "--output"]), operands: 0 },
    timeout: { valued: new Set(["-s", "--signal", "-k", "--kill-after"]), operands: 1 },
    stdbuf: { valued: new Set(["-i", "--input", "-o", "--output", "-e", "--error"]), operands: 0 },
    ionice: { valued: new Set(["-c", "--class", "-n", "--classdata", "-p", "--pid"]), operands: 0 },
    taskset: { valued: new Set(), operands: 1 },
    chrt: { valued: new Set(["-T", "-P", "-D"]), operands: 1 },
    setsid: { valued: new Set(), operands: 0 },
    sudo: {
      valued: new Set([
        "-u",
        "--user",
        "-g",
        "--group",
        "-C",
        "-D",
        "--chdir",
        "-h",
        "--host",
        "-p",
        "--prompt",
        "-r",
        "--role",
        "-t",
        "--type",
        "-U",
        "--other-user",
        "-T",
        "--command-timeout",
      ]),
      operands: 0,
    },
    doas: { valued: new Set(["-u", "-C"]), operands: 0 },
    runuser: { valued: new Set(["-u", "--user", "-g", "--group", "-G"]), operands: 0 },
    // moreutils' chronic, expect's unbuffer, util-linux's prlimit (its limits are written --nofile=N),
    // cpulimit and chroot (its new root first).
    chronic: { valued: new Set(), operands: 0 },
    unbuffer: { valued: new Set(), operands: 0 },
    prlimit: { valued: new Set(["-p", "--pid"]), operands: 0 },
    cpulimit: {
      valued: new Set(["-l", "--limit", "-p", "--pid", "-e", "--exe", "-m", "--monitor"]),
      operands: 0,
    },
    chroot: { valued: new Set(["--groups", "--userspec"]), operands: 1 },
    "xvfb-run": {
      valued: new Set(["-n", "--server-num", "-s", "--server-args", "-f", "--auth-file"]),
      operands: 0,
    },
  }),
);
/** Windows shells: `cmd /c line`, `powershell -Command line` (the rest of the line is the command). */
const WINDOWS_SHELLS = new Set(["cmd", "powershell", "pwsh"]);
/** Container tools whose `run` (or `container run`) starts an image: the image is the program. */
const CONTAINER_TOOLS = new Set(["docker", "podman", "nerdctl"]);
/** Container `run` options that take no value; every other option does, unless written `--opt=value`. */
const CONTAINER_FLAGS = new Set([
  "-i",
  "-t",
  "-d",
  "-it",
  "-ti",
  "-P",
  "--rm",
  "--init",
  "--privileged",
  "--read-only",
  "--interactive",
  "--tty",
  "--detach",
  "--publish-all",
  "--no-healthcheck",
  "--oom-kill-disable",
  "--sig-proxy",
  "-q",
  "--quiet",
]);
/** node options whose value is a module it loads before the script (`-r x`, `--import x`). */
const NODE_PRELOADS = new Set(["-r", "--require", "--import", "--loader", "--experimental-loader"]);
/** Other node options that take the next word as a value. */
const NODE_VALUED = new Set([
  "-C",
  "--conditions",
  "--env-file",
  "--title",
  "--input-type",
  "--inspect-port",
]);

/** The file name of a command: no directory, no .exe/.cmd/.bat, any case. */
export function fileName(word: string): string {
  return (word.split(/[\\/]/).pop() ?? "").toLowerCase().replace(/\.(exe|cmd|bat)$/, "");
}

/**
 * A registry tarball's package: every npm registry serves `<package>/-/<file>.tgz`, so
 * `https://registry.npmjs.org/@scope/name/-/name-1.2.3.tgz` is `@scope/name` (its scope's slash may be encoded).
 */
const NPM_TARBALL =
  /^[a-z][a-z0-9+.-]*:\/\/[^/]+\/(?:[^?#@]*\/)?((?:@[^/]+(?:\/|%2f))?[^/@]+)\/-\/[^/]+\.tgz(?:[?#].*)?$/i;

/** Git hosts npm knows by a short name (`github:owner/repo`), by their web hosts. */
const GIT_HOSTS: Record<string, string> = {
  "github.com": "github",
  "gitlab.com": "gitlab",
  "bitbucket.org": "bitbucket",
};
/** `github:owner/repo`, `gitlab:…`, `bitbucket:…`, and a bare `owner/repo` (npm reads it as GitHub's). */
const HOSTED_SHORT = /^(?:(github|gitlab|bitbucket):)?([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?(?:#.*)?$/i;
/** The same repository by URL: `git+https://github.com/o/r.git`, `git+ssh://git@…`, `git@github.com:o/r`. */
const HOSTED_URL =
  /^(?:(?:git\+)?(?:https?|ssh|git):\/\/(?:[^@/]+@)?|git@)(github\.com|gitlab\.com|bitbucket\.org)[/:]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?(?:[?#].*)?$/i;

/**
 * A package fetched from a git host, as one name however the runner was given it (its ref dropped like a
 * version): `github:acme/files`, `acme/files#main` and `git+https://github.com/acme/files.git` are one program.
 */
function gitHosted(spec: string): string | undefined {
  const short = spec.startsWith(".") ? null : HOSTED_SHORT.exec(spec);
  if (short) return `${(short[1] ?? "github").toLowerCase()}:${short[2]}/${short[3]}`.toLowerCase();
  const url = HOSTED_URL.exec(spec);
  if (url) return `${GIT_HOSTS[(url[1] as string).toLowerCase()]}:${url[2]}/${url[3]}`.toLowerCase();
  return undefined;
}

/**
 * An npm package name as a runner reads it: `@scope/name@1.2.3` and `name@latest` are `@scope/name`, `name`;
 * an alias `npm:@scope/name@1` and a registry tarball's URL name the package they fetch.
 */
function npmPackage(spec: string): string {
  const hosted = gitHosted(spec);
  if (hosted !== undefined) return hosted;
  const tarball = NPM_TARBALL.exec(spec)?.[1];
  if (tarball !== undefined) return decodeURIComponentSafe(tarball).toLowerCase();
  const named = spec.replace(/^npm:/i, "");
  const at = named.indexOf("@", 1);
  return (at > 0 ? named.slice(0, at) : named).toLowerCase();
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A wheel's or source archive's distribution, as its file name starts (PEP 427: `mcp_server_git-0.6.2-py3-…`). */
const PYTHON_ARCHIVE = /(?:^|[\\/])([A-Za-z0-9][A-Za-z0-9._-]*?)-\d[^\\/]*\.(?:whl|tar\.gz|zip)(?:[?#].*)?$/;

/**
 * A Python distribution or module name, normalised as PEP 503 compares them (`mcp_server_git` is `mcp-server-git`);
 * a wheel or source archive given by path or URL is the distribution its file name carries.
 */
export function pythonPackage(spec: string): string {
  const name = PYTHON_ARCHIVE.exec(spec)?.[1] ?? spec.split(/[[=<>!~@; ]/)[0] ?? "";
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}

/** The package whose files a path lies in (`…/node_modules/@scope/name/dist/index.js`), but not a .bin link. */
function nodeModuleOf(path: string): string | undefined {
  const parts = path.split(/[\\/]/);
  const at = parts.lastIndexOf("node_modules");
  if (at < 0) return undefined;
  const first = parts[at + 1];
  if (first === undefined || first === "" || first === ".bin") return undefined;
  const second = parts[at + 2];
  if (!first.startsWith("@")) return first.toLowerCase();
  return second ? `${first}/${second}`.toLowerCase() : undefined;
}

/**
 * The packages a runner may be running: the value of each package option, and its first word after the
 * options. An option it does not know (`--registry URL` or a boolean?) is read both ways, so either reading
 * names a candidate; more candidates only hold a server to more bases' policies, never to fewer.
 */
function runnerPackages(words: readonly string[], options: RunnerOptions): string[] {
  const found: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (word === "--") {
      if (words[i + 1] !== undefined) found.push(words[i + 1] as string);
      return found;
    }
    const [option, value] = word.split("=", 2) as [string, string | undefined];
    if (options.package.has(option)) {
      const named = value ?? words[++i];
      if (named !== undefined) found.push(named);
    } else if (options.valued.has(option) && value === undefined) i++;
    else if (!word.startsWith("-")) {
      found.push(word);
      return found;
    } else if (word.startsWith("--") && value === undefined) {
      const next = words[i + 1];
      if (next !== undefined && !next.startsWith("-")) found.push(next);
    }
  }
  return found;
}

/** The command line a process tool runs: its words after its options, their values and its operands. */
function afterOptions(words: readonly string[], valued: ReadonlySet<string>, operands: number): string[] {
  let left = operands;
  let options = true;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (options && word === "--") options = false;
    else if (options && word.startsWith("-") && word !== "-") {
      if (valued.has(word)) i++;
    } else if (left > 0) left--;
    else return words.slice(i);
  }
  return [];
}

/** The line `cmd /c ...` or `powershell -Command ...` runs, or undefined when it runs no command line. */
function windowsShellLine(name: string, words: readonly string[]): string | undefined {
  const at =
    name === "cmd"
      ? words.findIndex((word) => /^\/[ck]$/i.test(word))
      : words.findIndex((word) => /^-(c|command)$/i.test(word));
  return at < 0 ? undefined : words.slice(at + 1).join(" ");
}

/**
 * What `docker run ... image [command]` (or `container run`) starts: the image, its registry, tag and digest
 * dropped, and the command line it runs inside (the `--entrypoint` first, then the words after the image).
 */
function containerRun(words: readonly string[]): { image: string; inside: string[] } | undefined {
  const run = words[0] === "container" ? 1 : 0;
  if (words[run] !== "run") return undefined;
  let entrypoint: string[] = [];
  for (let i = run + 1; i < words.length; i++) {
    const word = words[i] as string;
    const image = word === "--" ? words[i + 1] : word.startsWith("-") ? undefined : word;
    if (image !== undefined)
      return {
        image: imageName(image),
        inside: [...entrypoint, ...words.slice(i + (word === "--" ? 2 : 1))],
      };
    if (word === "--") return undefined;
    const [option, value] = word.split("=", 2) as [string, string | undefined];
    if (option === "--entrypoint") entrypoint = shellWords(value ?? words[i + 1] ?? "")[0] ?? [];
    if (value === undefined && !CONTAINER_FLAGS.has(word)) i++;
  }
  return undefined;
}

/** `docker.io/library/name:tag@sha256:...` is `name`; `ghcr.io/org/name:1` is `ghcr.io/org/name`. */
function imageName(image: string): string {
  let name = image.toLowerCase().split("@")[0] ?? "";
  const slash = name.lastIndexOf("/");
  const colon = name.lastIndexOf(":");
  if (colon > slash) name = name.slice(0, colon);
  return name
    .replace(/^(docker\.io\/|index\.docker\.io\/|registry-1\.docker\.io\/)/, "")
    .replace(/^library\//, "");
}

/** The modules node loads for a line: its preloads (`-r`, `--import`) and its script. */
function nodeModules(words: readonly string[]): string[] {
  const loaded: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const [option, value] = word.split("=", 2) as [string, string | undefined];
    if (NODE_PRELOADS.has(option)) {
      const module = value ?? words[++i];
      if (module !== undefined) loaded.push(module);
    } else if (NODE_VALUED.has(option) && value === undefined) i++;
    else if (word === "--" || !word.startsWith("-")) {
      const script = word === "--" ? words[i + 1] : word;
      if (script !== undefined) loaded.push(script);
      break;
    }
  }
  return loaded.flatMap((module) => {
    const pkg = nodeModuleOf(linkTarget(module));
    return pkg === undefined ? [] : [`npm ${pkg}`];
  });
}

/** What `env` runs: its words after the options, the `NAME=value` assignments and `-u NAME` / `-C dir`. */
function afterEnv(words: readonly string[]): string[] {
  let i = 0;
  while (i < words.length) {
    const word = words[i] as string;
    if (word === "--") return words.slice(i + 1);
    if (word === "-S" || word === "--split-string")
      return [...(shellWords(words[i + 1] ?? "")[0] ?? []), ...words.slice(i + 2)];
    // The same option with its value joined: `-S'npx …'`, `--split-string=npx …`.
    const joined = /^(?:-S|--split-string=)(.+)$/s.exec(word)?.[1];
    if (joined !== undefined) return [...(shellWords(joined)[0] ?? []), ...words.slice(i + 1)];
    if (word === "-u" || word === "--unset" || word === "-C" || word === "--chdir") i += 2;
    else if (word.startsWith("-") || /^[A-Za-z_][A-Za-z0-9_]*=/.test(word)) i += 1;
    else return words.slice(i);
  }
  return [];
}

/** The script of `sh -c '<script>'` (an option group holding c before it), or undefined for `sh file.sh`. */
function shellScript(words: readonly string[]): string | undefined {
  let command = false;
  for (const word of words) {
    if (word.startsWith("-") && word !== "-" && word !== "--") {
      if (!word.startsWith("--") && word.slice(1).includes("c")) command = true;
      continue;
    }
    return command ? word : undefined;
  }
  return undefined;
}

/**
 * The simple commands of a shell line, each as its words: quotes and backslashes undone, split at `;`, `&`,
 * `|`, parentheses and line breaks, leading `NAME=value` assignments dropped. Enough to see which programs a
 * launch line runs; nothing is expanded.
 */
export function shellWords(script: string): string[][] {
  const commands: string[][] = [];
  let words: string[] = [];
  let word: string | undefined;
  const endWord = () => {
    if (word !== undefined && !(words.length === 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(word)))
      words.push(word);
    word = undefined;
  };
  const endCommand = () => {
    endWord();
    if (words.length > 0) commands.push(words);
    words = [];
  };
  for (let i = 0; i < script.length; i++) {
    const c = script[i] as string;
    if (c === "'") {
      const end = script.indexOf("'", i + 1);
      const stop = end < 0 ? script.length : end;
      word = (word ?? "") + script.slice(i + 1, stop);
      i = stop;
    } else if (c === '"') {
      word = word ?? "";
      for (i++; i < script.length && script[i] !== '"'; i++) {
        if (script[i] === "\\" && i + 1 < script.length) i++;
        word += script[i];
      }
    } else if (c === "\\") {
      if (i + 1 < script.length && script[i + 1] !== "\n") word = (word ?? "") + script[i + 1];
      i++;
    } else if (/[;&|()\n]/.test(c)) endCommand();
    else if (c === " " || c === "\t") endWord();
    else word = (word ?? "") + c;
  }
  endCommand();
  return commands;
}

/**
 * What an absolute path names once its links are followed: a package's binary linked into a bin directory
 * (`/usr/local/bin/server-files`, `node_modules/.bin/server-files`) is the package's script. A path that cannot
 * be followed (not on this machine) is taken as written.
 */
function linkTarget(word: string): string {
  if (!isAbsolute(word)) return word;
  try {
    return realpathSync(word);
  } catch {
    return word;
  }
}

/** How much of a `.bin` shim is read: pnpm's and cmd-shim's are about a kilobyte. */
const SHIM_BYTES = 16_384;
/** The script a shim runs, relative to its directory: `"$basedir/../pkg/bin.js"`, `"%dp0%\..\pkg\bin.js"`. */
const SHIM_TARGET = /(?:\$basedir|%~?dp0%?)[\\/]\.\.[\\/]([^"'\s*?$%]+)/;

/**
 * The package a `node_modules/.bin` entry runs when it is a shim rather than a link (pnpm writes shell
 * scripts there, and npm `.cmd` files on Windows): the script its exec line names, under node_modules.
 * Undefined for anything else, or what cannot be read.
 */
function shimPackage(path: string): string | undefined {
  if (!isAbsolute(path) || basename(dirname(path)) !== ".bin") return undefined;
  const text = readStart(path, SHIM_BYTES);
  if (text === undefined) return undefined;
  const target = SHIM_TARGET.exec(text)?.[1];
  return target === undefined ? undefined : nodeModuleOf(join(dirname(dirname(path)), target));
}

/**
 * The programs a script file runs: a shell's script argument (`sh ./run.sh`, placed by programsOf) read as
 * shell commands, or a command whose file starts with `#!` run by its interpreter as the kernel does.
 */
function scriptPrograms(name: string, head: string, rest: readonly string[], depth: number): string[] {
  if (SHELLS.has(name)) {
    const file = rest.find((word) => !word.startsWith("-"));
    const text = file === undefined ? undefined : readStart(file);
    if (text === undefined) return [];
    // Comment lines are no commands (and an apostrophe in one would open a quote for the rest).
    return shellWords(text.replace(/^[ \t]*#.*$/gm, "")).flatMap((command) =>
      programsOfWords(command, depth + 1),
    );
  }
  const text = readStart(linkTarget(head));
  const interpreter = text === undefined ? undefined : interpreterWords(text);
  return interpreter === undefined ? [] : programsOfWords([...interpreter, head, ...rest], depth + 1);
}

/**
 * The programs one command line runs (several for a shell line of several commands). `scripts` reads the
 * script files the line runs (a `#!` file as its command, a shell's script argument) beside the line itself.
 */
export function programsOfWords(words: readonly string[], depth: number, scripts = true): string[] {
  const [head, ...rest] = words;
  if (head === undefined) return [];
  // Wrappers and runners by the name written (/usr/bin/npx is npx, wherever its link leads).
  const name = fileName(head);
  if (scripts && depth < MAX_WRAPPERS) {
    // The script is read only when the line names no package itself: `/usr/bin/npx` is a `#!` file too
    // (npm's own script), and a wrapper's name (a script called `env`) must not hide what the file runs.
    const own = programsOfWords(words, depth, false);
    if (!own.every((program) => program.startsWith("command "))) return own;
    return [...new Set([...scriptPrograms(name, head, rest, depth), ...own])];
  }
  if (depth < MAX_WRAPPERS) {
    if (name === "env") return programsOfWords(afterEnv(rest), depth + 1);
    if (PASS_THROUGH.has(name)) {
      const next = rest.findIndex((word) => !word.startsWith("-"));
      return next < 0 ? [] : programsOfWords(rest.slice(next), depth + 1);
    }
    if (SHELLS.has(name)) {
      const script = shellScript(rest);
      if (script !== undefined)
        return shellWords(script).flatMap((command) => programsOfWords(command, depth + 1));
    }
  }
  const first = rest.findIndex((word) => !word.startsWith("-"));
  const firstWord = first < 0 ? undefined : (rest[first] as string);
  if (depth < MAX_WRAPPERS) {
    const tool = RUNS_THE_REST.get(name);
    if (tool !== undefined) return programsOfWords(afterOptions(rest, tool.valued, tool.operands), depth + 1);
    if (WINDOWS_SHELLS.has(name)) {
      const line = windowsShellLine(name, rest);
      if (line !== undefined)
        return shellWords(line.replace(/\\/g, "/")).flatMap((command) => programsOfWords(command, depth + 1));
    }
  }
  if (NODE_RUNNERS.has(name)) {
    const packages = runnerPackages(rest, NODE_RUNNER);
    if (packages.length > 0) return packages.map((pkg) => `npm ${nodeModuleOf(pkg) ?? npmPackage(pkg)}`);
  }
  if (firstWord !== undefined && NODE_SUBCOMMANDS.get(name)?.has(firstWord)) {
    const packages = runnerPackages(rest.slice(first + 1), NODE_RUNNER);
    if (packages.length > 0) return packages.map((pkg) => `npm ${npmPackage(pkg)}`);
  }
  const runs = name === "uv" ? uvRun(rest, depth) : name === "deno" ? denoRun(rest) : undefined;
  if (runs !== undefined && runs.length > 0) return runs;
  const python = pythonRun(name, rest);
  if (python !== undefined && python.length > 0) return python.map((pkg) => `python ${pythonPackage(pkg)}`);
  // A package's own script, run directly or through a link to it, or given to node (or preloaded by it).
  const own = nodeModuleOf(linkTarget(head)) ?? shimPackage(linkTarget(head));
  if (own !== undefined) return [`npm ${own}`];
  const loaded = /^(node|nodejs)$/.test(name) ? nodeModules(rest) : [];
  if (loaded.length > 0) return loaded;
  const module = firstWord === undefined ? undefined : nodeModuleOf(linkTarget(firstWord));
  if (module !== undefined) return [`npm ${module}`];
  const command = `command ${JSON.stringify([name, firstWord ?? null])}`;
  // The coarse reading stays (every `docker run` is one program), and the image joins it, so the same image
  // started by another container tool or as `docker container run` is the same program too.
  const container = CONTAINER_TOOLS.has(name) ? containerRun(rest) : undefined;
  if (container === undefined) return [command];
  // The command run inside counts too: the base's package run by npx in a stock node image is its program.
  const inside = depth < MAX_WRAPPERS ? programsOfWords(container.inside, depth + 1) : [];
  return [command, `image ${container.image}`, ...inside];
}

/** How a runner with a subcommand is read coarsely (see programsOf), kept beside the finer readings. */
const COARSE_UV_RUN = `command ${JSON.stringify(["uv", "run"])}`;
const COARSE_DENO_RUN = `command ${JSON.stringify(["deno", "run"])}`;

/** Where a tool's subcommand starts: its first word that is neither an option nor an option's value. */
function subcommandAt(words: readonly string[], valued: ReadonlySet<string>): number {
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (!word.startsWith("-")) return i;
    if (valued.has(word)) i++;
  }
  return words.length;
}

/**
 * The packages of `uv [options] tool run pkg` and of `uv [options] run [--with pkg] command`: uv's global
 * options may come first, and `uv run` runs a command in an environment holding the `--with` packages, so
 * the command's first word (an entry point, named after its package as a rule), those packages and the
 * programs of the command itself all count.
 */
function uvRun(rest: readonly string[], depth: number): string[] | undefined {
  const at = subcommandAt(rest, PYTHON_RUNNER.valued);
  if (rest[at] === "tool" && rest[at + 1] === "run")
    return runnerPackages(rest.slice(at + 2), PYTHON_RUNNER).map((pkg) => `python ${pythonPackage(pkg)}`);
  if (rest[at] !== "run") return undefined;
  const words = rest.slice(at + 1);
  const withs: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const [option, value] = (words[i] as string).split("=", 2) as [string, string | undefined];
    if (option === "--with" || option === "-w") {
      const named = value ?? words[++i];
      if (named !== undefined) withs.push(...named.split(","));
    }
  }
  const command = words.slice(subcommandAt(words, PYTHON_RUNNER.valued));
  const inside = depth < MAX_WRAPPERS ? programsOfWords(command, depth + 1) : [];
  const named = [...withs, ...runnerPackages(words, PYTHON_RUNNER)].map(
    (pkg) => `python ${pythonPackage(pkg)}`,
  );
  // The coarse reading stays beside them: every `uv run` is one program, as before.
  return [...new Set([...named, ...inside, COARSE_UV_RUN])];
}

/** The package of `deno run [options] npm:pkg`: Deno runs npm packages by that specifier. */
function denoRun(rest: readonly string[]): string[] | undefined {
  const at = subcommandAt(rest, new Set());
  if (rest[at] !== "run") return undefined;
  const words = rest.slice(at + 1);
  const spec = words[subcommandAt(words, new Set())];
  if (spec === undefined || !spec.startsWith("npm:")) return undefined;
  const path = spec.slice(4).split("/");
  return [`npm ${npmPackage(path.slice(0, path[0]?.startsWith("@") ? 2 : 1).join("/"))}`, COARSE_DENO_RUN];
}

/** The packages or module of `uvx pkg`, `uv tool run pkg`, `pipx run pkg`, `python -m module`. */
function pythonRun(name: string, rest: readonly string[]): string[] | undefined {
  if (name === "uvx") return runnerPackages(rest, PYTHON_RUNNER);
  if (name === "pipx" && rest[0] === "run") return runnerPackages(rest.slice(1), PYTHON_RUNNER);
  if (/^(python[0-9.]*|py)$/.test(name)) {
    const m = rest.indexOf("-m");
    const module = rest[m + 1];
    if (m >= 0 && module !== undefined && rest.slice(0, m).every((word) => word.startsWith("-")))
      return [module];
  }
  return undefined;
}

/** Ports a URL's scheme implies: http's and https's (a server on 80 commonly sends plain http to 443). */
const DEFAULT_PORTS = new Set(["", "80", "443"]);

/**
 * The host a URL reaches, as DNS and the network read it: a fully qualified name's final dot dropped
 * (`mcp.example.com.` is `mcp.example.com`), and every name and address of this machine's loopback
 * (`localhost`, `*.localhost`, 127.0.0.0/8, `::1`, `::ffff:127.x.y.z`, and `0.0.0.0` or `::`, which connect
 * to it too) one host: a server on a loopback port answers under each of them.
 */
function urlHost(hostname: string): string {
  const host = hostname.replace(/\.$/, "");
  const loopback =
    host === "localhost" ||
    host.endsWith(".localhost") ||
    /^127\.\d+\.\d+\.\d+$/.test(host) ||
    /^\[(::1?|::ffff:(7f[0-9a-f]{2}:[0-9a-f]{1,4}|127\.\d+\.\d+\.\d+)|::ffff:0:0)\]$/.test(host) ||
    host === "0.0.0.0";
  return loopback ? "loopback" : host;
}

/** Percent-encoded unreserved characters decoded (RFC 3986, 6.2.2.2: `/%6Dcp` is `/mcp` to every server). */
const decodeUnreserved = (path: string) =>
  path.replace(/%([0-9a-f]{2})/gi, (escape, hex: string) => {
    const c = String.fromCharCode(parseInt(hex, 16));
    return /[A-Za-z0-9\-._~]/.test(c) ? c : escape;
  });

/**
 * A server's URL as the server it reaches: its host and path, whatever the scheme (plain http to an https
 * server is redirected to it), the default port, doubled or trailing slashes, capitals or percent-encoded
 * letters in the path (many servers route paths without regard to case), a final `/mcp` or `/sse` (its two
 * transports' endpoints), or how the host is written (see urlHost). Another port or another path is another
 * server.
 */
export function urlProgram(url: URL): string {
  const port = DEFAULT_PORTS.has(url.port) ? "" : `:${url.port}`;
  const path = decodeUnreserved(url.pathname)
    .replace(/\/{2,}/g, "/")
    .replace(/\/+$/, "")
    .toLowerCase()
    // One server answers both transports beside each other (the MCP specification's backwards
    // compatibility: Streamable HTTP at `…/mcp`, the older SSE at `…/sse`), or at the bare prefix.
    .replace(/\/(?:mcp|sse)$/, "");
  return `${urlHost(url.hostname)}${port}${path}`;
}

/**
 * The programs an entry runs, its settings aside: for a URL its host, port and path (see urlProgram); for a
 * command the package a runner runs (npx, bunx, pnpm dlx, npm exec, uvx, pipx run, python -m, a script inside
 * node_modules or a .bin shim naming one, node's preloads; its version dropped), else its file name and first
 * argument that is not an option, looking through `env`, `exec`, `sh -c`, `cmd /c`, PowerShell's -Command and
 * process tools such as nice, timeout and sudo (every command of a shell line counts). Coarse on purpose: a
 * runner whose first word is a subcommand (`docker run ...`) makes all its entries one program, which errs
 * towards the base's policy; a container's image is a program of its own beside that.
 */
export function programsOf(server: ServerConfig): string[] {
  if (server.url !== undefined) {
    try {
      return [`url ${urlProgram(new URL(server.url))}`];
    } catch {
      return [`url ${server.url}`];
    }
  }
  const words = [server.command ?? "", ...server.args];
  const written = programsOfWords(words, 0);
  if (server.cwd === undefined || !isAbsolute(server.cwd)) return written;
  // Its script named from its directory (`node dist/index.js` in /srv/files) is the same file named whole.
  const cwd = server.cwd;
  const placed = words.map((word) =>
    RELATIVE_FILE.test(word) || fileInDirectory(cwd, word) ? join(cwd, word) : word,
  );
  return [...new Set([...written, ...programsOfWords(placed, 0)])];
}

/**
 * A bare word naming a regular file in the directory (`sh run.sh`, `bash start`): a shell runs its script
 * argument from there, whatever its name ends in.
 */
function fileInDirectory(cwd: string, word: string): boolean {
  if (!BARE_NAME.test(word)) return false;
  try {
    return statSync(join(cwd, word)).isFile();
  } catch {
    return false;
  }
}
const BARE_NAME = /^[\w.][\w.-]*$/;

/** A word naming a file relative to the directory: `./x`, `../x`, `dir/x`, or a script by its extension. */
const RELATIVE_FILE = /^(?:\.{1,2}\/|[\w.-]+\/[\w./-]*$|[\w.-]+\.(?:m?js|cjs|ts|py)$)/;
