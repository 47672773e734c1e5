import { missingReason } from "@mcp-guard/config";
import { loadConfigOrFail, type CommonOptions } from "../context.js";

export async function validate(options: CommonOptions): Promise<void> {
  const { config, configPath, paths, variables } = await loadConfigOrFail(options);
  const servers = Object.entries(config.servers).map(([name, s]) => {
    const missing = variables.missing[name];
    // Not an error: a client's entry may supply the variable. Said here so nobody is surprised later.
    const note = missing?.length
      ? `: unless a client's entry sets it, ${missingReason(missing, variables)}`
      : "";
    return `  ${name} (${s.transport})${note}`;
  });
  process.stdout.write(
    `${configPath} is valid\nhome: ${paths.home}\nservers (${servers.length}):\n${servers.join("\n") || "  (none)"}\n`,
  );
}
