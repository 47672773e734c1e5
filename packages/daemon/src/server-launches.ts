// A server's launch identity: what makes two config entries the same server whatever they are named. Pins
// are kept per name; this lets a renamed server keep its own (PinRepository.followRenames).
import { createHmac } from "node:crypto";
import type { ServerConfig } from "@mcp-guard/config";
import type { ServerLaunch } from "@mcp-guard/core";
import type { PinRepository } from "@mcp-guard/store";
import type { Logger } from "./logger.js";

/**
 * A digest of how the server is started and whose account it reaches: transport, command, arguments,
 * directory, URL, environment, the daemon variables passed through, and the bearer token sent to an HTTP
 * server (a server given other settings may list other tools, and one reached with another token serves
 * another account; it is then another server, unpinned as any new one, and an approval made for the other
 * does not hold). Only a digest keyed with the daemon key is kept: the environment and the token are the
 * server's credentials, and a plain hash of a short password beside a known command could be searched for by
 * anyone who reads the database.
 */
export function launchOf(server: ServerConfig, key: string): string {
  const env = Object.entries(server.env).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const launch = [
    server.transport,
    server.command ?? null,
    server.args,
    server.cwd ?? null,
    server.url ?? null,
    env,
    [...server.env_passthrough].sort(),
    server.upstream_auth_token ?? null,
  ];
  return createHmac("sha256", key).update(JSON.stringify(launch)).digest("hex");
}

/**
 * A digest of the program the server runs: transport, command, arguments and URL, its environment and
 * directory aside. A server renamed in an edit that also set a variable (LOG_LEVEL, a rotated token) runs the
 * same program; under its old name the same edit keeps its pins (PinRepository.followRenames).
 */
export function programOf(server: ServerConfig, key: string): string {
  const program = ["program", server.transport, server.command ?? null, server.args, server.url ?? null];
  return createHmac("sha256", key).update(JSON.stringify(program)).digest("hex");
}

/** How many names a server once had are counted with it (the newest); more renames than this are rare. */
const FORMER_NAMES = 16;

/**
 * What a session's counts (rate limits, spend) are kept under besides the server's name, so that they follow
 * a server renamed in the config: its launch, and its program, each only while no other configured server
 * shares it. Entries launched alike are two servers (one policy per role, say), and two entries of one
 * program with their own variables (two accounts) are counted apart, as pins keep them apart; a renamed
 * server that also got a variable in the same edit is still counted as itself.
 *
 * And the names no longer configured that were last launched like it or ran its program (`namesLaunchedAs`,
 * the launches followRenames recorded), whether or not another entry shares its launch: a server renamed in
 * an edit that also added a twin launched alike (then neither shares a launch digest with nobody, and the
 * names alone would start both at zero), or renamed after being counted by name beside a twin, keeps what its
 * old name used, and so does the twin. Failing closed: a server whose program another, removed entry ran
 * (a second account) also counts what that one used within the window.
 */
export function serverLaunch(
  name: string,
  server: ServerConfig,
  servers: Readonly<Record<string, ServerConfig>>,
  key: string,
  namesLaunchedAs: (launch: string, program: string, limit: number) => readonly string[] = () => [],
  filled: ServerConfig = server,
): ServerLaunch {
  const launch = launchOf(server, key);
  const program = programOf(server, key);
  const formerNames = namesLaunchedAs(launch, program, FORMER_NAMES + Object.keys(servers).length)
    .filter((former) => !Object.hasOwn(servers, former))
    .slice(0, FORMER_NAMES);
  const others = Object.entries(servers).filter(([other]) => other !== name);
  // An approval is for what this session's entry reaches: its ${VAR}s filled as the session fills them.
  const shared: ServerLaunch = { entry: filled === server ? launch : launchOf(filled, key) };
  if (!others.some(([, config]) => launchOf(config, key) === launch)) {
    shared.launch = launch;
    if (!others.some(([, config]) => programOf(config, key) === program)) shared.program = program;
  }
  if (formerNames.length > 0) shared.formerNames = formerNames;
  const countedWith = (server.counted_with ?? []).filter((other) => other !== name);
  if (countedWith.length > 0) shared.countedWith = countedWith;
  return shared;
}

/** Records the configured servers' launches; a renamed one takes the pins of its old name (logged). */
export function followRenames(
  pins: PinRepository,
  servers: Readonly<Record<string, ServerConfig>>,
  key: string,
  logger: Logger,
): void {
  const launches = new Map(Object.entries(servers).map(([name, server]) => [name, launchOf(server, key)]));
  const programs = new Map(Object.entries(servers).map(([name, server]) => [name, programOf(server, key)]));
  for (const { from, to } of pins.followRenames(launches, programs))
    logger.info({ from, to }, "a server launched as one already pinned keeps its pins under its new name");
}
