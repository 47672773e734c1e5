// Attack (round 47, found from outside): a SAML assertion carries each attribute as a name and a value in two
// elements: `<saml:Attribute Name="userPassword"><saml:AttributeValue>…</saml:AttributeValue>`. Identity
// providers that map LDAP attributes straight through (Shibboleth's attribute resolver, Keycloak's user
// attribute mapper, simpleSAMLphp's ldap:AttributeAddFromLDAP) release `userPassword` this way, and a SAML
// tracer's export, `xmlsec1 --decrypt` or a base64-decoded SAMLResponse from a log shows it. The scanner
// reads the `ssn` attribute's value in the same assertion as an SSN (the attribute's name labels it) but
// passes the password under `userPassword` and the client secret under `client_secret`: the name is in an
// attribute of one element, the value in the text of its child. A correct guard reads a SAML Attribute's Name
// as the label of its AttributeValue, as it reads a JSON key for its value.
import { describe, expect, it } from "vitest";
import { DEFAULT_ACTIONS, FALLBACK_ACTIONS } from "../src/detect/actions.js";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** What the client is shown under the default actions (a type the table does not know counts as a secret). */
const shown = (text: string) => {
  const redacted = (type: string) => (DEFAULT_ACTIONS[type] ?? FALLBACK_ACTIONS).response === "redact";
  const out = scanner.scan({ content: [{ type: "text", text }] }, "result", redacted);
  return (out.value as { content: { text: string }[] }).content[0]!.text;
};

const PASSWORD = "Tq8mZ2vLp9wXr4kN";
const CLIENT_SECRET = "k7Rz2qWx9mLp4vTn8bYc3dHf";
/** An assertion's attribute statement as a SAML tracer exports it, pretty-printed. */
const ASSERTION = `<saml:Assertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_d71a3a8e9fcc45c9e9d248ef7049393fc8f04e5f75" Version="2.0" IssueInstant="2026-11-28T13:15:00Z">
  <saml:Subject>
    <saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified">mgonzalez</saml:NameID>
  </saml:Subject>
  <saml:AttributeStatement>
    <saml:Attribute Name="uid" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:basic">
      <saml:AttributeValue xsi:type="xs:string">mgonzalez</saml:AttributeValue>
    </saml:Attribute>
    <saml:Attribute Name="ssn" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:basic">
      <saml:AttributeValue xsi:type="xs:string">078-05-1120</saml:AttributeValue>
    </saml:Attribute>
    <saml:Attribute Name="userPassword" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:basic">
      <saml:AttributeValue xsi:type="xs:string">${PASSWORD}</saml:AttributeValue>
    </saml:Attribute>
    <saml:Attribute Name="client_secret" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:basic">
      <saml:AttributeValue xsi:type="xs:string">${CLIENT_SECRET}</saml:AttributeValue>
    </saml:Attribute>
  </saml:AttributeStatement>
</saml:Assertion>`;

describe("a SAML assertion's attributes", () => {
  it("the SSN attribute is redacted (the harness sees what the scanner does)", () => {
    expect(shown(ASSERTION)).not.toContain("078-05-1120");
  });

  it("the userPassword attribute's value is redacted", () => {
    expect(shown(ASSERTION)).not.toContain(PASSWORD);
  });

  it("the client_secret attribute's value is redacted", () => {
    expect(shown(ASSERTION)).not.toContain(CLIENT_SECRET);
  });

  it("the user id passes", () => {
    expect(shown(ASSERTION)).toContain(">mgonzalez</saml:AttributeValue>");
  });

  // Neighbouring shapes (fix48fp): a multi-valued attribute's later value, SAML 1.1's AttributeName, and an
  // attribute about a password (its expiry), whose value is a time and passes.
  it("a second value of a password attribute is redacted", () => {
    const text = `<saml:Attribute Name="userPassword">
      <saml:AttributeValue>old-value-1</saml:AttributeValue>
      <saml:AttributeValue>${PASSWORD}</saml:AttributeValue>
    </saml:Attribute>`;
    expect(shown(text)).not.toContain(PASSWORD);
  });

  it("a SAML 1.1 AttributeName names its value too", () => {
    const text = `<saml:Attribute AttributeName="userPassword" AttributeNamespace="urn:mace:dir:attribute-def:userPassword"><saml:AttributeValue>${PASSWORD}</saml:AttributeValue></saml:Attribute>`;
    expect(shown(text)).not.toContain(PASSWORD);
  });

  it("an attribute about a password, and one that is not a credential, pass", () => {
    const text = `<saml:Attribute Name="passwordExpirationTime"><saml:AttributeValue>20261231235959Z</saml:AttributeValue></saml:Attribute>
<saml:Attribute Name="eduPersonPrincipalName"><saml:AttributeValue>mgonzalez@example.edu</saml:AttributeValue></saml:Attribute>`;
    expect(shown(text)).toBe(text);
  });
});
