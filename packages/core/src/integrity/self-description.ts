// What a server says of itself in its `initialize` result: its `instructions` and its `serverInfo` (a name and
// a title a client shows, a description (MCP 2025-11-25) a client may hand the model, a website, icons, and
// whatever else it adds). All of it is one definition, pinned, judged and stripped as one ("instructions",
// name ""): a server cannot move its orders from one field to the other, and what it adds or changes in
// either after its first initialize waits for a person. An absent field is pinned as absent, so instructions
// added later are a change, not a first sight. Only a version shaped as one is left out of the pin: it changes
// at every release, and such a string carries no words. Its shape is semver's, loosely: digits and dots, then
// a short tail of a pre-release and a build label, each with at most one word (1.0.0, 2.1.0-beta.1+build.5,
// 1.0rc1, 2025.11.25). A version with more words (`1-ignore-all-previous-instructions`) is text like any
// other of serverInfo, pinned and scored.
import type { JsonObject } from "../jsonrpc.js";
import { canonicalJson, pinOf, type PinStore } from "./pins.js";

// Digits and dots, then a pre-release (after "-", "." or nothing) and a build label (after "+"), each parts of
// letters and digits separated by "." or "-".
const VERSION_SHAPE =
  /^v?\d+(?:\.\d+){0,3}(?<pre>[-.]?[0-9A-Za-z]+(?:[.-][0-9A-Za-z]+)*)?(?:\+(?<build>[0-9A-Za-z]+(?:[.-][0-9A-Za-z]+)*))?$/;
const WORD = /[A-Za-z]{2,}/g;
const wordsIn = (label: string | undefined) => label?.match(WORD)?.length ?? 0;

/** Whether `version` is a version and nothing else: its labels name a release (beta, rc) but say nothing. */
function isVersionShaped(version: string): boolean {
  const labels = version.length <= 40 ? VERSION_SHAPE.exec(version)?.groups : undefined;
  return labels !== undefined && wordsIn(labels.pre) <= 1 && wordsIn(labels.build) <= 1;
}

const isObject = (value: unknown): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function unpinnedVersion(result: JsonObject): string | undefined {
  const version = isObject(result.serverInfo) ? result.serverInfo.version : undefined;
  return typeof version === "string" && isVersionShaped(version) ? version : undefined;
}

/** The definition pinned for a server's initialize result: its instructions and serverInfo but a plain version. */
export function selfDescription(result: JsonObject): JsonObject {
  let info = result.serverInfo ?? null;
  if (unpinnedVersion(result) !== undefined) {
    const { version: _unpinned, ...rest } = info as JsonObject;
    info = rest;
  }
  return { instructions: result.instructions, serverInfo: info };
}

/**
 * The initialize result showing `shown` (the reviewed definition, stripped or as presented) in place of the
 * server's own, or, when it is withheld (undefined), no instructions and a serverInfo of the guard's name
 * for the server (the field is required).
 */
export function presentSelfDescription(server: string, result: JsonObject, shown: unknown): JsonObject {
  const { instructions: _reviewed, serverInfo: _alsoReviewed, ...rest } = result;
  const version = unpinnedVersion(result);
  if (shown === undefined) return { ...rest, serverInfo: { name: server, version: version ?? "unknown" } };
  const { instructions, serverInfo } = shown as JsonObject;
  return {
    ...rest,
    ...(instructions === undefined ? {} : { instructions }),
    ...(serverInfo === null
      ? {}
      : { serverInfo: version === undefined ? serverInfo : { ...(serverInfo as JsonObject), version } }),
  };
}

/**
 * A pin made before serverInfo was pinned holds the instructions alone ({"instructions": …}). While the server
 * presents the same instructions, its serverInfo is what the guard sees for the first time: the pin is
 * extended by it as on first use (so a serverInfo that reads as poisoned is withheld and waits for a person),
 * rather than the whole self-description waiting as a change.
 */
export function extendInstructionsPin(pins: PinStore, server: string, definition: JsonObject): void {
  const pin = pins.get(server, "instructions", "");
  // A pin of the whole self-description always holds a serverInfo member (null when there was none).
  if (pin?.definition !== canonicalJson({ instructions: definition.instructions })) return;
  pins.pin(server, "instructions", "", { ...pinOf(definition, (json) => pins.digest(json)), firstUse: true });
}
