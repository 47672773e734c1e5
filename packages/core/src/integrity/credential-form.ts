// The MCP specification: "Servers MUST NOT use form mode elicitation to request sensitive information"
// (passwords, API keys, access tokens, payment credentials). A form asking for one is shown to the user
// under the guarded server's name, and what they type goes to the server: phishing with the guard's blessing.
// A form's fields are judged by their names, titles and descriptions against a short list of credential
// words (read as credential-words.ts reads them); a description and the message are read as prose, where a
// mention a negation governs is a warning, not a request, and a pronoun may ask for a credential named just
// before (credential-prose.ts). A choice (an enum, a boolean) cannot carry a typed secret and is not
// judged, so honest forms (a name, an e-mail address, a yes/no, a pick from a list) still reach the user.
// URL-mode elicitation, the specification's way to collect a credential outside the client, has no form and
// is not judged here.
import { askedInProse } from "./credential-prose.js";
import { credentialPhrasesIn, readingsOf, splitWords } from "./credential-words.js";

/**
 * The credential phrase a field's name or title holds, or its description asks for (the reference server's
 * form says "do not give us your phone number, pin, …", which warns rather than asks).
 */
function credentialPhraseOf(name: string, field: Record<string, unknown>): string | undefined {
  for (const label of [name, field.title])
    if (typeof label === "string")
      for (const reading of readingsOf(label)) {
        const found = credentialPhrasesIn(splitWords(reading))[0];
        if (found !== undefined) return found.phrase;
      }
  return typeof field.description === "string" ? askedInProse(field.description) : undefined;
}

/** A field the user picks rather than types (a yes/no, one or more of listed values): no secret is typed there. */
function isChoice(field: Record<string, unknown>): boolean {
  if (field.type === "boolean" || Array.isArray(field.enum)) return true;
  const options = field.oneOf ?? field.anyOf;
  if (Array.isArray(options))
    return options.every((option) => typeof option === "object" && option !== null && "const" in option);
  const items = field.items;
  return (
    field.type === "array" &&
    typeof items === "object" &&
    items !== null &&
    isChoice(items as Record<string, unknown>)
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
    Object.values(properties).some(
      (f) => !isChoice((typeof f === "object" && f !== null ? f : {}) as Record<string, unknown>),
    );
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
    const field = (typeof value === "object" && value !== null ? value : {}) as Record<string, unknown>;
    if (isChoice(field)) continue;
    const asks = credentialPhraseOf(name, field);
    if (asks !== undefined) found.push({ field: `${prefix}${name}`, asks });
    else found.push(...credentialFields(field, `${prefix}${name}.`, depth + 1));
  }
  return found;
}
