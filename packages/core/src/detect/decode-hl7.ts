// HL7 v2, the message format hospital systems exchange (ADT, ORU: an EHR's or a lab's integration server's
// result), names a patient's data by position alone: PID-19 is the SSN, written as bare digits with no word
// before it, and the phone numbers of PID-13 and PID-14 (and of the next of kin, NK1-5 and NK1-6) are XTN
// values split by "^" into use, equipment, e-mail, country code, area code and local number
// (`^PRN^PH^^1^217^5550132`), which no reader of text joins. In a text that is HL7 (it holds the `MSH|^~\&`
// header every message opens with), these fields are given to the detectors with the word they lack:
// `SSN: <PID-19>` and `phone: +<country> <area> <local>`, each mapped back to where it was written.
//
// Linear: one native search for the header, then one per "PID|" and "NK1|"; each segment's fields are read once.
import { ViewBuilder, type DecodedView } from "./decode.js";
import type { SharedPass } from "./digit-chains.js";
import { isHl7 } from "./hl7-header.js";
import { mayHold } from "./secrets/noted-literals.js";

/** A field longer than this is no SSN or phone number. */
const MAX_FIELD = 256;
/** The fields that hold phone numbers as XTN values, and the one that holds the SSN, by segment. */
const SEGMENTS: { name: string; phones: number[]; ssn?: number }[] = [
  { name: "PID|", phones: [13, 14], ssn: 19 },
  { name: "NK1|", phones: [5, 6] },
];

/** The view of an HL7 message's SSN and XTN phone fields, or undefined when the text is no HL7 or has none. */
export function hl7View(text: string, shared?: SharedPass): DecodedView | undefined {
  // The header is noted by the detectors' keyword pass, in any case (see noted-literals.ts).
  if (!mayHold(text, shared, "msh|^~\\&") || !isHl7(text)) return undefined;
  const view = new ViewBuilder();
  let written = false;
  const label = (words: string, at: number) => {
    view.replace(written ? `\n${words}` : words, at, at);
    written = true;
  };
  for (const segment of SEGMENTS) {
    for (let at = text.indexOf(segment.name); at >= 0; at = text.indexOf(segment.name, at + 4)) {
      // A segment starts the text or a line (HL7 ends each with a carriage return; files often with "\n").
      if (at > 0 && text[at - 1] !== "\r" && text[at - 1] !== "\n") continue;
      for (const [index, start, end] of fields(text, at)) {
        if (end - start > MAX_FIELD || end === start) continue;
        if (index === segment.ssn) {
          label("SSN: ", start);
          view.copy(text, start, end);
        } else if (segment.phones.includes(index)) {
          for (const [from, to] of repetitions(text, start, end)) phone(text, from, to, view, label);
        }
      }
    }
  }
  return written ? view.build() : undefined;
}

/** Each field of the segment at `at`: its number (the segment's name is field 0), start and end. */
function* fields(text: string, at: number): Generator<[number, number, number]> {
  let index = 0;
  let start = at;
  for (let i = at; ; i++) {
    const c = text.charCodeAt(i);
    if (c === 124 /* | */ || c === 13 || c === 10 || Number.isNaN(c)) {
      yield [index, start, i];
      if (c !== 124) return;
      index++;
      start = i + 1;
    }
  }
}

/** The repetitions of a field ("~" apart): [start, end) of each. */
function repetitions(text: string, start: number, end: number): [number, number][] {
  const parts: [number, number][] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text.charCodeAt(i) === 126 /* ~ */) {
      parts.push([from, i]);
      from = i + 1;
    }
  }
  return parts;
}

/**
 * An XTN value's number from its components 5 to 7 (country code, area code, local number), as
 * `phone: +<country> <area> <local>` (`phone: <area> <local>` without a country code).
 */
function phone(
  text: string,
  start: number,
  end: number,
  view: ViewBuilder,
  label: (words: string, at: number) => void,
): void {
  const components: [number, number][] = [];
  let from = start;
  for (let i = start; i <= end && components.length < 7; i++) {
    if (i === end || text.charCodeAt(i) === 94 /* ^ */) {
      components.push([from, i]);
      from = i + 1;
    }
  }
  const [country, area, local] = components.slice(4, 7);
  if (local === undefined || area === undefined || country === undefined) return;
  if (!/^[0-9][0-9 -]{3,15}$/.test(text.slice(local[0], local[1]))) return;
  if (!/^[0-9]{0,5}$/.test(text.slice(area[0], area[1]))) return;
  if (!/^\+?[0-9]{0,4}$/.test(text.slice(country[0], country[1]))) return;
  const hasCountry = country[1] > country[0];
  const first = hasCountry ? country : area[1] > area[0] ? area : local;
  label(hasCountry && text[country[0]] !== "+" ? "phone: +" : "phone: ", first[0]);
  if (hasCountry) {
    view.copy(text, country[0], country[1]);
    view.replace(" ", country[1], country[1] + 1);
  }
  if (area[1] > area[0]) {
    view.copy(text, area[0], area[1]);
    view.replace(" ", area[1], area[1] + 1);
  }
  view.copy(text, local[0], local[1]);
}
