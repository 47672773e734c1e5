// Attack (round 49, found from outside): a browser's "Copy as cURL" of a signed-in page carries the site's
// session cookie in `-H 'cookie: …'`. The scanner finds it when its name says session, sid, auth or token
// (sessionid, user_session, ESTSAUTH, li_at…), but the sessions of some of the largest sites are named
// otherwise: Spotify's `sp_dc`, Facebook's
// `xs` beside `c_user`, the AWS console's `aws-creds`, Amazon's `at-main`. Each of these is the signed-in
// account; it reaches the client whole from a HAR or a saved curl line and can be sent to a server. A correct
// guard knows these sites' session cookies by name (as it knows li_at, ESTSAUTH and .ROBLOSECURITY) and redacts their values.
// Round 50: not by a list of sites' names but by the value's shape (secrets/cookie-header-values.ts): in a
// Cookie or Set-Cookie header or a cookie jar's row, a long value with a random run of mixed letters and
// digits; the analytics, consent and preference cookies beside them pass.
import { describe, expect, it } from "vitest";
import { DEFAULT_ACTIONS, FALLBACK_ACTIONS } from "../src/detect/actions.js";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** What the client is shown under the default actions (a type the table does not know counts as a secret). */
const shown = (text: string) => {
  const redacted = (type: string) => (DEFAULT_ACTIONS[type] ?? FALLBACK_ACTIONS).response === "redact";
  const out = scanner.scan({ content: [{ type: "text", text }] }, "result", redacted);
  return (out.value as { content: { text: string }[] }).content[0]!.text;
};

const CURLS: [string, string, string][] = [
  [
    "Spotify's sp_dc",
    "curl 'https://open.spotify.com/get_access_token' -H 'cookie: sp_t=1f2e3d4c5b6a; sp_dc=AQBk3Qm8vT2xR9pL4wN7cF1hJ6dS0gB5yA3eU8iO2qZ4mX7vK1tR6pL9wN3cF8hJ2dS5gB0yA7eU4iO1qZ9mX3v; sp_landing=https%3A%2F%2Fopen.spotify.com%2F'",
    "AQBk3Qm8vT2xR9pL4wN7cF1hJ6dS0gB5yA3eU8iO2qZ4mX7vK1tR6pL9wN3cF8hJ2dS5gB0yA7eU4iO1qZ9mX3v",
  ],
  [
    "Facebook's xs",
    "curl 'https://www.facebook.com/api/graphql/' -H 'cookie: datr=Xk8mQ3vT7pL2wN9cF4hJ6dS1; c_user=100012345678901; xs=48%3AXk8mQ3vT7pL2wN%3A2%3A1700000000%3A-1%3A8811; fr=0abc'",
    "48%3AXk8mQ3vT7pL2wN%3A2%3A1700000000%3A-1%3A8811",
  ],
  [
    "the AWS console's aws-creds",
    "curl 'https://console.aws.amazon.com/' -H 'cookie: aws-creds=Xk8mQ3vT7pL2wN9cF4hJ6dS1gB0yA5eU3iO8qZ2mX7v; aws-userInfo=%7B%22arn%22%3A%22x%22%7D'",
    "Xk8mQ3vT7pL2wN9cF4hJ6dS1gB0yA5eU3iO8qZ2mX7v",
  ],
  [
    "Amazon's at-main",
    "curl 'https://www.amazon.com/gp/your-account/order-history' -H 'cookie: session-id=135-1234567-1234567; ubid-main=131-1234567-1234567; at-main=Atza|IwEBIQm8vT2xR9pL4wN7cF1hJ6dS0gB5yA3eU8iO2qZ4mX7vK1tR6pL9wN3cF8hJ2dS5gB0yA7e'",
    "IwEBIQm8vT2xR9pL4wN7cF1hJ6dS0gB5yA3eU8iO2qZ4mX7vK1tR6pL9wN3cF8hJ2dS5gB0yA7e",
  ],
];

describe("a site's session cookie under a name that does not say session", () => {
  it("LinkedIn's li_at in the same shape is redacted (the harness sees what the scanner does)", () => {
    const value = "AQEDAR4kQm8vT2xR9pL4wN7cF1hJ6dS0gB5yA3eU8iO2qZ4mX7vK1tR6pL9wN3cF8hJ2dS5gB0yA7eU4iO1qZ";
    expect(
      shown(`curl 'https://www.linkedin.com/feed/' -H 'cookie: bcookie="v=2&0f1e"; li_at=${value}'`),
    ).not.toContain(value);
  });

  it.each(CURLS)("%s is redacted", (_name, text, value) => {
    expect(shown(text)).not.toContain(value);
  });

  it("a cookie jar's row holds the same value under its odd name", () => {
    const value = "AQBk3Qm8vT2xR9pL4wN7cF1hJ6dS0gB5yA3eU8iO2qZ4mX7vK1tR6pL9wN3cF8hJ2dS5gB0yA7eU4iO1qZ9mX3v";
    expect(shown(`.spotify.com\tTRUE\t/\tTRUE\t1767225600\tsp_dc\t${value}\n`)).not.toContain(value);
  });

  it("analytics, consent and preference cookies pass unchanged", () => {
    const header =
      "Cookie: _ga=GA1.2.1234567890.1700000000; _fbp=fb.1.1700000000000.1234567890; " +
      "OptanonConsent=isGDPRApplicable%3Dtrue%26datestamp%3DMon%2BNov%2B27%2B2023; theme=dark; " +
      "sp_landing=https%3A%2F%2Fopen.spotify.com%2F%3Fsp_cid%3Dabc; " +
      "aws-userInfo=%7B%22arn%22%3A%22arn%3Aaws%3Aiam%3A%3A123456789012%3Auser%2FAlice2024%22%7D\n";
    expect(shown(header)).toBe(header);
  });

  // Review of round 50: the header as a fetch tool takes it, a headers object's member, not a line.
  it("a headers object's Cookie holds the same value, found in an argument and redacted in a result", () => {
    const value = "AQBk3Qm8vT2xR9pL4wN7cF1hJ6dS0gB5yA3eU8iO2qZ4mX7vK1tR6pL9wN3cF8hJ2dS5gB0yA7eU4iO1qZ9mX3v";
    const headers = { Accept: "text/html", Cookie: `theme=dark; sp_dc=${value}; lang=en` };
    const sent = scanner.scan({ url: "https://open.spotify.com/", headers }, "params", () => true);
    expect(sent.findings.map((f) => f.type)).toContain("session_cookie");
    const answered = scanner.scan({ structuredContent: { headers } }, "result", () => true);
    expect(JSON.stringify(answered.value)).not.toContain(value);
    expect(JSON.stringify(answered.value)).toContain("theme=dark");
  });

  it("a headers object's ordinary cookies pass unchanged", () => {
    const headers = { cookie: "theme=dark; lang=en; _ga=GA1.2.1234567890.1700000000" };
    expect(scanner.scan({ headers }, "params", () => true).findings).toEqual([]);
  });
});

// Round 51: the header's prefilter looked for "ookie" or "OOKIE" only, so a header name in mixed case
// (header names are case-insensitive: `CoOkie:`, `Set-CooKie:`) skipped the value reading altogether.
describe("a Cookie header whose name is written in mixed case", () => {
  const value = "AQBk3Qm8vT2xR9pL4wN7cF1hJ6dS0gB5yA3eU8iO2qZ4mX7vK1tR6pL9wN3cF8hJ2dS5gB0yA7eU4iO1qZ9mX3v";
  it.each(["CoOkie", "Set-CooKie", "COOKIe"])("%s: the session's value is redacted", (name) => {
    expect(shown(`${name}: sp_t=1f2e3d4c5b6a; sp_dc=${value}`)).not.toContain(value);
  });
});
