// The secrets file: `NAME=value` lines in an owner-only file in the daemon home, written by `mcp-guard init`
// with the secrets it took out of client configs, and named by `daemon.secrets_file`. Its values fill
// ${NAME} in the config. A file others could read is refused rather than used.
import { homedir } from "node:os";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { MAX_CONFIG_BYTES, readRegularFile, UnreadableFileError } from "@mcp-guard/wire/regular-file";
import { notOwnerOnly } from "./owner-only.js";

export type SecretsResult = { ok: true; values: Record<string, string> } | { ok: false; message: string };

const LINE = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/;

export function secretsFilePath(configured: string, configFile: string): string {
  const expanded =
    configured === "~" || configured.startsWith("~/") ? join(homedir(), configured.slice(1)) : configured;
  return isAbsolute(expanded) ? expanded : resolve(dirname(configFile), expanded);
}

export function readSecretsFile(path: string): SecretsResult {
  let text: string;
  try {
    const exposed = notOwnerOnly(path, "the secrets file", "the servers' credentials");
    if (exposed !== undefined) return { ok: false, message: exposed };
    text = readRegularFile(path, MAX_CONFIG_BYTES);
  } catch (err) {
    if (err instanceof UnreadableFileError)
      return { ok: false, message: `cannot read the secrets file: ${err.message}` };
    const code = (err as NodeJS.ErrnoException).code;
    return { ok: false, message: `cannot read the secrets file ${path} (${code ?? String(err)})` };
  }
  const values: Record<string, string> = {};
  for (const [index, raw] of text.split("\n").entries()) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    const match = LINE.exec(line);
    if (!match)
      return { ok: false, message: `${path}:${index + 1}: expected NAME=value (the value is taken as is)` };
    values[match[1]!] = match[2]!;
  }
  return { ok: true, values };
}
