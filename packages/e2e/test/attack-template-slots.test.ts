// Attack: a value with a template's slot in it (`db-${ENV}-pw`, `{{token}}`) is read as assembled at run time,
// not as a secret (detect/secrets/placeholders.ts). A slot written beside a literal secret was cover for it:
// `Xk29fq7Lm3{env}` passed as a template, and 3 of 3 such calls reached the server before the fix (a slot
// now excuses a value only when what is written around it holds no run of letters and digits of its own).
// Templates without a literal secret still pass.
import { afterAll, describe, expect, it } from "vitest";
import { recorded, recorderWithResults, refusal, toolSession } from "../src/index.js";

const SECRETS = ["Xk29fq7Lm3R2", "q8Rt2vLp0Zw4", "9fKd03LmQx7e"];
const COVERED = [
  { config: `password: "${SECRETS[0]}{env}"` },
  { config: `DB_PASS=\${ENV}-${SECRETS[1]}` },
  { config: `token = "{{prefix}}${SECRETS[2]}"` },
];
const TEMPLATES = [
  { config: 'password: "db-${DEPLOY_ENV}-pw"' },
  { config: 'conn = "postgres://{user}:{password}@{host}/app"' },
  { config: 'token = "{{vault_token}}"' },
];

const { home, log } = recorderWithResults({});
afterAll(() => home.cleanup());

describe("a template's slot beside a literal secret", () => {
  it("is no cover: the server never sees the secret, and plain templates still pass", async () => {
    const outcomes: unknown[] = [];
    await toolSession(home, async (call) => {
      for (const args of [...COVERED, ...TEMPLATES]) outcomes.push(refusal(await call("echo", args)));
    });
    expect(outcomes).toEqual([...COVERED.map(() => "sensitive_data"), ...TEMPLATES.map(() => "forwarded")]);
    const seen = JSON.stringify(recorded(log));
    for (const secret of SECRETS) expect(seen).not.toContain(secret);
    expect(seen).toContain("db-${DEPLOY_ENV}-pw");
  });
});
