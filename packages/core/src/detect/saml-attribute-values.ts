// A SAML assertion writes each attribute as a name on one element and its values as the text of its children:
// `<saml:Attribute Name="userPassword"><saml:AttributeValue>…</saml:AttributeValue></saml:Attribute>`. An
// identity provider that maps directory attributes straight through releases userPassword or a client secret
// so, and a SAML tracer's export or a decoded SAMLResponse shows it. The Attribute's Name (SAML 2.0),
// FriendlyName, or AttributeName (SAML 1.1, ADFS) is the label of each of its AttributeValues, as a JSON key
// is of its value.
//
// Bounded: each AttributeValue reads back at most a few values' length to its Attribute's opening tag.

/** How far back an AttributeValue's Attribute may open: a few sibling values of a multi-valued attribute. */
const WINDOW = 1024;
/** The Attribute's opening tag, followed only by earlier AttributeValues of the same Attribute and space. */
const ATTRIBUTE_BEFORE =
  /<(?:[A-Za-z_][A-Za-z0-9_.-]{0,31}:)?Attribute[ \t\r\n]([^<>]{0,512})>(?:[ \t\r\n]*<(?:[A-Za-z_][A-Za-z0-9_.-]{0,31}:)?AttributeValue\b[^<>]{0,256}>[^<>]{0,256}<\/(?:[A-Za-z_][A-Za-z0-9_.-]{0,31}:)?AttributeValue>)*[ \t\r\n]*$/;
/** The attributes that name a SAML attribute. */
const NAME = /(?:^|[ \t\r\n])(?:Name|FriendlyName|AttributeName)[ \t]*=[ \t]*["']([^"'<>]{1,64})["']/g;

/**
 * Whether the element `name` opening at `open` is an AttributeValue whose Attribute is named by a name that
 * `namesCredential` accepts.
 */
export function samlValueOfNamedAttribute(
  text: string,
  name: string,
  open: number,
  namesCredential: (name: string) => boolean,
): boolean {
  if (name.replace(/^.*:/, "") !== "AttributeValue") return false;
  const attributes = ATTRIBUTE_BEFORE.exec(text.slice(Math.max(0, open - WINDOW), open))?.[1];
  if (attributes === undefined) return false;
  for (const m of attributes.matchAll(NAME)) if (namesCredential(m[1] as string)) return true;
  return false;
}
