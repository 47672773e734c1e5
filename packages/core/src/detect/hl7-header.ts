// HL7 v2 messages open with the MSH segment, whose first field names the message's delimiters: "|" between
// fields, then "^" between components, "~" between repetitions, "\" for escapes and "&" between subcomponents.
// Every interface engine writes these; a text that holds the header is read as HL7 (decode-hl7.ts), and its
// delimiters separate values rather than stand in them (an e-mail address ends at a "^": pii/email.ts).
const HEADER = "MSH|^~\\&";

/** Whether the text holds an HL7 v2 message's header. */
export const isHl7 = (text: string): boolean => text.includes(HEADER);

/** HL7's delimiters other than the escape, which no value holds. */
export const HL7_DELIMITERS = "|^~&";
