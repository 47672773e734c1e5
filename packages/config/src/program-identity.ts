// Which program a server entry runs, however the entry spells the launch. A personal server that runs a base
// server's program is held to the base's policy too (personal-servers.ts), so the base's floor must not
// depend on how the command line is written: a version after the package, another package runner, `env` or a
// shell in front, or the package's script run by node from its node_modules are all the same program.
import { realpathSync } from "node:fs";
import { isAbsolute } from "node:path";
import type { ServerConfig } from "./schema.js";

/** How deep wrappers are unwrapped (`env` in `sh -c` in `env` ...); real launches need two at most. */
const MAX_WRAPPERS = 6;
const SHELLS = new Set(["sh", "bash", "dash", "zsh", "ksh", "ash", "mksh"]);
/** Words that run the rest of their command line as it is (`exec npx ...` at the end of a shell script). */
const PASS_THROUGH = new Set(["exec", "command", "nohup"]);
/** Package runners whose first word after the options is the package: npx, bunx, pnpx. */
const NODE_RUNNERS = new Set(["npx", "bunx", "pnpx"]);
/** Tools whose subcommand runs a package: `npm exec`, `pnpm dlx`, `yarn dlx`, `bun x`. */
const NODE_SUBCOMMANDS: Record<string, ReadonlySet<string>> = {
  npm: new Set(["exec", "x"]),
  pnpm: new Set(["dlx"]),
  yarn: new Set(["dlx"]),
  bun: new Set(["x"]),
};
/** Options of the runners that name the package in the next word (`npx -p pkg bin`, `uvx --from pkg bin`). */
const PACKAGE_OPTIONS = new Set(["-p", "--package", "--from"]);

/** The file name of a command: no directory, no .exe/.cmd/.bat, any case. */
function fileName(word: string): string {
  return (word.split(/[\\/]/).pop() ?? "").toLowerCase().replace(/\.(exe|cmd|bat)$/, "");
}

/** An npm package name as a runner reads it: `@scope/name@1.2.3` and `name@latest` are `@scope/name`, `name`. */
function npmPackage(spec: string): string {
  const at = spec.indexOf("@", 1);
  return (at > 0 ? spec.slice(0, at) : spec).toLowerCase();
}

/** A Python distribution or module name, normalised as PEP 503 compares them (`mcp_server_git` is `mcp-server-git`). */
function pythonPackage(spec: string): string {
  const name = spec.split(/[[=<>!~@; ]/)[0] ?? "";
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

/** The package a runner is given: the value of `-p`/`--package`/`--from`, else its first word after the options. */
function runnerPackage(words: readonly string[]): string | undefined {
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (word === "--") return words[i + 1];
    const [option, value] = word.split("=", 2) as [string, string | undefined];
    if (PACKAGE_OPTIONS.has(option)) return value ?? words[i + 1];
    if (!word.startsWith("-")) return word;
  }
  return undefined;
}

/** What `env` runs: its words after the options, the `NAME=value` assignments and `-u NAME` / `-C dir`. */
function afterEnv(words: readonly string[]): string[] {
  let i = 0;
  while (i < words.length) {
    const word = words[i] as string;
    if (word === "--") return words.slice(i + 1);
    if (word === "-S" || word === "--split-string")
      return [...(shellWords(words[i + 1] ?? "")[0] ?? []), ...words.slice(i + 2)];
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
function shellWords(script: string): string[][] {
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

/** The programs one command line runs (several for a shell line of several commands). */
function programsOfWords(words: readonly string[], depth: number): string[] {
  const [head, ...rest] = words;
  if (head === undefined) return [];
  // Wrappers and runners by the name written (/usr/bin/npx is npx, wherever its link leads).
  const name = fileName(head);
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
  if (NODE_RUNNERS.has(name)) {
    const pkg = runnerPackage(rest);
    if (pkg !== undefined) return [`npm ${nodeModuleOf(pkg) ?? npmPackage(pkg)}`];
  }
  if (firstWord !== undefined && NODE_SUBCOMMANDS[name]?.has(firstWord)) {
    const pkg = runnerPackage(rest.slice(first + 1));
    if (pkg !== undefined) return [`npm ${npmPackage(pkg)}`];
  }
  const python = pythonRun(name, rest);
  if (python !== undefined) return [`python ${pythonPackage(python)}`];
  // A package's own script, run directly or through a link to it, or given to node.
  const own = nodeModuleOf(linkTarget(head));
  if (own !== undefined) return [`npm ${own}`];
  const module = firstWord === undefined ? undefined : nodeModuleOf(linkTarget(firstWord));
  if (module !== undefined) return [`npm ${module}`];
  return [`command ${JSON.stringify([name, firstWord ?? null])}`];
}

/** The package or module of `uvx pkg`, `uv tool run pkg`, `pipx run pkg`, `python -m module`. */
function pythonRun(name: string, rest: readonly string[]): string | undefined {
  if (name === "uvx") return runnerPackage(rest);
  if ((name === "uv" && rest[0] === "tool" && rest[1] === "run") || (name === "pipx" && rest[0] === "run"))
    return runnerPackage(rest.slice(name === "uv" ? 2 : 1));
  if (/^(python[0-9.]*|py)$/.test(name)) {
    const m = rest.indexOf("-m");
    if (m >= 0 && rest.slice(0, m).every((word) => word.startsWith("-"))) return rest[m + 1];
  }
  return undefined;
}

/**
 * The programs an entry runs, its settings aside: for a URL its origin and path (not its query or fragment);
 * for a command the package a runner runs (npx, bunx, pnpm dlx, npm exec, uvx, pipx run, python -m, a script
 * inside node_modules; its version dropped), else its file name and first argument that is not an option,
 * looking through `env`, `exec` and `sh -c` (every command of the shell line counts). Coarse on purpose: a
 * runner whose first word is a subcommand (`docker run ...`) makes all its entries one program, which errs
 * towards the base's policy.
 */
export function programsOf(server: ServerConfig): string[] {
  if (server.url !== undefined) {
    try {
      const url = new URL(server.url);
      return [`url ${url.origin}${url.pathname.replace(/\/+$/, "")}`];
    } catch {
      return [`url ${server.url}`];
    }
  }
  return programsOfWords([server.command ?? "", ...server.args], 0);
}
