// URL-mode elicitation: the server asks the client to send the user to a web page (its own sign-in, a payment
// page), the specification's way to collect what a form must never ask for. The page is the server's to
// choose, but the link's shape is not: the user opens it in a browser, outside the guard. So only a web page
// is let through: https, or http to this machine itself (a local server's own page); never a `javascript:`,
// `data:`, `file:` or other scheme that a client which opens the link would run or read locally, and never a
// link carrying a user name or password (`https://user:pass@host/`), whose host part is what the user reads
// first and is not where the link goes. For the same reason a host spelled with look-alike letters is refused.
// Each label is judged by its skeleton, as Unicode's confusable detection (UTS #39) judges one: every letter
// that passes for a Latin one, of whatever script, read as that letter (the guard's one LOOKALIKES table, from
// Unicode's confusables data). A label whose skeleton is plain ASCII but not the label itself reads as a name
// it is not: refused when it holds a Latin letter (`micros\u043Eft` with a Cyrillic "о", `\u0261oogle` with a
// Latin-script "ɡ") or when the top-level domain reads as Latin (`\u0430\u0440\u0440\u04CF\u0435.com` reads
// "apple"); so is a label mixing letters of two look-alike scripts. The browser opens the punycode host
// (`xn--…`), someone else's. A final dot, written or percent-encoded (`com.`, `com%2E`), names the same host
// and is no label. Honest internationalised names (`münchen.de`, `пример.рф`, `例え.jp`) pass: not all their
// letters pass for Latin ones. The host is judged as the server wrote it, before the URL parser lowers its
// case: a capital I after a small letter (`paypaI.com`, `appIe.com`) reads as the l it stands for, while the
// browser opens `paypai.com`. One that starts a label or stands among capitals (`IBM.com`, `Intel.com`) reads
// as the I it is.
import { domainToUnicode } from "node:url";
import { mixesLookalikeScripts } from "./lookalike-scripts.js";
import { LOOKALIKES } from "./scoring-text.js";

/** Why the link of a URL-mode elicitation is refused, or undefined when it may be shown. */
export function elicitationUrlProblem(url: unknown): string | undefined {
  if (typeof url !== "string") return "a URL-mode elicitation needs its url as a string";
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "the url is not an absolute URL";
  }
  if (parsed.username !== "" || parsed.password !== "")
    return "the url carries a user name or password before its host";
  const host = lookalikeHostProblem(writtenHost(url));
  if (host) return host;
  if (parsed.protocol === "https:") return undefined;
  if (parsed.protocol === "http:" && isThisMachine(parsed.hostname)) return undefined;
  return parsed.protocol === "http:"
    ? "the url is plain http to another machine (https is needed)"
    : `the url's scheme ${JSON.stringify(parsed.protocol)} is not a web page's (https)`;
}

/** Loopback names as the URL parser writes them (IPv6 in brackets). */
function isThisMachine(hostname: string): boolean {
  return hostname === "localhost" || hostname === "[::1]" || /^127(?:\.\d{1,3}){3}$/.test(hostname);
}

/**
 * The host as the URL spells it, before the parser lowers its case and maps its letters: what a client shows
 * and a person reads. The parser's own steps are followed (blanks around and tabs or line breaks within
 * dropped, any slashes after the scheme, the authority up to the path, query or fragment, no user part or
 * port); its percent-encoding is decoded and compatibility forms (full-width letters) folded, as the parser
 * does.
 */
function writtenHost(url: string): string {
  // eslint-disable-next-line no-control-regex -- the parser's own trim: C0 controls and space
  const trimmed = url.replace(/^[\x00-\x20]+|[\x00-\x20]+$/g, "").replace(/[\t\n\r]/g, "");
  const authority = /^[a-z][a-z\d+.-]*:[/\\]*([^/\\?#]*)/i.exec(trimmed)?.[1] ?? "";
  const host = authority.slice(authority.lastIndexOf("@") + 1).replace(/:[^:\]]*$/, "");
  let decoded = host;
  try {
    decoded = decodeURIComponent(host);
  } catch {
    // A stray "%" the parser let through stands as written.
  }
  return decoded.normalize("NFKC");
}

/**
 * A label as a reader takes it: each letter that passes for a Latin one read as that letter, a capital I
 * after a small letter as the l it passes for there, then in small letters as the browser opens it.
 */
function skeletonOf(label: string): string {
  return [...label]
    .map((ch, i, letters) =>
      ch === "I" && SMALL_LETTER.test(letters[i - 1] ?? "") ? "l" : (LOOKALIKES[ch] ?? ch),
    )
    .join("")
    .toLowerCase();
}

// eslint-disable-next-line no-control-regex -- the class is "only ASCII", so its bounds start at NUL
const ASCII = /^[\x00-\x7f]*$/;
const LATIN_LETTER = /\p{Script=Latin}/u;
const SMALL_LETTER = /\p{Ll}/u;

/** A written label as a client may show it: a punycode label decoded. */
function shownLabel(label: string): string {
  return /^xn--/i.test(label) ? domainToUnicode(label.toLowerCase()) : label;
}

/** Why the host as the user reads it is not the host the browser opens (the host in small letters). */
function lookalikeHostProblem(written: string): string | undefined {
  // A final dot names the same host and is no label; IDNA separates labels by the ideographic one too.
  const labels = written
    .split(/[.\u3002]/)
    .filter(Boolean)
    .map(shownLabel);
  if (labels.some(mixesLookalikeScripts)) return "the url's host mixes letters of look-alike scripts";
  const latinTld = ASCII.test(skeletonOf(labels[labels.length - 1] ?? ""));
  const passing = labels.find((label) => {
    const skeleton = skeletonOf(label);
    return skeleton !== label.toLowerCase() && ASCII.test(skeleton) && (latinTld || LATIN_LETTER.test(label));
  });
  return passing === undefined
    ? undefined
    : `the url's host is spelled in letters that pass for Latin ones (${JSON.stringify(passing)} reads ${JSON.stringify(skeletonOf(passing))})`;
}
