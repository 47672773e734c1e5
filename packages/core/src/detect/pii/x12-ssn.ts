// ASC X12 (HIPAA 837 claims, 834 enrolments, 270/271 eligibility, 835 remittances) names a member's SSN by a
// qualifier, not a word: `REF*SY*<ssn>~` (SY: Social Security number), `REF*0F*<ssn>~` (the subscriber
// number, the SSN in most 834s) and an NM1 or N1 whose identification code qualifier is 34 (SSN) before the
// id: `NM1*IL*1*DOE*JANE****34*<ssn>~`. The element separator is `*` (or `|`); a segment ends at `~` or a
// line break. Read only when the character before the number is a separator, so other text costs one test.

/** The segment up to the number names it an SSN: REF SY/0F, or NM1/N1 with qualifier 34 just before it. */
const SSN_QUALIFIED = /(?:^|[~\n])[ \t\r]{0,4}(?:REF[*|](?:SY|0F)|NM?1[*|][^~\n]{0,200}?[*|]34)[*|]$/;
const SEGMENT_READ = 240;

/** Whether the nine digits at `start` stand in an X12 element that a qualifier names an SSN. */
export function x12Ssn(text: string, start: number): boolean {
  const before = text.charCodeAt(start - 1);
  if (before !== 42 /* * */ && before !== 124 /* | */) return false;
  return SSN_QUALIFIED.test(text.slice(Math.max(0, start - SEGMENT_READ), start));
}
