// The MCP specification: "Servers MUST NOT use form mode elicitation to request sensitive information"
// (passwords, API keys, access tokens, payment credentials). A form asking for one is shown to the user
// under the guarded server's name, and what they type goes to the server: phishing with the guard's blessing.
// A form's fields are judged by their names, titles and descriptions against a short list of credential
// words (read as credential-words.ts reads them); a description and the message are read as prose, where a
// mention a negation governs is a warning, not a request, and a pronoun may ask for a credential named just
// before (credential-prose.ts). A choice (an enum, a boolean) cannot carry a typed secret and is not
// judged, so honest forms (a name, an e-mail address, a yes/no, a pick from a list) still reach the user;
// but only a choice in a shape a client reads as one (isChoice): any other is shown as a text box.
// URL-mode elicitation, the specification's way to collect a credential outside the client, has no form and
// is not judged here.
import { askedInProse } from "./credential-prose.js";
import { credentialPhrasesIn, readingsOf, splitCasedWords, splitWords } from "./credential-words.js";

/**
 * Credential words that also name a postal code: India's PIN (Postal Index Number), "Pincode" on every Indian
 * address form, is the Dutch word for a card's PIN too.
 */
const POSTAL_SENSES = new Set(["pin", "pincode*"]);
/** Words by which a field says it wants a postal code ("6-digit postal code", "ZIP"). */
const POSTAL_WORDS = new Set(["postal", "zip", "zipcode", "postcode"]);

/**
 * Whether a field's own title or description says it wants a postal code: the user who reads it types one,
 * not a card's PIN. A sibling address field would not do: a phishing form asks for a billing address too.
 */
function saysPostal(field: Record<string, unknown>): boolean {
  return [field.title, field.description].some(
    (text) =>
      typeof text === "string" &&
      readingsOf(text).some((reading) => {
        const words = splitWords(reading);
        return words.some(
          (word, i) => POSTAL_WORDS.has(word) || (word === "post" && words[i + 1] === "code"),
        );
      }),
  );
}

/**
 * The credential phrase a field's name or title holds, or its description asks for (the reference server's
 * form says "do not give us your phone number, pin, …", which warns rather than asks); a word that also names
 * a postal code does not count in a field that says it wants one.
 */
function credentialPhraseOf(name: string, field: Record<string, unknown>): string | undefined {
  const postal = saysPostal(field);
  const counts = (phrase: string) => !(postal && POSTAL_SENSES.has(phrase));
  for (const label of [name, field.title])
    if (typeof label === "string")
      for (const reading of readingsOf(label)) {
        const found = credentialPhrasesIn(splitCasedWords(reading)).find(({ phrase }) => counts(phrase));
        if (found !== undefined) return found.phrase;
      }
  return typeof field.description === "string" ? askedInProse(field.description, counts) : undefined;
}

/** A member of a form as an object to read, or an empty one if it is not an object. */
function fieldOf(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
}

/** A list of at least one string: the values or labels a client lists for the user to pick. */
function isStrings(values: unknown): boolean {
  return Array.isArray(values) && values.length > 0 && values.every((value) => typeof value === "string");
}

/** Options a client lists by their titles: `[{ const: "eu", title: "Europe" }, …]`, at least one. */
function isTitledOptions(options: unknown): boolean {
  return (
    Array.isArray(options) &&
    options.length > 0 &&
    options.every(
      (option) => typeof fieldOf(option).const === "string" && typeof fieldOf(option).title === "string",
    )
  );
}

/**
 * A field the user picks rather than types (a yes/no, one or more of listed values): no secret is typed
 * there. Only the shapes a client reads as a choice, those of the specification's `PrimitiveSchemaDefinition`
 * as the SDK client checks them: a boolean; a string with an `enum` of strings (`enumNames` or not) or a
 * `oneOf` of titled string consts; an array whose `items` are a string with an `enum` of strings or an `anyOf`
 * of titled string consts. Any other `enum`, `oneOf` or `anyOf` (of numbers or null, options without a title,
 * on a number, a field's own `anyOf`) is dropped by the client's parse, which then shows the field as a text
 * box under its title: judged as one.
 */
function isChoice(field: Record<string, unknown>): boolean {
  if (field.type === "boolean") return true;
  if (field.type === "string") return isStrings(field.enum) || isTitledOptions(field.oneOf);
  const items = fieldOf(field.items);
  return (
    field.type === "array" &&
    ((items.type === "string" && isStrings(items.enum)) || isTitledOptions(items.anyOf))
  );
}

/**
 * What of a form elicitation asks for a credential: its fields (credentialFields), or its message when the form
 * has a field to type into ("Enter your bank password below" over a field named `value`).
 */
export function credentialRequest(params: { message?: unknown; requestedSchema?: unknown } | undefined): {
  field: string;
  asks: string;
}[] {
  const fields = credentialFields(params?.requestedSchema);
  if (fields.length > 0 || typeof params?.message !== "string") return fields;
  const properties = (params.requestedSchema as { properties?: unknown } | null | undefined)?.properties;
  const typed =
    typeof properties === "object" &&
    properties !== null &&
    Object.values(properties).some((f) => !isChoice(fieldOf(f)));
  const asks = typed ? askedInProse(params.message) : undefined;
  return asks === undefined ? [] : [{ field: "(message)", asks }];
}

/**
 * The fields of a form elicitation's `requestedSchema` that ask for a credential, each with the phrase that
 * says so (`{ field: "password", asks: "password" }`); empty for an honest form. The specification allows
 * flat fields only, but a nested one is judged too (as `outer.inner`): a client might still show it.
 */
export function credentialFields(schema: unknown, prefix = "", depth = 0): { field: string; asks: string }[] {
  const properties = (schema as { properties?: unknown } | null | undefined)?.properties;
  if (typeof properties !== "object" || properties === null) return [];
  // Deeper than any form a client shows: refused as asking, rather than left unread.
  if (depth > 8) return [{ field: prefix, asks: "a form nested too deep to read" }];
  const found: { field: string; asks: string }[] = [];
  for (const [name, value] of Object.entries(properties)) {
    const field = fieldOf(value);
    if (isChoice(field)) continue;
    const asks = credentialPhraseOf(name, field);
    if (asks !== undefined) found.push({ field: `${prefix}${name}`, asks });
    else found.push(...credentialFields(field, `${prefix}${name}.`, depth + 1));
  }
  return found;
}
