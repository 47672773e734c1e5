// A file: URI names a file by a path, and a server on this machine opens it through whatever symbolic links
// that path holds: behind a link that was there before the session (a deploy script's `latest -> ../private`,
// a cloned project's `docs -> ../private`) a denied folder is opened under another name. So a file: URI is
// judged by where it leads as well as as written, and both must pass the resource rules. Where it leads is
// what the credential rules and the guard's own files already follow (SensitiveResources.physicalUri): one
// resolution for every rule, and none for a remote server, whose files are not this machine's.
import type { Normalized } from "../policy/normalize.js";
import { decide, type EffectivePolicy } from "../policy/policy.js";
import type { Verdict } from "../pipeline.js";
import { block, PASS } from "./verdicts.js";

const FILE = "file://";

/** The verdict on where a canonical URI leads through links, given that the URI as written passed. */
export function linkedResourceVerdict(policy: EffectivePolicy, uri: string): Verdict {
  const { resources } = policy;
  // Without a rule every path passes: nothing to look up on disk.
  if (resources.deny.length === 0 && resources.allow.length === 0) return PASS;
  if (!uri.startsWith(`${FILE}/`)) return PASS;
  const led: Normalized | undefined = policy.integrity.sensitive.physicalUri(uri.slice(FILE.length));
  if (led === undefined || (led.ok && led.value === uri)) return PASS;
  if (!led.ok) return block("resource_denied", { uri, detail: led.detail });
  const decision = decide(resources, led.value);
  if (decision === "allowed") return PASS;
  return block("resource_denied", {
    uri,
    leads_to: led.value,
    rule: decision === "denied" ? "deny_list" : "allow_list",
  });
}
