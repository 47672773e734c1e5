// What happens to each type by default, per direction ("request": towards the server; "response": towards
// the client). Towards a server nothing is rewritten silently: a redacted argument corrupts data for good (a
// JWT sent to a JWT tool arrives as "[REDACTED:jwt]", an address written to a memory server is stored
// redacted). So a secret is blocked there, with an error that names its type and the setting that lets it
// through; personal data passes, recorded in the audit as a warning; numbers whose leak cannot be undone
// (SSNs and other national identity numbers, cards, IBANs and other bank accounts) are blocked. Towards the client, secrets and those
// numbers are redacted.
import type { DetectionAction } from "../interceptors/content-scan.js";

type Actions = { request: DetectionAction; response: DetectionAction };

const SECRET: Actions = { request: "block", response: "redact" };

export const DEFAULT_ACTIONS: Record<string, Actions> = {
  email: { request: "warn", response: "warn" },
  phone: { request: "warn", response: "warn" },
  ssn: { request: "block", response: "redact" },
  national_id: { request: "block", response: "redact" },
  credit_card: { request: "block", response: "redact" },
  iban: { request: "block", response: "redact" },
  bank_account: { request: "block", response: "redact" },
  ip_address: { request: "warn", response: "warn" },
  aws_access_key_id: SECRET,
  aws_secret_access_key: SECRET,
  github_token: SECRET,
  gitlab_token: SECRET,
  slack_token: SECRET,
  stripe_key: SECRET,
  anthropic_key: SECRET,
  openai_key: SECRET,
  google_api_key: SECRET,
  npm_token: SECRET,
  private_key: SECRET,
  jwt: SECRET,
  connection_string: SECRET,
  secret_assignment: SECRET,
  high_entropy_secret: SECRET,
  // JSON inside strings nested deeper than the scanner reads: unread, so kept from the server as a secret is.
  nested_json: SECRET,
};

/** For a type the table does not know (a custom type without actions): treated as a secret. */
export const FALLBACK_ACTIONS: Actions = SECRET;
