import { loadConfigOrFail, type CommonOptions } from "../context.js";

export async function validate(options: CommonOptions): Promise<void> {
  const { config, configPath, paths } = await loadConfigOrFail(options);
  const servers = Object.entries(config.servers).map(([name, s]) => `  ${name} (${s.transport})`);
  process.stdout.write(
    `${configPath} is valid\nhome: ${paths.home}\nservers (${servers.length}):\n${servers.join("\n") || "  (none)"}\n`,
  );
}
