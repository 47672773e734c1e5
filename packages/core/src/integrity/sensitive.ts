// Resources that almost never belong in an agent's context: system credential files, private keys, cloud
// credentials and instance-metadata endpoints. Matched on normalised URIs and on absolute paths in tool
// arguments (the filesystem server takes paths, not URIs).
import { normalizeUri } from "../policy/normalize.js";
import { compilePattern, matchesAny, type Pattern } from "../policy/patterns.js";

export const DEFAULT_SENSITIVE = [
  "file:///etc/shadow",
  "file:///etc/gshadow",
  "file:///etc/passwd",
  "file:///etc/sudoers",
  "file:///**/.ssh/**",
  "file:///**/id_rsa*",
  "file:///**/id_ed25519*",
  "file:///**/id_ecdsa*",
  "file:///**/.aws/credentials",
  "file:///**/.config/gcloud/**",
  "file:///**/.kube/config",
  "file:///**/.docker/config.json",
  "file:///**/.netrc",
  "file:///**/.npmrc",
  "file:///**/.git-credentials",
  "file:///**/.gnupg/**",
  "file:///proc/*/environ",
  "http://169.254.169.254/**",
  "http://metadata.google.internal/**",
  "http://metadata/**",
  "http://[fd00:ec2::254]/**",
  "http://100.100.100.200/**",
];

export class SensitiveResources {
  private readonly patterns: Pattern[];

  constructor(extra: readonly string[]) {
    this.patterns = [...DEFAULT_SENSITIVE, ...extra].map(compilePattern);
  }

  /** A URI, or a filesystem path (absolute or under ~, read as file://), normalised before matching. */
  matches(uriOrPath: string): boolean {
    const raw = uriOrPath.startsWith("/")
      ? `file://${uriOrPath}`
      : uriOrPath.startsWith("~/")
        ? `file:///~${uriOrPath.slice(1)}`
        : uriOrPath;
    const normalized = normalizeUri(raw);
    // A URI that cannot be normalised (traversal, broken encoding) is checked as written; permissions refuse it anyway.
    return matchesAny(this.patterns, normalized.ok ? normalized.value : raw);
  }
}
