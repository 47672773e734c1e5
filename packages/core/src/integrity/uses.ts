// Using a definition: a tool, prompt or resource template can be used only under the exact name the server
// listed, and only while its verdict (kept per server, whatever this session listed) is clean. A name that
// merely resembles a listed one (case, spaces, look-alike or invisible characters) is unknown and refused
// here, before permissions, spend or the server ever act on it under a name nobody approved.
import type { JsonObject } from "../jsonrpc.js";
import type { Verdict } from "../pipeline.js";
import { foldCase } from "../policy/case-fold.js";
import { fileSpellings } from "../policy/file-spellings.js";
import { normalizeUri } from "../policy/normalize.js";
import type { IntegrityRules } from "../policy/policy.js";
import { block, PASS } from "../interceptors/verdicts.js";
import type { ListedState, PinKind, PinStore } from "./pins.js";
import { judge } from "./verdict.js";
import { KIND_LABEL, NAME_KEY, withheldData } from "./withheld-messages.js";

function unknown(kind: PinKind, name: unknown): Verdict {
  return block("unknown_name", { kind: KIND_LABEL[kind], [NAME_KEY[kind]]: name });
}

function verdictOf(server: string, rules: IntegrityRules, d: ListedState): Verdict | undefined {
  const j = judge(d, rules);
  return j.ok ? undefined : block(j.reason, withheldData(server, d, j));
}

/** A listed name, used exactly as listed. */
function useName(
  pins: PinStore,
  server: string,
  rules: IntegrityRules,
  kind: PinKind,
  name: unknown,
): Verdict {
  if (typeof name !== "string") return unknown(kind, name);
  const listed = pins.listed(server, kind, name);
  if (!listed) return unknown(kind, name);
  return verdictOf(server, rules, listed) ?? PASS;
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
function useUri(pins: PinStore, server: string, rules: IntegrityRules, uri: unknown): Verdict {
  if (typeof uri !== "string") return PASS;
  const forms = uriForms(uri);
  const resource = pins.listed(server, "resource", uri);
  if (resource) {
    const refused = verdictOf(server, rules, resource);
    if (refused) return refused;
  } else {
    // Another spelling of a withheld resource's URI is that resource to the server: compared in every
    // form a server looks a URI up by, against the withheld ones only (usually none, so this is cheap).
    for (const listed of pins.listedAll(server, "resource")) {
      const refused = verdictOf(server, rules, listed);
      if (refused && uriForms(listed.name).some((f) => forms.includes(f))) return refused;
    }
  }
  for (const template of pins.listedAll(server, "resource_template")) {
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
function useReference(
  pins: PinStore,
  server: string,
  rules: IntegrityRules,
  params: JsonObject | undefined,
): Verdict {
  const ref = params?.ref as { type?: unknown; name?: unknown; uri?: unknown } | undefined;
  if (ref?.type === "ref/prompt") return useName(pins, server, rules, "prompt", ref.name);
  if (ref?.type !== "ref/resource") return PASS;
  if (typeof ref.uri === "string" && pins.listed(server, "resource", ref.uri))
    return useName(pins, server, rules, "resource", ref.uri);
  return useName(pins, server, rules, "resource_template", ref.uri);
}

/** With `poisoned: block_server`, one poisoned definition that nobody approved stops every use of the server. */
function serverPoisoned(pins: PinStore, server: string, rules: IntegrityRules): Verdict | undefined {
  if (rules.poisoned !== "block_server") return undefined;
  for (const d of pins.listedAll(server)) {
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

/** The verdict on a request that uses something the server presents; PASS for every other request. */
export function checkUse(
  pins: PinStore,
  server: string,
  rules: IntegrityRules,
  method: string,
  params: JsonObject | undefined,
): Verdict {
  if (!USES.has(method)) return PASS;
  const blocked = serverPoisoned(pins, server, rules);
  if (blocked) return blocked;
  switch (method) {
    case "tools/call":
      return useName(pins, server, rules, "tool", params?.name);
    case "prompts/get":
      return useName(pins, server, rules, "prompt", params?.name);
    case "completion/complete":
      return useReference(pins, server, rules, params);
    default:
      return useUri(pins, server, rules, params?.uri);
  }
}
