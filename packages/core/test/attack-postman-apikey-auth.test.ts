// Attack (round 47, found from outside): a Postman collection (schema v2.1, as Postman exports it and as the
// Postman API returns it) keeps an API-key authorisation as a list of `{"key", "value", "type"}` triples
// whose names are the words "key", "value" and "in": `"apikey": [{"key": "value", "value": "<the API key>"},
// {"key": "key", "value": "X-API-Key"}]`. The scanner redacts the bearer token, the basic password and the
// OAuth client secret of the same collection (their triples are named `token`, `password`, `clientSecret`),
// but not the API key: its triple is named "value". An agent that reads a collection shows the key to the
// client, and one that writes a collection to a workspace server sends it. A correct guard reads a Postman
// auth block by its type: the triple named "value" under `"type": "apikey"` holds the key.
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

const API_KEY = "k7Rz2qWx9mLp4vTn8bYc3dHf6jGs0aEu";
const HEADER_KEY = "Xq3vT8mN2pR6sW9yB1cD4fG7hJ0kL5uE";
/** A collection as Postman v10 exports it: API-key auth on the collection, basic auth on one request. */
const COLLECTION = JSON.stringify(
  {
    info: {
      name: "Billing API",
      schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
    },
    auth: {
      type: "apikey",
      apikey: [
        { key: "value", value: HEADER_KEY, type: "string" },
        { key: "key", value: "X-API-Key", type: "string" },
        { key: "in", value: "header", type: "string" },
      ],
    },
    item: [
      {
        name: "login",
        request: {
          auth: {
            type: "basic",
            basic: [
              { key: "password", value: "Tq8mZ2vLp9wXr4kN", type: "string" },
              { key: "username", value: "billing", type: "string" },
            ],
          },
          method: "POST",
          url: "{{baseUrl}}/login",
        },
      },
    ],
  },
  null,
  "\t",
);

describe("a Postman collection's API-key auth", () => {
  it("the API key is redacted as its basic password is", () => {
    const text = shown(COLLECTION);
    expect(text).not.toContain("Tq8mZ2vLp9wXr4kN");
    expect(text).not.toContain(HEADER_KEY);
  });

  it("an API key in the query string form is redacted", () => {
    const query = COLLECTION.replace(HEADER_KEY, API_KEY).replace('"header"', '"query"');
    expect(shown(query)).not.toContain(API_KEY);
  });

  it("the header's name and where it goes still pass", () => {
    const text = shown(COLLECTION);
    expect(text).toContain('"X-API-Key"');
    expect(text).toContain('"header"');
  });
});

describe("a Postman collection's API-key auth, stand-ins", () => {
  it("a collection variable in the key's place passes", () => {
    const text = COLLECTION.replace(HEADER_KEY, "{{apiKey}}").replace("Tq8mZ2vLp9wXr4kN", "{{password}}");
    expect(shown(text)).toBe(text);
  });
});
