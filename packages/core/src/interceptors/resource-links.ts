// A file: URI names a file by a path, and a server on this machine opens it through whatever symbolic links
// that path holds: behind a link that was there before the session (a deploy script's `latest -> ../private`,
// a cloned project's `docs -> ../private`) a denied folder is opened under another name. So a file: URI is
// judged by where it leads as well as as written, and both must pass the resource rules. Where it leads is
// what the credential rules and the guard's own files already follow (SensitiveResources.physicalUri): one
// resolution for every rule, and none for a remote server, whose files are not this machine's. It is looked
// up on the path the server opens, decoded once as its URL parser decodes it (opened-file-paths.ts): a link
// whose own name holds a "%" is found under that name.
import type { Normalized } from "../policy/normalize.js";
import { pathsOpenedFor } from "../policy/opened-file-paths.js";
import { decide, type EffectivePolicy } from "../policy/policy.js";
import type { Verdict } from "../pipeline.js";
import { block, PASS } from "./verdicts.js";

const FILE = "file://";

/**
 * The verdict on where a URI leads through links, given that the URI as written (`written`, whose canonical
 * form is `canonical`) passed.
 */
export function linkedResourceVerdict(policy: EffectivePolicy, written: string, canonical: string): Verdict {
  const { resources } = policy;
  // Without a rule every path passes: nothing to look up on disk.
  if (resources.deny.length === 0 && resources.allow.length === 0) return PASS;
  if (!canonical.startsWith(`${FILE}/`)) return PASS;
  for (const path of pathsOpenedFor(written, canonical)) {
    const verdict = verdictWhereLeads(policy, path, canonical);
    if (verdict.action !== "pass") return verdict;
  }
  return PASS;
}

/** The verdict on where one path a server may open leads, for the URI whose canonical form is `canonical`. */
function verdictWhereLeads(policy: EffectivePolicy, path: string, canonical: string): Verdict {
  const led: Normalized | undefined = policy.integrity.sensitive.physicalUri(path);
  if (led === undefined || (led.ok && led.value === canonical)) return PASS;
  if (!led.ok) return block("resource_denied", { uri: canonical, detail: led.detail });
  const decision = decide(policy.resources, led.value);
  if (decision === "allowed") return PASS;
  return block("resource_denied", {
    uri: canonical,
    leads_to: led.value,
    rule: decision === "denied" ? "deny_list" : "allow_list",
  });
}
