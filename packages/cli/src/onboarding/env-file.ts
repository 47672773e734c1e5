// VS Code's `envFile`: a dotenv file whose variables the client loads into the environment of the program an
// entry runs (an entry's own `env` wins over it). A project's `.vscode/mcp.json` names one of its own files,
// so what it sets reaches the bridge as surely as the entry's `env` does, and is judged the same way.
import { existsSync, readFileSync } from "node:fs";

const ASSIGNMENT = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/;

/**
 * The variables the file sets, with `${workspaceFolder}` read as `workspace`; undefined when this machine
 * cannot read the file now (missing, or named through a variable only the client resolves).
 */
export function envFileVariables(path: string, workspace: string): Record<string, string> | undefined {
  const resolved = path.replace(/\$\{workspaceFolder\}/g, workspace);
  if (/\$\{/.test(resolved) || !existsSync(resolved)) return undefined;
  let text: string;
  try {
    text = readFileSync(resolved, "utf8");
  } catch {
    return undefined;
  }
  const variables: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const [, name, raw] = ASSIGNMENT.exec(line) ?? [];
    if (name === undefined || raw === undefined) continue;
    variables[name] = /^(["']).*\1$/s.test(raw) ? raw.slice(1, -1) : raw.replace(/\s+#.*$/, "");
  }
  return variables;
}
