// From what the clients have configured to an mcp-guard config: stdio servers keep their command,
// secrets become ${VAR} placeholders, remote servers become HTTP upstreams with their token as a
// placeholder, and two different servers with one name get distinct names.
import { isGuarded, remoteTransport, remoteUrl, type Found } from "./clients.js";

export interface PlannedServer {
  name: string;
  config: Record<string, unknown>;
  /** Variables the daemon needs, with the value the client had (never written to mcp-guard.yaml). */
  variables: Record<string, string>;
  sources: Found[];
}

export interface Plan {
  servers: PlannedServer[];
  skipped: { found: Found; why: string }[];
}

const envName = (s: string) =>
  s
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");

function translate(
  found: Found,
): { config: Record<string, unknown>; variables: Record<string, string> } | string {
  const e = found.entry;
  const variables: Record<string, string> = {};
  const url = remoteUrl(e);
  if (url) {
    const config: Record<string, unknown> = { transport: remoteTransport(e), url };
    const headers = (e.headers ?? {}) as Record<string, unknown>;
    const auth = Object.entries(headers).find(([k]) => k.toLowerCase() === "authorization")?.[1];
    if (typeof auth === "string") {
      const variable = `${envName(found.name)}_TOKEN`;
      variables[variable] = auth.replace(/^Bearer\s+/i, "");
      config.upstream_auth_token = `\${${variable}}`;
    }
    return { config, variables };
  }
  if (typeof e.command !== "string" || e.command.length === 0) return "no command or url";
  const config: Record<string, unknown> = { command: e.command };
  const args = Array.isArray(e.args) ? e.args.filter((a): a is string => typeof a === "string") : [];
  if (args.length) config.args = args;
  if (typeof e.cwd === "string") config.cwd = e.cwd;
  const env = (e.env ?? {}) as Record<string, unknown>;
  const placeholders: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (typeof value !== "string") continue;
    // Values stay where they were (the client's config); mcp-guard.yaml names them.
    placeholders[key] = `\${${key}}`;
    variables[key] = value;
  }
  if (Object.keys(placeholders).length) config.env = placeholders;
  return { config, variables };
}

export function plan(found: readonly Found[]): Plan {
  const servers: PlannedServer[] = [];
  const skipped: Plan["skipped"] = [];
  for (const f of found) {
    if (isGuarded(f.entry)) {
      skipped.push({ found: f, why: "already launches mcp-guard connect" });
      continue;
    }
    const t = translate(f);
    if (typeof t === "string") {
      skipped.push({ found: f, why: t });
      continue;
    }
    const same = servers.find(
      (s) => s.sources[0]!.name === f.name && JSON.stringify(s.config) === JSON.stringify(t.config),
    );
    if (same) {
      same.sources.push(f);
      continue;
    }
    let name = f.name.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[^A-Za-z0-9]+/, "") || "server";
    if (servers.some((s) => s.name === name)) name = `${name}-${f.file.client}`;
    for (let i = 2; servers.some((s) => s.name === name); i++) name = `${name.replace(/-\d+$/, "")}-${i}`;
    servers.push({ name, config: t.config, variables: t.variables, sources: [f] });
  }
  return { servers, skipped };
}
