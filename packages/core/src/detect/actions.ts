// What happens to each type by default, per direction ("request": towards the server; "response": towards
// the client). Secrets are redacted both ways; numbers that move money are blocked on the way out.
import type { DetectionAction } from "../interceptors/content-scan.js";

type Actions = { request: DetectionAction; response: DetectionAction };

const SECRET: Actions = { request: "redact", response: "redact" };

export const DEFAULT_ACTIONS: Record<string, Actions> = {
  email: { request: "redact", response: "warn" },
  phone: { request: "redact", response: "warn" },
  ssn: { request: "block", response: "redact" },
  credit_card: { request: "block", response: "redact" },
  iban: { request: "block", response: "redact" },
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
};

/** For a type the table does not know (a custom type without actions): redact both ways. */
export const FALLBACK_ACTIONS: Actions = SECRET;
