// Which values in a client's entry are secrets: shared by `scan` (to report them) and `init` (to move them
// into the owner-only secrets file instead of mcp-guard.yaml).
import { builtInDetectors, CREDENTIAL_VARIABLE, Scanner, SECRET_KEY_NAME } from "@mcp-guard/core";

let scanner: Scanner | undefined;

/** The secret types found in a string (personal data is not what a config file leaks). */
export function secretsInText(value: string): string[] {
  if (isReference(value)) return [];
  scanner ??= new Scanner(builtInDetectors(), {
    threshold: 0.8,
    disabled: new Set(["ip_address", "email", "phone"]),
  });
  return [...new Set(scanner.spans(value).map((s) => s.type))];
}

/** For a named value (an env entry, a header): its types, [] for a secret by its name only, or undefined. */
export function secretTypes(key: string, value: string): string[] | undefined {
  if (value.length === 0 || isReference(value)) return undefined;
  const types = secretsInText(value);
  return types.length || SECRET_KEY_NAME.test(key) || CREDENTIAL_VARIABLE.test(key) ? types : undefined;
}

/** `${NAME}`, `${env:NAME}`, `${input:id}`: a reference the client resolves, not a value. */
export function isReference(value: string): boolean {
  return /^\$\{[^}]+\}$/.test(value.trim());
}
