// Passport and driving-licence numbers, after their labels. A booking, KYC, car-rental or HR record holds
// them beside a name, and they identify a person as an SSN does; but no check digit sets them apart from an
// order or ticket number, so only the label says what they are. The label names the document (in the
// languages of the forms a tool would return), then optionally "number"/"no."/"#", then the value: letters in
// capitals and at least four digits, so "passport.use(" and "Passport: expired" are not read as numbers.

/** The literals the labels below hold, in lower case, that the secret rules' keyword pass notes. */
export const DOCUMENT_LEADS = [
  "passport",
  "reisepass",
  "passeport",
  "pasaporte",
  "passaporto",
  "paszport",
  "driver",
  "driving",
  "hrerschein",
  "permis de conduire",
  "licencia de conducir",
  "rijbewijs",
] as const;

const DOCUMENT = String.raw`(?:pass(?:port|eport|aporto)|reisepass|pasaporte|paszport|driv(?:er|ing|ers)'?s?[ _-]?licen[cs]e|driver'?s?[ _-]?lic\b|f[üu]hrerschein|permis de conduire|licencia de conducir|rijbewijs)`;
const NUMBER_WORD = String.raw`(?:number|numbers|num|no|nr|nummer|num[ée]ro|n[úu]mero|n°|#|id)`;

/** A document's label, up to where its number may start: the number word, "is", and separators only. */
export const DOCUMENT_LABEL = new RegExp(
  String.raw`${DOCUMENT}(?:[^0-9A-Za-z\n]{0,4}${NUMBER_WORD}\b\.?|[^0-9A-Za-z\n]{0,4}${NUMBER_WORD}(?=[^0-9A-Za-z]))?(?:\s+(?:is|was))?[^0-9A-Za-z\n]{0,6}`,
  "giu",
);

/** The number: capitals and digits, dashes or single blanks between digits, 6 to 20 long. */
export const DOCUMENT_NUMBER = /[A-Z0-9](?:[A-Z0-9]|[- ](?=[0-9])){5,19}(?![0-9A-Za-z])/y;

/** At least four digits: a word in capitals after the label is not its number. */
export function documentNumberValid(m: RegExpExecArray): boolean {
  let digits = 0;
  for (const c of m[0]) if (c >= "0" && c <= "9") digits++;
  return digits >= 4;
}
