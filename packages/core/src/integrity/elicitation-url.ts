// URL-mode elicitation: the server asks the client to send the user to a web page (its own sign-in, a payment
// page), the specification's way to collect what a form must never ask for. The page is the server's to
// choose, but the link's shape is not: the user opens it in a browser, outside the guard. So only a web page
// is let through: https, or http to this machine itself (a local server's own page); never a `javascript:`,
// `data:`, `file:` or other scheme that a client which opens the link would run or read locally, and never a
// link carrying a user name or password (`https://user:pass@host/`), whose host part is what the user reads
// first and is not where the link goes.

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
