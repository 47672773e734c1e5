// A form elicitation may not ask the user for a credential (the MCP specification forbids it); honest forms
// still reach the user (credential-form.ts; attack-elicitation-asks-secrets.test.ts through the real bridge).
import { describe, expect, it } from "vitest";
import { credentialFields, credentialRequest } from "../../src/integrity/credential-form.js";

const form = (properties: Record<string, object>) => ({ type: "object", properties });

describe("a form field that asks for a credential", () => {
  it.each([
    ["password", { type: "string" }, "password"],
    ["pw", { type: "string", title: "Bank password" }, "password"],
    ["api_key", { type: "string" }, "api key"],
    ["apiKey", { type: "string" }, "api key"],
    ["OPENAI_APIKEY", { type: "string" }, "apikey"],
    ["key", { type: "string", description: "Your OpenAI API key" }, "api key"],
    ["pin", { type: "string", title: "Card PIN" }, "pin"],
    ["cardPIN", { type: "integer" }, "pin"],
    ["otp", { type: "string" }, "otp"],
    ["code", { type: "string", title: "One-time code from your SMS" }, "one time code"],
    ["code", { type: "string", title: "Verification code" }, "verification code"],
    ["accessToken", { type: "string" }, "token"],
    ["client_secret", { type: "string" }, "secret"],
    ["phrase", { type: "string", title: "Wallet recovery phrase" }, "recovery phrase"],
    ["cvv", { type: "number" }, "cvv"],
    ["number", { type: "string", title: "Credit card number" }, "credit card"],
    ["card", { type: "string", title: "Card number" }, "card number"],
    ["ssn", { type: "string" }, "ssn"],
    ["passphrase", { type: "string" }, "passphrase"],
  ])("%s %j asks for %s", (name, field, phrase) => {
    expect(credentialFields(form({ [name]: field }))).toEqual([{ field: name, asks: phrase }]);
  });

  it("is found among honest fields, each named once", () => {
    expect(
      credentialFields(
        form({
          name: { type: "string", title: "Your display name" },
          pin: { type: "string", title: "Card PIN" },
          otp: { type: "string", title: "One-time code" },
        }),
      ),
    ).toEqual([
      { field: "pin", asks: "pin" },
      { field: "otp", asks: "otp" },
    ]);
  });

  it("is found in a description's clause of its own after a warning", () => {
    const code = { type: "string", description: "Never share it with anyone: enter your card PIN" };
    expect(credentialFields(form({ code }))).toEqual([{ field: "code", asks: "pin" }]);
  });

  it("is found in a nested object, which a client may still show", () => {
    expect(
      credentialFields(form({ login: { type: "object", properties: { password: { type: "string" } } } })),
    ).toEqual([{ field: "login.password", asks: "password" }]);
  });

  it("is found when a free-text alternative hides among the options", () => {
    expect(credentialFields(form({ token: { anyOf: [{ const: "a" }, { type: "string" }] } }))).toHaveLength(
      1,
    );
  });
});

describe("negative: honest forms", () => {
  it.each([
    ["name", { type: "string", title: "Your display name" }],
    ["email", { type: "string", format: "email", title: "E-mail address" }],
    ["spinner", { type: "string", title: "Spinner style" }],
    ["max_tokens", { type: "integer", title: "How many tokens to generate" }],
    ["zip", { type: "string", title: "Postal code" }],
    ["country", { type: "string", title: "Country code" }],
    ["keyboard", { type: "string", title: "Keyboard layout" }],
    ["pinned", { type: "boolean", title: "Keep it pinned" }],
  ])("%s %j is not a credential", (name, field) => {
    expect(credentialFields(form({ [name]: field }))).toEqual([]);
  });

  it("a choice cannot carry a typed secret: enums, one-of consts, booleans and multi-selects pass", () => {
    expect(
      credentialFields(
        form({
          manager: {
            type: "string",
            title: "Which password manager do you use?",
            enum: ["1Password", "Bitwarden"],
          },
          reset: { type: "boolean", title: "Reset your password?" },
          kind: { type: "string", title: "Token kind", oneOf: [{ const: "a", title: "A" }] },
          scopes: { type: "array", title: "Token scopes", items: { enum: ["read", "write"] } },
        }),
      ),
    ).toEqual([]);
  });

  it("a description that warns against giving a credential is not asking for one", () => {
    const integer = {
      type: "integer",
      title: "Integer",
      description: "Your favorite integer (do not give us your phone number, pin, or other sensitive info)",
    };
    expect(credentialFields(form({ integer }))).toEqual([]);
    expect(
      credentialFields(form({ n: { type: "string", description: "Don't use your password here" } })),
    ).toEqual([]);
  });

  it("a request without a form (URL mode, or none) has no fields", () => {
    expect(credentialFields(undefined)).toEqual([]);
    expect(credentialFields({ type: "object" })).toEqual([]);
  });
});

// Review of round 31: only the fields were read, so a form whose message asked for the credential over a
// neutral field ("Enter your bank password below", a field named `value`) reached the user.
describe("credentialRequest", () => {
  it("reads the message when the form has a field to type into", () => {
    expect(
      credentialRequest({
        message: "Enter your bank password below.",
        requestedSchema: form({ value: { type: "string" } }),
      }),
    ).toEqual([{ field: "(message)", asks: "password" }]);
  });

  it("leaves a message that warns, or a form with only choices to make", () => {
    const typed = form({ value: { type: "string" } });
    expect(
      credentialRequest({ message: "Never type your password here. Your name?", requestedSchema: typed }),
    ).toEqual([]);
    expect(
      credentialRequest({
        message: "Reset your password?",
        requestedSchema: form({ ok: { type: "boolean" } }),
      }),
    ).toEqual([]);
  });
});
