// VS Code's `envFile`: a dotenv file whose variables the client loads into the environment of the program an
// entry runs (an entry's own `env` wins over it). A project's `.vscode/mcp.json` names one of its own files,
// so what it sets reaches the bridge as surely as the entry's `env` does, and is judged the same way. It is
// read with the grammar VS Code reads it with (its `parseEnvFile`), not a narrower one: a line the client
// reads and this file skipped would set a variable no one judged.
import { readRegularFile } from "@mcp-guard/wire/regular-file";

/** Larger env files are not read, so not vouched for: a project's env file is a few lines. */
const MAX_ENV_FILE_BYTES = 1024 * 1024;

/**
 * The variables the file sets, with `${workspaceFolder}` read as `workspace`; undefined when this machine
 * cannot read the file now (missing, not a regular file, too large, or named through a variable only the
 * client resolves).
 */
export function envFileVariables(path: string, workspace: string): Record<string, string> | undefined {
  const resolved = path.replace(/\$\{workspaceFolder\}/g, workspace);
  if (/\$\{/.test(resolved)) return undefined;
  const text = readEnvFile(resolved);
  return text === undefined ? undefined : parseEnvText(text);
}

/** A regular file's text (wire's regular-file.ts: a named pipe or a device is refused at once), or undefined. */
function readEnvFile(path: string): string | undefined {
  try {
    return readRegularFile(path, MAX_ENV_FILE_BYTES);
  } catch {
    return undefined;
  }
}

/**
 * VS Code's reading of an env file: lines end at `\r\n`, `\r` or `\n`; blank lines and `#` lines are skipped;
 * an `export ` prefix is dropped; the name ends at the first `=` or `:` outside quotes (any text before it,
 * trimmed); the value is trimmed, cut at a `#` outside quotes, and unquoted when a pair of `"`, `'` or `` ` ``
 * encloses it (`\n` and `\r` escapes read inside double quotes). A later line sets a name again.
 */
export function parseEnvText(text: string): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const rawLine of text.split(/\r\n|\r|\n/)) {
    let line = rawLine.trim();
    if (line === "" || line.startsWith("#")) continue;
    if (line.startsWith("export ")) line = line.slice("export ".length).trim();
    const separator = outsideQuotes(line, (c) => c === "=" || c === ":");
    if (separator < 0) continue;
    const name = line.slice(0, separator).trim();
    if (name === "") continue;
    let value = line.slice(separator + 1).trim();
    const comment = outsideQuotes(value, (c) => c === "#");
    if (comment >= 0) value = value.slice(0, comment).trim();
    variables[name] = unquoted(value);
  }
  return variables;
}

/** The first character `wanted` accepts outside a quoted run (a quote ends at its like, unless escaped). */
function outsideQuotes(text: string, wanted: (c: string) => boolean): number {
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? "";
    if (quote !== undefined) {
      if (c === quote && text[i - 1] !== "\\") quote = undefined;
    } else if (c === '"' || c === "'" || c === "`") quote = c;
    else if (wanted(c)) return i;
  }
  return -1;
}

function unquoted(value: string): string {
  const first = value[0];
  if (value.length < 2 || (first !== '"' && first !== "'" && first !== "`") || value.at(-1) !== first)
    return value;
  const inner = value.slice(1, -1);
  return first === '"' ? inner.replace(/\\n/g, "\n").replace(/\\r/g, "\r") : inner;
}
