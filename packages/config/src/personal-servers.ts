// What a personal config may add beside a base (extends). Its own servers run under its own policy only, so
// an entry that launches one of the base's servers under another name would run it without the base's
// denies, limits and caps: the floor would not hold. Such an entry is refused, naming the base's server to
// adjust instead; a base that sets `personal_servers: deny` refuses every server it does not list.
import { programsOf } from "./program-identity.js";
import { programsWithin } from "./programs-within.js";
import { configuredServer } from "./configured-server.js";
import type { Config, ServerConfig } from "./schema.js";

export interface PersonalServerIssue {
  path: string;
  message: string;
}

/** The same program: the same command and arguments, or the same URL. */
function sameLaunch(a: ServerConfig, b: ServerConfig): boolean {
  if (a.url !== undefined || b.url !== undefined) return a.url === b.url;
  return (
    a.command === b.command && a.args.length === b.args.length && a.args.every((x, i) => x === b.args[i])
  );
}

/**
 * The base's servers whose program a personal server runs with other settings (its arguments, directory or
 * environment): the base's policy is a floor for the personal server too, merged as for a base server the
 * personal file adjusts. Without this a copy of a base server with one argument changed (the filesystem
 * server on / rather than /tmp) ran under the personal file's policy alone.
 */
export function baseProgramTwins(base: Config, server: ServerConfig): string[] {
  return Object.entries(base.servers)
    .filter(([, b]) => runsProgramOf(server, b))
    .map(([name]) => name);
}

/**
 * Whether `server` runs `other`'s program. Either line may wrap the other: `other`'s launch inside this line
 * (`flock f <other's line>`), or this line inside `other`'s (it wraps its program, this one runs it bare).
 */
export function runsProgramOf(server: ServerConfig, other: ServerConfig): boolean {
  const written = new Set(programsOf(server));
  const within = new Set(programsWithin(server));
  return (
    programsOf(other).some((program) => within.has(program)) ||
    programsWithin(other).some((program) => written.has(program))
  );
}

export function personalServerIssues(base: Config, personal: Config, url: string): PersonalServerIssue[] {
  const issues: PersonalServerIssue[] = [];
  for (const [name, server] of Object.entries(personal.servers)) {
    if (configuredServer(base.servers, name)) continue;
    const path = `servers.${name}`;
    if (base.personal_servers === "deny") {
      issues.push({
        path,
        message: `the base config ${url} sets personal_servers: deny, so this file may only adjust the base's servers (${Object.keys(base.servers).join(", ")}); "${name}" is not one of them`,
      });
      continue;
    }
    const twin = Object.entries(base.servers).find(([, b]) => sameLaunch(server, b));
    if (twin)
      issues.push({
        path,
        message: `"${name}" launches the same program as the base's "${twin[0]}", which would run it without the base's policy; adjust "${twin[0]}" under its own name instead`,
      });
  }
  return issues;
}
