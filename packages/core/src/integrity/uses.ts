// Using a definition: a tool, prompt or resource template can be used only under the exact name this
// session's server listed, and only while the verdicts on it are clean: on the definition this session's
// server listed (its own process, which the use reaches) and on the one the server last listed in any
// session (a change one process presents is the server's change). Both are held against the server's pins.
// A name that merely resembles a listed one (case, spaces, look-alike or invisible characters) is unknown
// and refused here, before permissions, spend or the server ever act on it under a name nobody approved.
import type { JsonObject } from "../jsonrpc.js";
import type { Verdict } from "../pipeline.js";
import { foldCase } from "../policy/case-fold.js";
import { fileSpellings } from "../policy/file-spellings.js";
import { normalizeUri } from "../policy/normalize.js";
import type { IntegrityRules } from "../policy/policy.js";
import { block, PASS } from "../interceptors/verdicts.js";
import type { ListedState, PinKind, PinStore } from "./pins.js";
import type { SessionListed } from "./session-listed.js";
import { judge } from "./verdict.js";
import { KIND_LABEL, NAME_KEY, withheldData } from "./withheld-messages.js";

function unknown(kind: PinKind, name: unknown): Verdict {
  return block("unknown_name", { kind: KIND_LABEL[kind], [NAME_KEY[kind]]: name });
}

/** What the server listed, each definition with the server's pin. */
interface Listed {
  server: string;
  /** What this session's server listed under exactly this name. */
  mine(kind: PinKind, name: string): ListedState | undefined;
  /** What the server listed last under exactly this name, in any session. */
  latest(kind: PinKind, name: string): ListedState | undefined;
  /** Every definition of a kind, as this session's server and as the server last listed it. */
  all(kind: PinKind): ListedState[];
}

function verdictOf(server: string, rules: IntegrityRules, d: ListedState): Verdict | undefined {
  const j = judge(d, rules);
  return j.ok ? undefined : block(j.reason, withheldData(server, d, j));
}

/** The refusal of a definition this session's server listed, or of what the server last listed in its place. */
function refusalOf(listed: Listed, rules: IntegrityRules, d: ListedState): Verdict | undefined {
  const latest = listed.latest(d.kind, d.name);
  return verdictOf(listed.server, rules, d) ?? (latest && verdictOf(listed.server, rules, latest));
}

/** A listed name, used exactly as listed. */
function useName(listed: Listed, rules: IntegrityRules, kind: PinKind, name: unknown): Verdict {
  if (typeof name !== "string") return unknown(kind, name);
  const definition = listed.mine(kind, name);
  if (!definition) return unknown(kind, name);
  return refusalOf(listed, rules, definition) ?? PASS;
}

/**
 * Whether a URI falls under a URI template (RFC 6570): every expression matches any text, so a withheld
 * template withholds at least every URI it could expand to. Matched like a glob, left to right, in time
 * linear in the URI for each literal part (no regular expression a hostile template could make explode).
 */
export function templateMatches(template: string, uri: string): boolean {
  const parts = template.split(/\{[^}]*\}/);
  if (parts.length === 1) return template === uri;
  const first = parts[0];
  const last = parts.at(-1);
  if (first === undefined || last === undefined) throw new Error("templateMatches: split returned no parts");
  const end = uri.length - last.length;
  if (end < first.length || !uri.startsWith(first) || !uri.endsWith(last)) return false;
  let at = first.length;
  for (const part of parts.slice(1, -1)) {
    const found = uri.indexOf(part, at);
    if (found < 0 || found + part.length > end) return false;
    at = found + part.length;
  }
  return true;
}

/**
 * Reading a resource: a listed resource is judged by its own verdict and a URI under a listed template by
 * that template's, in any spelling a server reads as that URI. A URI the server never listed (one a tool
 * result pointed to) is the server's to answer.
 */
function useUri(listed: Listed, rules: IntegrityRules, uri: unknown): Verdict {
  if (typeof uri !== "string") return PASS;
  const server = listed.server;
  const forms = uriForms(uri);
  const resource = listed.mine("resource", uri);
  if (resource) {
    const refused = refusalOf(listed, rules, resource);
    if (refused) return refused;
  } else {
    // Another spelling of a withheld resource's URI is that resource to the server: compared in every
    // form a server looks a URI up by, against the withheld ones only (usually none, so this is cheap).
    for (const other of listed.all("resource")) {
      const refused = verdictOf(server, rules, other);
      if (refused && uriForms(other.name).some((f) => forms.includes(f))) return refused;
    }
  }
  for (const template of listed.all("resource_template")) {
    if (!forms.some((form) => templateMatches(template.name, form))) continue;
    const refused = verdictOf(server, rules, template);
    if (refused) return refused;
  }
  return PASS;
}

/**
 * The forms under which a server may look a URI up: as written; as the WHATWG URL parser writes it (the
 * MCP SDK's server finds resources by `new URL(uri).href`: scheme lower-cased, dot segments resolved,
 * file://localhost/ read as file:///); and the guard's canonical form (every spelling of a file URI as one
 * path, percent-encoding decoded, as a server reading the file system sees it), without query or fragment.
 */
function uriForms(uri: string): string[] {
  const forms = [uri];
  if (URL.canParse(uri)) {
    const url = new URL(uri);
    forms.push(url.href);
    url.hash = "";
    url.search = "";
    forms.push(url.href);
  }
  const canonical = normalizeUri(uri);
  if (canonical.ok) forms.push(canonical.value, canonical.value.replace(/[?#].*$/, ""));
  // A file as its operating system opens it (file-spellings.ts), in any letter case (Windows and macOS).
  if (canonical.ok && canonical.value.startsWith("file:"))
    for (const spelling of [canonical.value, ...fileSpellings(canonical.value)])
      forms.push(foldCase(spelling));
  return forms;
}

/** A completion reference names a prompt or a resource template (or resource) exactly as listed. */
function useReference(listed: Listed, rules: IntegrityRules, params: JsonObject | undefined): Verdict {
  const ref = params?.ref as { type?: unknown; name?: unknown; uri?: unknown } | undefined;
  if (ref?.type === "ref/prompt") return useName(listed, rules, "prompt", ref.name);
  if (ref?.type !== "ref/resource") return PASS;
  if (typeof ref.uri === "string" && listed.mine("resource", ref.uri))
    return useName(listed, rules, "resource", ref.uri);
  return useName(listed, rules, "resource_template", ref.uri);
}

/**
 * With `poisoned: block_server`, one poisoned definition that nobody approved stops every use of the server:
 * one this session's server listed, or one the server last listed anywhere (a kind this session never
 * listed still counts).
 */
function serverPoisoned(
  pins: PinStore,
  session: SessionListed,
  server: string,
  rules: IntegrityRules,
): Verdict | undefined {
  if (rules.poisoned !== "block_server") return undefined;
  for (const d of [...session.listedAll(pins, server), ...pins.listedAll(server)]) {
    const j = judge(d, rules);
    if (!j.ok && j.reason === "server_poisoned")
      return block("server_poisoned", { signals: j.signals ?? [] });
  }
  return undefined;
}

export const USES = new Set([
  "tools/call",
  "prompts/get",
  "resources/read",
  "resources/subscribe",
  "resources/unsubscribe",
  "completion/complete",
]);

/**
 * The verdict on a request that uses something the server presents, judged by what this session's server
 * listed (session-listed.ts) and what the server last listed; PASS for every other request.
 */
export function checkUse(
  pins: PinStore,
  session: SessionListed,
  server: string,
  rules: IntegrityRules,
  method: string,
  params: JsonObject | undefined,
): Verdict {
  if (!USES.has(method)) return PASS;
  const blocked = serverPoisoned(pins, session, server, rules);
  if (blocked) return blocked;
  const listed: Listed = {
    server,
    mine: (kind, name) => session.listed(pins, server, kind, name),
    latest: (kind, name) => pins.listed(server, kind, name),
    all: (kind) => [...session.listedAll(pins, server, kind), ...pins.listedAll(server, kind)],
  };
  switch (method) {
    case "tools/call":
      return useName(listed, rules, "tool", params?.name);
    case "prompts/get":
      return useName(listed, rules, "prompt", params?.name);
    case "completion/complete":
      return useReference(listed, rules, params);
    default:
      return useUri(listed, rules, params?.uri);
  }
}
