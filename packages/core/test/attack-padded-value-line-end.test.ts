// Attack (round 43, found from outside, an over-redaction): a secret whose base64 ends with its padding `=`
// on a `NAME = value` line (blanks around the `=`: Python settings, INI, TOML, WireGuard) is redacted together
// with the name on the next line, so what the client reads is no longer the file:
// `SECRET_KEY = <base64>=⏎DEBUG = true` shows as `SECRET_KEY = [REDACTED:…] = true`: the next setting's name
// is gone and its value seems to belong to the secret. Every secret `openssl rand -base64 32` makes ends so,
// as do WireGuard keys (`PrivateKey = …=⏎Address = 10.0.0.1/24`). A .env line without blanks is cut right.
// An agent that reads a config to explain or edit it is told a wrong file. docs/detection.md: on a configuration line a value runs "up to
// the end of the line". A correct guard ends the value at the line break and leaves the next line whole.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** A file server's result, every type set to redact: what reaches the client. */
const shown = (text: string) => {
  const out = scanner.scan({ content: [{ type: "text", text }] }, "result", () => true);
  return (out.value as { content: { text: string }[] }).content[0]!.text;
};

const SECRET = "kX9mQ2xR7pWz4KvT9qLm2xR7pWz4K1bC8dE3fG6hJ0k=";

describe("the line after a padded secret", () => {
  it("the control: the secret itself is redacted", () => {
    expect(shown(`SECRET_KEY = ${SECRET}\nDEBUG = true\n`)).not.toContain(SECRET);
  });

  it("a Django-style settings line keeps the next setting's name", () => {
    expect(shown(`SECRET_KEY = ${SECRET}\nDEBUG = true\n`)).toContain("\nDEBUG = true");
  });

  it("the control: a .env line (no blanks around =) keeps the next variable's name", () => {
    expect(shown(`NEXTAUTH_SECRET=${SECRET}\nNEXTAUTH_URL=https://app.example.com\n`)).toContain(
      "\nNEXTAUTH_URL=https://app.example.com",
    );
  });

  it("a WireGuard config keeps its Address line", () => {
    const conf = `[Interface]\nPrivateKey = GI6EdUSjdCAqjqfKfYEKI2WQfO2w9PMiT6Y2WrFv5mQ=\nAddress = 10.0.0.1/24\nListenPort = 51820\n`;
    expect(shown(conf)).toMatch(/\nAddress = /);
  });
});
