// Attack (round 40, outside attacker): real `.env` files, docker-compose environments and Terraform state
// name one credential per environment or version: `DB_PASSWORD_PROD`, `API_KEY_LIVE`, `JWT_SECRET_STAGING`,
// and the AWS provider's `ses_smtp_password_v4` attribute. The guard reads a credential's name only where the
// name ends at the credential word, so a word after it (`_PROD`, `_V4`) hid the value: in text and as a JSON
// field alike, while `DB_PASSWORD=` and `password2` are found and the README says a key is read word by word
// (`passwordNew`, `password_confirm` name a password; only words such as `policy` or `hint` say it is none).
// Each value must be redacted towards the client and refused towards the server, as `DB_PASSWORD`'s is.
import { afterAll, describe, expect, it } from "vitest";
import { namedEchoOutcomes, recorderWithResults, resultTexts } from "../src/index.js";

const VALUES = {
  DB_PASSWORD_PROD: "Wq3nB8vLk2Zt6Rp9",
  POSTGRES_PASSWORD_STAGING: "Hx5mT9qLc2Vn7Kd4",
  API_KEY_LIVE: "Pz8rN4kWq6Ld2Ym7Jt6vQ2mXk9Rb4Lc8",
  JWT_SECRET_PROD: "Lc8Jt6vQ2mXk9Rb4Pz8rN4kWq6Ld2Ym7",
  AUTH_TOKEN_BACKUP: "Vn7Kd4Hx5mT9qLc2Wq3nB8vLk2Zt6Rp9",
};
const CONTROL = { DB_PASSWORD: "Tz6Rp9Wq3nB8vLk2" };
const DOT_ENV = [
  "# production",
  ...Object.entries({ ...CONTROL, ...VALUES }).map(([name, value]) => `${name}=${value}`),
  "",
].join("\n");
const COMPOSE = [
  "services:",
  "  api:",
  "    image: shop/api:1.4",
  "    environment:",
  ...Object.entries(VALUES).map(([name, value]) => `      - ${name}=${value}`),
].join("\n");
const SES_PASSWORD = "BH8zQm7vT2xLp9RzK4nWHn4kW8pZq2LxR8kWq2ZpL5vN";
// Terraform state: aws_iam_access_key's SMTP password for SES, as the provider names the attribute.
const TF_STATE = {
  version: 4,
  resources: [
    {
      mode: "managed",
      type: "aws_iam_access_key",
      name: "smtp",
      instances: [{ attributes: { user: "ses-smtp", ses_smtp_password_v4: SES_PASSWORD, status: "Active" } }],
    },
  ],
};

const { home, log } = recorderWithResults({
  read_env: { content: [{ type: "text", text: DOT_ENV }] },
  read_compose: { content: [{ type: "text", text: COMPOSE }] },
  read_settings: {
    content: [{ type: "text", text: "The service's settings." }],
    structuredContent: { ...VALUES },
  },
  read_state: {
    content: [{ type: "text", text: JSON.stringify(TF_STATE, null, 2) }],
    structuredContent: TF_STATE,
  },
});
afterAll(async () => {
  await home.cleanup();
});

const ALL = { ...VALUES, ses_smtp_password_v4: SES_PASSWORD };

describe("credentials under a name with a word after the credential's", () => {
  it("reach the client redacted, in a .env file, a compose file, a JSON object and Terraform state", async () => {
    const texts = await resultTexts(home, ["read_env", "read_compose", "read_settings", "read_state"]);
    const received = Object.values(texts).join("\n");
    expect(received).not.toContain(CONTROL.DB_PASSWORD);
    expect(received).toContain("POSTGRES_PASSWORD_STAGING");
    const shown = Object.entries(ALL)
      .filter(([, value]) => received.includes(value))
      .map(([name]) => name);
    // At the head of round 40 every one of them reached the client whole.
    expect(shown).toEqual([]);
  });

  it("are refused towards the server, each line pasted into a ticket on its own", async () => {
    const { outcomes } = await namedEchoOutcomes(
      home,
      log,
      Object.fromEntries(
        Object.entries({ ...CONTROL, ...VALUES }).map(([name, value]) => [
          name,
          { title: "prod settings", body: `${name}=${value}` },
        ]),
      ),
    );
    // At the head of round 40 only DB_PASSWORD was refused; the five others reached the server.
    expect(outcomes).toEqual(
      Object.fromEntries(Object.keys({ ...CONTROL, ...VALUES }).map((name) => [name, "sensitive_data"])),
    );
  });
});
