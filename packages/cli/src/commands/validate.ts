import { formatIssue, missingReason, ownEntry } from "@mcp-guard/config";
import { resolveDaemonPaths } from "@mcp-guard/wire";
import { paint } from "../colour.js";
import { loadConfigOrFail, loadConfigResult, type CommonOptions } from "../context.js";
import { printJson } from "../printable.js";

export interface ValidateOptions extends CommonOptions {
  json?: boolean;
}

export async function validate(options: ValidateOptions): Promise<number> {
  if (options.json) return validateJson(options);
  const { config, configPath, paths, variables } = await loadConfigOrFail(options);
  const servers = Object.entries(config.servers).map(([name, s]) => {
    const missing = ownEntry(variables.missing, name);
    // Not an error: a client's entry may supply the variable. Said here so nobody is surprised later.
    const note = missing?.length
      ? paint("warn", `: unless a client's entry sets it, ${missingReason(missing, variables)}`)
      : "";
    return `  ${name} (${s.transport})${note}`;
  });
  process.stdout.write(
    `${configPath} is ${paint("ok", "valid")}\nhome: ${paths.home}\nservers (${servers.length}):\n${servers.join("\n") || "  (none)"}\n`,
  );
  return 0;
}

async function validateJson(options: ValidateOptions): Promise<number> {
  const { configPath, result } = await loadConfigResult(options);
  const report = result.ok
    ? {
        valid: true,
        file: configPath,
        home: resolveDaemonPaths(result.config.daemon).home,
        servers: Object.fromEntries(
          Object.entries(result.config.servers).map(([name, s]) => [
            name,
            { transport: s.transport, missing_variables: ownEntry(result.variables.missing, name) ?? [] },
          ]),
        ),
        issues: [],
      }
    : {
        valid: false,
        file: configPath,
        issues: result.issues.map((i) => ({ ...i, text: formatIssue(i) })),
      };
  printJson(report, 2);
  return result.ok ? 0 : 1;
}
