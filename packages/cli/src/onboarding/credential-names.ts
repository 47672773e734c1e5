// Names whose value is a credential, wherever the name sits: an env variable, a header, a URL parameter, a
// command-line flag.
import { CREDENTIAL_VARIABLE, SECRET_KEY_NAME } from "@mcp-guard/core";

/**
 * SERVICE_KEY, STRIPE_KEY, GITLAB_PAT, api_key: the scanner's SECRET_KEY_NAME is narrower on purpose (in a
 * tool's data a field `key` is usually an identifier), but a server's configuration is where a name ending
 * in key is the server's credential (CREDENTIAL_VARIABLE).
 */
export function isCredentialName(name: string): boolean {
  return SECRET_KEY_NAME.test(name) || CREDENTIAL_VARIABLE.test(name);
}
