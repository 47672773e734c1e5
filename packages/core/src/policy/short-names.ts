// Windows' short (8.3) names: a file system with them enabled answers `C:\PROGRA~1\` as `C:\Program Files\`
// and `DOCUME~1` as `Documents`, so a denied folder is opened under a name no rule spells. The number after
// the tilde depends on the folder's other names, which only the server's disk knows; so a short name is
// compared by what it keeps of the long one (its first letters), both sides projected the same way. This
// can only add denials (deny lists), and only for a URI that writes a short name on a Windows drive.
import { compilePattern, matchesAny, type Pattern } from "./patterns.js";
import { windowsName } from "./file-spellings.js";

/** A case-folded file URI of a path on a Windows drive (the form deny patterns are matched in). */
const WINDOWS_DRIVE = /^file:\/\/\/[a-z]:(?=\/|$)/;
/** A short name as Windows writes it: up to six characters, a tilde, a number, maybe a short extension. */
const SHORT_NAME = /^([^~/]{1,6})~\d+(\.[^./]{1,3})?$/;
/** A name Windows keeps as its own short name (eight characters at most, an extension of three). */
const FITS_EIGHT_THREE = /^[^. +,;=[\]]{1,8}(?:\.[^. +,;=[\]]{1,3})?$/;

/** Whether a case-folded URI writes a short name in a path on a Windows drive. */
export function writesShortName(value: string): boolean {
  return WINDOWS_DRIVE.test(value) && value.split("/").some((segment) => SHORT_NAME.test(segment));
}

/**
 * One path segment reduced to what its short name keeps: `progra~1` and `program files` are both
 * `progra~`, `secret~1.key` and `secret.keys` both `secret~.key`; a name that fits 8.3 stays itself. Segments holding a glob's `*` are left as written.
 */
function shortKey(segment: string): string {
  if (segment.includes("*")) return segment;
  const short = SHORT_NAME.exec(segment);
  if (short) return `${short[1]}~${short[2] ?? ""}`;
  const name = windowsName(segment);
  if (name === "" || name === "." || name === ".." || FITS_EIGHT_THREE.test(name)) return name;
  // Windows builds the short name from the part before the last dot (its first six characters) and the
  // part after it (its first three), without blanks or dots, with the characters 8.3 forbids written as "_".
  const lastDot = name.lastIndexOf(".");
  const eightThree = (part: string, length: number) =>
    Array.from(part.replace(/[ .]/g, "").replace(/[+,;=[\]]/g, "_"))
      .slice(0, length)
      .join("");
  const stem = eightThree(lastDot > 0 ? name.slice(0, lastDot) : name, 6);
  const extension = lastDot > 0 ? eightThree(name.slice(lastDot + 1), 3) : "";
  if (stem === "") return name;
  return extension === "" ? `${stem}~` : `${stem}~.${extension}`;
}

/** A case-folded file URI or deny pattern on a Windows drive with every segment reduced to its short key. */
function projected(value: string): string {
  const [drive, ...names] = value.slice("file:///".length).split("/");
  return `file:///${[drive, ...names.map(shortKey)].join("/")}`;
}

/**
 * Whether a URI writing a short name opens something a deny pattern covers. Regular expressions cannot be
 * projected and are matched as written elsewhere.
 */
export function deniedByShortName(deny: readonly Pattern[], value: string): boolean {
  const onDrive = deny.filter((p) => p.kind !== "regex" && WINDOWS_DRIVE.test(p.source));
  if (onDrive.length === 0) return false;
  const patterns = onDrive.map((p) => compilePattern(projected(p.source)));
  const key = projected(value);
  return matchesAny(patterns, key) || matchesAny(patterns, `${key}/`);
}
