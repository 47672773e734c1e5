// Which values in a client's entry are secrets: shared by `scan` (to report them) and `init` (to move them
// into the owner-only secrets file instead of mcp-guard.yaml).
import { builtInDetectors, isCredentialName } from "@mcp-guard/core/detectors";
import { Scanner } from "@mcp-guard/core/scanner";
import { urlSecretSpans } from "./url-secrets.js";

let scanner: Scanner | undefined;

/** Where a secret sits in a string, and what it is called there (a query parameter's name, "password"). */
export interface SecretSpan {
  start: number;
  end: number;
  type: string;
  label: string;
}

/**
 * The secrets in a string, the URL rules' first: a password in a URL's userinfo and a query parameter under
 * a credential's name, then what the detectors find. A client's own `${…}` reference is never part of one:
 * the client fills it in, so it is not a value written in the file.
 */
export function secretSpans(text: string): SecretSpan[] {
  scanner ??= new Scanner(builtInDetectors(), {
    threshold: 0.8,
    disabled: new Set(["ip_address", "email", "phone"]),
  });
  const shaped = urlSecretSpans(text);
  const detected = scanner.spans(text).map((s) => ({
    start: s.start,
    end: s.end,
    type: s.type,
    label: shaped.find((u) => overlap(u, s))?.label ?? s.type,
  }));
  // Where a detector found it too, its type is the one reported (scan says connection_string, as before).
  const byShape = shaped.map((u) => ({ ...u, type: detected.find((d) => overlap(u, d))?.type ?? u.type }));
  return withoutReferences(text, [...byShape, ...detected]);
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** The secret types found in a string (personal data is not what a config file leaks). */
export function secretsInText(value: string): string[] {
  if (isReference(value)) return [];
  return [...new Set(secretSpans(value).map((s) => s.type))];
}

/** For a named value (an env entry, a header): its types, [] for a secret by its name only, or undefined. */
export function secretTypes(key: string, value: string): string[] | undefined {
  if (value.length === 0 || isReference(value)) return undefined;
  const types = secretsInText(value);
  return types.length || isCredentialName(key) ? types : undefined;
}

/** `${NAME}`, `${env:NAME}`, `${input:id}`: a reference the client resolves, not a value. */
export function isReference(value: string): boolean {
  return /^\$\{[^}]+\}$/.test(value.trim());
}

/** The spans with every `${…}` reference cut out of them (a span around one becomes the pieces beside it). */
function withoutReferences(text: string, spans: SecretSpan[]): SecretSpan[] {
  const references = [...text.matchAll(/\$\{[^}]*\}/g)].map((m) => [m.index, m.index + m[0].length]);
  return spans.flatMap((span) => {
    let pieces = [span];
    for (const [from, to] of references)
      pieces = pieces.flatMap((p) =>
        p.end <= from! || p.start >= to!
          ? [p]
          : [
              { ...p, end: from! },
              { ...p, start: to! },
            ].filter((q) => q.start < q.end),
      );
    return pieces;
  });
}
