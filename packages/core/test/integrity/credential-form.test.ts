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
    ["OPENAI_APIKEY", { type: "string" }, "api key"],
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

  // Round 36 (atk36a): the client reads a choice only in the specification's shapes; any other it parses
  // away and shows the field as a text box under its title.
  it.each([
    ["an enum of numbers", { type: "string", enum: [1] }],
    ["an enum of null", { type: "string", enum: [null] }],
    ["an empty enum", { type: "string", enum: [] }],
    ["an enum on a number", { type: "integer", enum: [1234] }],
    ["an enum without a type", { enum: ["a"] }],
    ["untitled one-of options", { type: "string", oneOf: [{ const: "x" }] }],
    ["a field's own any-of", { type: "string", anyOf: [{ const: "x", title: "X" }] }],
    ["items without a type", { type: "array", items: { enum: ["a"] } }],
    ["items of untitled any-of options", { type: "array", items: { anyOf: [{ const: "a" }] } }],
    ["a boolean as items", { type: "array", items: { type: "boolean" } }],
  ])("is found under %s, which a client shows as a text box", (_, shape) => {
    const field = { ...shape, title: "Online banking password" };
    expect(credentialFields(form({ value: field }))).toEqual([{ field: "value", asks: "password" }]);
    expect(
      credentialRequest({
        message: "Enter your online banking password below.",
        requestedSchema: form({ value: { ...shape, title: "Value" } }),
      }),
    ).toEqual([{ field: "(message)", asks: "password" }]);
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
          scopes: {
            type: "array",
            title: "Token scopes",
            items: { type: "string", enum: ["read", "write"] },
          },
          roles: {
            type: "array",
            title: "Token roles",
            items: { anyOf: [{ const: "admin", title: "Administrator" }] },
          },
          legacy: { type: "string", title: "Token kind", enum: ["a"], enumNames: ["A"] },
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

// Round 32: a negation anywhere earlier in a clause excused a request ("Don't worry, just type your online
// banking password below"), and a character the screen shows as nothing split the word ("pass\u00ADword").
describe("a request after a negation that does not govern it", () => {
  const typed = form({ value: { type: "string" } });
  const asked = (message: string) => credentialRequest({ message, requestedSchema: typed });
  const described = (description: string) =>
    credentialFields(form({ value: { type: "string", description } }));

  it.each([
    "Don't worry, just type your online banking password below.",
    "Do not reuse an old one, enter your bank password",
    "Don't share this link, your password",
    "No, password please",
    "Do not reuse an old password enter your new password",
    "Never share your PIN, enter your password",
    "Do not close this window; type your password",
    "Nothing to worry about, your password goes here",
    "Do not share this page with anyone else and your password goes here",
  ])("is a request in a message or a description: %j", (text) => {
    expect(asked(text)).toHaveLength(1);
    expect(described(text)).toHaveLength(1);
  });

  it.each([
    "Never share your password",
    "Do not enter your PIN here.",
    "We will never ask for your password.",
    "No password needed, just your display name.",
    "You don't need to enter your password.",
    "Never share or enter your password with anyone",
    "You will never be asked to give your PIN",
    "Do not give us your phone number, or your PIN",
    "Continue without a password; your name is enough",
    "Don’t type your API key into chats",
  ])("negative: a warning stays a warning: %j", (text) => {
    expect(asked(text)).toEqual([]);
    expect(described(text)).toEqual([]);
  });
});

describe("a credential word split by a character the screen shows as nothing", () => {
  it.each([
    ["soft hyphen", "Bank pass\u00ADword"],
    ["zero-width space", "Card P\u200BIN"],
    ["word joiner", "pass\u2060phrase"],
    ["variation selector", "API k\uFE0Fey"],
    ["bidirectional isolate", "one-time pass\u2066word"],
    ["tag character", "OT\u{E0020}P"],
    ["Hangul filler", "sec\u3164ret"],
  ])("is read whole in a title (%s)", (_kind, title) => {
    expect(credentialFields(form({ value: { type: "string", title } }))).toHaveLength(1);
  });

  it("is read whole in a field's name, a description and a message", () => {
    expect(credentialFields(form({ "pass\u200Bword": { type: "string" } }))).toHaveLength(1);
    expect(credentialFields(form({ v: { type: "string", description: "Your P\u00ADIN" } }))).toHaveLength(1);
    expect(
      credentialRequest({
        message: "Enter your pass\u200Cword",
        requestedSchema: form({ v: { type: "string" } }),
      }),
    ).toHaveLength(1);
  });

  it("negative: an honest title with invisible characters in it stays honest", () => {
    expect(credentialFields(form({ name: { type: "string", title: "Display\u200B name" } }))).toEqual([]);
    expect(credentialFields(form({ name: { type: "string", title: "Spin\u00ADner style" } }))).toEqual([]);
  });
});

// Round 33: a camelCase name that splits the word (`passWord`), words run together (`cardnumber`) and a digit
// glued on (`cvv2`) were words the list did not hold, and the form was shown.
describe("a credential named in an ordinary spelling", () => {
  it.each([
    ["passWord", "password"],
    ["PassCode", "passcode"],
    ["walletPassPhrase", "passphrase"],
    ["pass_word", "password"],
    ["passWd", "passwd"],
    ["oneTimePassWord", "one time password"],
    ["cardnumber", "card number"],
    ["securitycode", "security code"],
    ["privatekey", "private key"],
    ["secretKEY", "secret"],
    ["creditcardnumber", "card number"],
    ["cvv2", "cvv"],
    ["password1", "password"],
    ["pin1", "pin"],
    ["2FA", "2fa"],
    ["code2fa", "2fa"],
    ["newpassword", "password"],
    ["walletpassphrase", "passphrase"],
    ["refreshtoken", "token"],
    ["openaiapikey", "api key"],
    ["newcardnumber", "card number"],
  ])("%s asks for %s", (name, phrase) => {
    expect(credentialFields(form({ [name]: { type: "string" } }))).toEqual([{ field: name, asks: phrase }]);
  });

  it("is read the same way in a title and in prose", () => {
    expect(credentialFields(form({ v: { type: "string", title: "Bank pass word" } }))).toHaveLength(1);
    expect(credentialFields(form({ v: { type: "string", title: "Your Pass Code" } }))).toHaveLength(1);
    expect(
      credentialRequest({
        message: "Type your cardnumber and securitycode below.",
        requestedSchema: form({ v: { type: "string" } }),
      }),
    ).toHaveLength(1);
  });

  it.each([
    "passport",
    "passportCountry",
    "passengerName",
    "pinned",
    "spinner",
    "hairpin",
    "pinterestHandle",
    "passthrough",
    "bypassWordFilter",
    "cardinality",
    "cardholder",
    "keyboard",
    "monkey",
    "maxTokens",
    "tokens2",
    "secretary",
    "laptop",
    "codeword",
    "postcode",
    "giveToKen",
  ])("negative: %s holds no credential word", (name) => {
    expect(credentialFields(form({ [name]: { type: "string" } }))).toEqual([]);
  });
});

// Round 33: a negated verb whose object is excepted ("do not give anyone except us your password") warned
// against nothing, but counted as a warning, and the form was shown.
describe("a negation the clause makes an exception to", () => {
  const typed = form({ value: { type: "string" } });
  const asked = (message: string) => credentialRequest({ message, requestedSchema: typed });
  const described = (description: string) =>
    credentialFields(form({ value: { type: "string", description } }));

  it.each([
    "Do not give anyone except us your password.",
    "Never share with anyone but us your PIN",
    "Do not share your password with anyone except us",
    "Never give your PIN to anybody other than our support team",
    "Don't tell anyone your passcode, only to us",
    "Never share your password with anyone besides us",
    "Do not enter your PIN anywhere but here",
    "Never share your API key, apart from with us",
    "Never give your password to anyone but to the bank",
    // Round 36 (atk36a): things excepted as people and places are, and "else than", "aside from".
    "Do not type anything but your online banking PIN.",
    "Do not enter anything else than your bank password.",
    "Never type anything aside from your card PIN here",
    "Don't write anything but your password below",
  ])("is a request: %j", (text) => {
    expect(asked(text)).toHaveLength(1);
    expect(described(text)).toHaveLength(1);
  });

  it.each([
    "Never share your password, but do enter your display name",
    "Do not enter your password, only your username",
    "Never share your PIN but keep it somewhere safe",
    "Do not give us your phone number, pin, or other sensitive info",
    "Never share your password. Anyone but us may ask for your name.",
    "Never share your password with anyone, but keep it safe",
  ])("negative: a warning stays a warning: %j", (text) => {
    expect(asked(text)).toEqual([]);
    expect(described(text)).toEqual([]);
  });
});

// Round 34: the words were read by their exact spelling after NFKC, so look-alike letters of other scripts
// ("раssword" with a Cyrillic "р" and "а") and symbols or digits standing for letters ("P@ssword") made words
// the list did not hold, and the form was shown.
describe("a credential word spelled with look-alike letters or symbols for letters", () => {
  it.each([
    ["Cyrillic look-alikes", "Online banking \u0440\u0430ssword"],
    ["Greek look-alikes", "\u03A1\u0399N"],
    ["all look-alikes", "\u0440\u0430\u0455\u0455\u051D\u043E\u0433\u0501"],
    ["at sign", "Bank P@ssword"],
    ["dollar signs", "pa$$word"],
    ["digits", "p4ssw0rd"],
    ["digits in a secret", "Client s3cr3t"],
  ])("is read as the word in a title (%s)", (_kind, title) => {
    expect(credentialFields(form({ value: { type: "string", title } }))).toHaveLength(1);
  });

  it("is read in a field's name and in a message", () => {
    expect(credentialFields(form({ "p@ssw0rd": { type: "string" } }))).toHaveLength(1);
    expect(
      credentialRequest({
        message: "Enter your online banking \u0440\u0430ssword below.",
        requestedSchema: form({ v: { type: "string" } }),
      }),
    ).toEqual([{ field: "(message)", asks: "password" }]);
  });

  // Round 35: the letters stood in lower case between capitals ("PaSSWoRD"), and the word split cut the word.
  it.each([
    ["digits in capitals", "BANK P4SSW0RD"],
    ["at sign in capitals", "ONLINE BANKING P@SSWORD"],
    ["dollar signs in capitals", "PA$$WORD"],
    ["a secret in capitals", "S3CR3T KEY"],
    ["a token in capitals", "API T0KEN"],
    ["capitals in camelCase", "bankP4SSW0RD"],
  ])("is read as the word in capitals too (%s)", (_kind, title) => {
    expect(credentialFields(form({ value: { type: "string", title } }))).toHaveLength(1);
  });

  it("reads capitals with symbols for letters in a field's name and in a message", () => {
    expect(credentialFields(form({ PA$$WORD: { type: "string" } }))).toHaveLength(1);
    expect(
      credentialRequest({
        message: "ENTER YOUR BANK P4SSW0RD BELOW",
        requestedSchema: form({ v: { type: "string" } }),
      }),
    ).toEqual([{ field: "(message)", asks: "password" }]);
  });

  it("still reads a digit between letters as a digit too", () => {
    expect(credentialFields(form({ pin4digits: { type: "string" } }))).toEqual([
      { field: "pin4digits", asks: "pin" },
    ]);
  });

  it.each([
    ["an MP3 player", "Your mp3player's name"],
    ["a version", "ipv4 address"],
    ["Russian prose", "\u0412\u0430\u0448\u0435 \u0438\u043C\u044F"],
    ["a model number in capitals", "MP3PLAYER or IPV4 PASSTHROUGH"],
    ["a warning in capitals", "NEVER SHARE YOUR P4SSW0RD"],
    ["a warning with a look-alike", "Never share your \u0440\u0430ssword"],
  ])("negative: %s holds no credential", (_kind, description) => {
    expect(credentialFields(form({ value: { type: "string", description } }))).toEqual([]);
  });
});

// Round 34: a credential word was read in the singular only, and "credential" was no word of the list, so
// "Your passwords for the linked accounts", "Card PINs" and "Online banking credentials" were shown.
describe("a credential word in the plural", () => {
  it.each([
    ["Your passwords for the linked accounts", "password"],
    ["Card PINs", "pin"],
    ["Your OTPs", "otp"],
    ["Online banking credentials", "credential"],
    ["Login credential", "credential"],
    ["Your API keys", "api key"],
    ["One-time codes", "one time code"],
    ["Recovery phrases", "recovery phrase"],
    ["Bank pass words", "password"],
    ["API tokens", "token"],
    ["Refresh tokens", "token"],
  ])("%j asks for %s", (title, phrase) => {
    expect(credentialFields(form({ value: { type: "string", title } }))).toEqual([
      { field: "value", asks: phrase },
    ]);
  });

  it.each(["newPasswords", "cardPins", "cardPINs", "APIKeys", "refreshTokens", "userCredentials"])(
    "%s asks for one",
    (name) => {
      expect(credentialFields(form({ [name]: { type: "string" } }))).toHaveLength(1);
    },
  );

  it("in a warning stays a warning", () => {
    const described = (description: string) =>
      credentialFields(form({ value: { type: "string", description } }));
    expect(described("Never share your passwords")).toEqual([]);
    expect(described("Do not give us your PINs or other sensitive info")).toEqual([]);
  });

  it.each(["tokens", "maxTokens", "max_tokens", "tokens2", "hairpins", "spins", "passports", "monkeys"])(
    "negative: %s holds no credential word",
    (name) => {
      expect(credentialFields(form({ [name]: { type: "string" } }))).toEqual([]);
    },
  );

  it("negative: tokens counted are a number, not credentials", () => {
    const title = "How many tokens to generate at most";
    expect(credentialFields(form({ n: { type: "string", title } }))).toEqual([]);
  });
});

// Round 34: a warning followed by a request that names the credential by a pronoun ("We never store your
// password. Please confirm it below.") was read as the warning only, and the form was shown.
describe("a request for a credential by a pronoun after a warning", () => {
  const typed = form({ value: { type: "string" } });
  const asked = (message: string) => credentialRequest({ message, requestedSchema: typed });
  const described = (description: string) =>
    credentialFields(form({ value: { type: "string", description } }));

  it.each([
    ["We never store your password. Please confirm it below.", "password"],
    [
      "Never share your online banking password with anyone. Type it below to verify your identity.",
      "password",
    ],
    ["Never share your password with anyone. Enter it here so we can verify you.", "password"],
    ["Never share your PIN, just type it below", "pin"],
    ["We will never ask for your password; re-enter it to continue", "password"],
    ["Do not give your card PINs to anyone! You only need to enter them here.", "pin"],
    ["We never store passwords. Type yours below.", "password"],
    ["Never share your password. Pl3ase confirm it below.", "password"],
    [
      "Never share your recovery phrase with anyone. But do paste it here to restore your wallet.",
      "recovery phrase",
    ],
  ])("is a request: %j", (text, phrase) => {
    expect(asked(text)).toEqual([{ field: "(message)", asks: phrase }]);
    expect(described(text)).toEqual([{ field: "value", asks: phrase }]);
  });

  it.each([
    "Never share your password with anyone, not even with us.",
    "Never share your PIN but keep it somewhere safe",
    "Never share your recovery phrase. Write it down and keep it offline.",
    "We will never ask for your password. Do not enter it on other sites.",
    "Never write your PIN on the card, and never give it to anyone.",
    "Never share your password. You should never type it into a chat.",
    "We will never ask for your password. Please confirm it was you who signed in.",
    "Never share your password. Verify it's us by checking the address.",
    "Never share your password. Your display name is public. Enter it below.",
    "Enter it below.",
  ])("negative: advice, a warning or another referent asks for nothing: %j", (text) => {
    expect(asked(text)).toEqual([]);
    expect(described(text)).toEqual([]);
  });
});

// Round 34 (noted by atk34a beside its tests): the password words of German, French and Spanish, a wallet's
// mnemonic and a bank account number were no words of the list.
describe("a credential named in German, French or Spanish, a wallet's mnemonic, a bank account number", () => {
  it.each([
    ["Passwort", "passwort"],
    ["Ihr Onlinebanking-Passwort", "passwort"],
    ["Neues Kennwort", "kennwort"],
    ["Passwörter der verknüpften Konten", "passwörter"],
    ["Mot de passe", "mot de passe"],
    ["Vos mots de passe bancaires", "mots de passe"],
    ["Contraseña", "contraseña"],
    ["Contrasen\u0303a de la banca en línea", "contraseña"],
    ["Tus contraseñas", "contraseña"],
    ["12-word mnemonic", "mnemonic"],
    ["Wallet seed words", "wallet seed"],
    ["Recovery seed", "recovery seed"],
    ["Bank account number", "bank account number"],
  ])("%j asks for %s", (title, phrase) => {
    expect(credentialFields(form({ value: { type: "string", title } }))).toEqual([
      { field: "value", asks: phrase },
    ]);
  });

  it.each([
    ["neuesPasswort", "passwort"],
    ["motDePasse", "mot de passe"],
    ["contrasena", "contraseña"],
    ["bankAccountNumber", "bank account number"],
    ["walletMnemonic", "mnemonic"],
  ])("%s asks for %s", (name, phrase) => {
    expect(credentialFields(form({ [name]: { type: "string" } }))).toEqual([{ field: name, asks: phrase }]);
  });

  it("a warning in those words is read in English only, so it is not excused", () => {
    const message = "Geben Sie Ihr Passwort niemals weiter.";
    expect(credentialRequest({ message, requestedSchema: form({ v: { type: "string" } }) })).toHaveLength(1);
  });

  it.each([
    "Passport number",
    "Mot du jour",
    "Mots croisés",
    "Passe-partout",
    "Kennzeichen",
    "Wortwahl",
    "Account number for your order",
    "Bank name",
    "Random seed",
    "Seed for the generator",
    "Contraste",
  ])("negative: %j holds no credential word", (title) => {
    expect(credentialFields(form({ value: { type: "string", title } }))).toEqual([]);
  });
});

// Round 35: a letter with an accent was composed with it (NFKC) before marks were dropped, so "pässword",
// "Pàssword" and "Mot de pâsse" matched no word of the list, and the form was shown.
describe("a credential word with accents on its letters", () => {
  it.each([
    ["umlaut", "Bank p\u00e4ssword", "password"],
    ["grave", "P\u00e0ssword", "password"],
    ["circumflex", "Mot de p\u00e2sse", "mot de passe"],
    ["combining acute", "Online banking pa\u0301ssword", "password"],
    ["stacked marks", "Card P\u00cd\u0302N", "pin"],
    ["stroke", "passw\u00f8rd", "password"],
    ["accents and capitals", "T\u00d6KEN D'API", "token"],
    ["a German word without its umlaut", "Passworter", "passwörter"],
    ["a Spanish word without its tilde", "Tu contrasena", "contraseña"],
  ])("is read as the word (%s)", (_kind, title, phrase) => {
    expect(credentialFields(form({ value: { type: "string", title } }))).toEqual([
      { field: "value", asks: phrase },
    ]);
  });

  it("is read in a field's name and in a message", () => {
    expect(credentialFields(form({ pässwörd: { type: "string" } }))).toHaveLength(1);
    expect(
      credentialRequest({
        message: "Entrez votre mot de p\u00e2sse ci-dessous.",
        requestedSchema: form({ v: { type: "string" } }),
      }),
    ).toEqual([{ field: "(message)", asks: "mot de passe" }]);
  });

  it.each([
    "Pass\u00e9 compos\u00e9",
    "Caf\u00e9 name",
    "Pi\u00f1ata colour",
    "D\u00e9j\u00e0 vu",
    "Na\u00efve display name",
    "Se\u00f1or name",
  ])("negative: %j holds no credential word", (title) => {
    expect(credentialFields(form({ value: { type: "string", title } }))).toEqual([]);
  });
});

// Round 35: the password words of Portuguese, Dutch, Russian, Polish and Swedish were no words of the list,
// so a bank-phishing form in those languages was shown.
describe("a password asked for in Portuguese, Dutch, Russian, Polish or Swedish", () => {
  it.each([
    ["Senha do internet banking", "senha"],
    ["Suas senhas", "senha"],
    ["Wachtwoord", "wachtwoord*"],
    ["Uw wachtwoorden", "wachtwoord*"],
    ["Bankwachtwoord", "wachtwoord*"],
    [
      "\u041f\u0430\u0440\u043e\u043b\u044c \u043e\u0442 \u043e\u043d\u043b\u0430\u0439\u043d-\u0431\u0430\u043d\u043a\u0430",
      "пароль",
    ],
    ["\u041f\u0410\u0420\u041e\u041b\u042c", "пароль"],
    ["\u0412\u0432\u043e\u0434 \u043f\u0430\u0440\u043e\u043b\u044f", "парол*"],
    ["Has\u0142o do bankowo\u015bci", "hasł*"],
    ["HAS\u0141O", "hasł*"],
    ["Haslo", "hasł*"],
    ["L\u00f6senord", "lösenord*"],
    ["Ange l\u00f6senordet", "lösenord*"],
  ])("%j asks for %s", (title, phrase) => {
    expect(credentialFields(form({ value: { type: "string", title } }))).toEqual([
      { field: "value", asks: phrase },
    ]);
  });

  it("is read in a field's name and in a message", () => {
    expect(credentialFields(form({ senha: { type: "string" } }))).toHaveLength(1);
    expect(credentialFields(form({ novoWachtwoord: { type: "string" } }))).toHaveLength(1);
    expect(
      credentialRequest({
        message:
          "\u0412\u0432\u0435\u0434\u0438\u0442\u0435 \u0432\u0430\u0448 \u043f\u0430\u0440\u043e\u043b\u044c \u043d\u0438\u0436\u0435.",
        requestedSchema: form({ v: { type: "string" } }),
      }),
    ).toEqual([{ field: "(message)", asks: "пароль" }]);
  });

  it.each([
    ["a review in Portuguese", "Resenha do produto"],
    ["a drawing in Portuguese", "Desenha aqui o teu logotipo"],
    ["a name in Russian", "\u0412\u0430\u0448\u0435 \u0438\u043c\u044f"],
    ["a word in Dutch", "Woordenboek"],
    ["a name in Swedish", "Ditt namn"],
    ["an address in Polish", "Adres e-mail"],
  ])("negative: %s holds no credential word", (_kind, title) => {
    expect(credentialFields(form({ value: { type: "string", title } }))).toEqual([]);
  });
});

// Round 35: a negation that states a condition ("if you don't enter your password, …") or a "without" after a
// denial ("you cannot continue without …") was read as a warning, and the threatening form was shown.
describe("a threat that demands a credential by a negated condition or 'without'", () => {
  const typed = form({ value: { type: "string" } });
  const asked = (message: string) => credentialRequest({ message, requestedSchema: typed });
  const described = (description: string) =>
    credentialFields(form({ value: { type: "string", description } }));

  it.each([
    ["If you don't enter your password, your account will be locked.", "password"],
    ["Your account will be locked if you do not enter your online banking password.", "password"],
    ["You cannot continue without entering your online banking password.", "password"],
    ["You won't get your refund without your card number.", "card number"],
    ["If you still haven't entered your PIN, access will be suspended.", "pin"],
    ["Unless you do not give us your PIN, we will close the account.", "pin"],
    ["You will not be able to log in without your password.", "password"],
    ["No refund without your card number.", "card number"],
    ["We never store your password. If you don't confirm it, your account will be locked.", "password"],
    // Round 36 (atk36a): a "without" after a negated verb of handing over, the credential its own object.
    ["Do not submit the form without your bank password.", "password"],
    ["Never submit this form without your card PIN.", "pin"],
    ["Don't send the form without a password", "password"],
  ])("is a request: %j", (text, phrase) => {
    expect(asked(text)).toEqual([{ field: "(message)", asks: phrase }]);
    expect(described(text)).toEqual([{ field: "value", asks: phrase }]);
  });

  it.each([
    "Never share your password with anyone, not even with us.",
    "Don't worry, you can continue without a password",
    "You can sign in without a password.",
    "If you want to stay safe never share your password",
    "When we call you we will never ask for your password.",
    "Never share your password, even if we ask.",
    "We never store your password. If you enter it elsewhere, change it.",
    "Never share your PIN without checking who asks",
    "Do not send your password without encryption",
  ])("negative: a warning stays a warning: %j", (text) => {
    expect(asked(text)).toEqual([]);
    expect(described(text)).toEqual([]);
  });
});
