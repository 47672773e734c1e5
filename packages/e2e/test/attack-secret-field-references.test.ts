// Attack (round 38, a false positive a real user hits, and an untrue promise): the README says a value
// that names where a secret is kept is a reference, not a finding (a Google Secret Manager resource name,
// `vault:path#field`, `secretsmanager:` paths, a resource name `arn:…`), and in text it is: `secret:
// projects/acme-prod/secrets/db-pass/versions/latest` passes. But a tool's arguments are a JSON object, and
// there a field named as a secret (`secret`, `api_token`) is judged by its value's randomness alone
// (scanner.ts namedValue: looksLikeSecretValue knows no reference), so the same reference as `{ secret:
// "projects/…/secrets/db-pass/versions/latest" }` (Cloud Run's secretKeyRef.secret, a deploy tool's secret
// mount) is a high_entropy_secret and the call is blocked. References must pass in a field as in text.
// Through the real bridge and the recording server.
import { afterAll, describe, expect, it } from "vitest";
import { recorded, recorderWithResults, refusal, toolSession } from "../src/index.js";

/** Where a secret is kept, as the README lists such references, and as deploy configs write them. */
const REFERENCES: Record<string, string> = {
  google_secret_manager: "projects/acme-prod/secrets/db-pass/versions/latest",
  aws_secrets_manager_arn: "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf",
  vault_path: "vault:secret/data/db#password",
  secretsmanager_path: "secretsmanager:prod/db-Password",
};

const { home, log } = recorderWithResults({});
afterAll(async () => {
  await home.cleanup();
});

describe("a secret's reference in a field named as a secret", () => {
  it("in text, passes (control)", async () => {
    const outcomes: Record<string, unknown> = {};
    await toolSession(home, async (call) => {
      for (const [label, ref] of Object.entries(REFERENCES))
        outcomes[label] = refusal(await call("echo", { note: `secret: ${ref}` }));
    });
    expect(outcomes).toEqual(Object.fromEntries(Object.keys(REFERENCES).map((l) => [l, "forwarded"])));
  });

  it("as a field of the arguments, reaches the server too", async () => {
    const outcomes: Record<string, unknown> = {};
    await toolSession(home, async (call) => {
      for (const [label, ref] of Object.entries(REFERENCES))
        outcomes[label] = refusal(await call("echo", { service: "api", mount: "/etc/db", secret: ref }));
    });
    const seen = JSON.stringify(recorded(log));
    const reached = Object.fromEntries(
      Object.entries(REFERENCES).map(([label, ref]) => [
        label,
        seen.includes(`"secret":${JSON.stringify(ref)}`),
      ]),
    );
    expect(outcomes).toEqual(Object.fromEntries(Object.keys(REFERENCES).map((l) => [l, "forwarded"])));
    expect(reached).toEqual(Object.fromEntries(Object.keys(REFERENCES).map((l) => [l, true])));
  });
});
