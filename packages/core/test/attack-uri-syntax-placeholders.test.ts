// False refusal (round 45, found from outside): documentation writes a URI's syntax with bracketed optional
// parts, `scheme://[[user][:pass]@]host[:port]/` (apt-transport-http(7), curl, git, many READMEs), and the scanner
// reads `[:pass]@]host` as a connection string's password and redacts it, so `man apt-transport-http` reaches the
// agent with its syntax line broken (`[[user][:[REDACTED:connection_string]@]host[:port]/`) and a tool call that
// quotes it is refused. A grammar with brackets is no credential; a correct guard lets a URI whose user and
// password are bracketed placeholders pass, while `https://deploy:Xk9#mQ2v@host/` is still redacted.
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
/** `man -P cat apt-transport-http` (apt 2.6), the paragraph with the syntax. */
const APT_HTTP = [
  "       should be used only for certain hosts can be specified via Acquire::http::Proxy::host.",
  "       Even more fine-grained control can be achieved via proxy autodetection, detailed further",
  "       below. All these options use the URI format scheme://[[user][:pass]@]host[:port]/.",
  "       Supported URI schemes are socks5h (SOCKS5 with remote DNS resolution), http and https.",
].join("\n");

describe("a URI's syntax in documentation", () => {
  it("apt-transport-http's syntax line passes unredacted", () => {
    expect(shown(APT_HTTP)).toBe(APT_HTTP);
  });

  it("the other bracketed spellings of the syntax pass unredacted", () => {
    const syntax = "Proxies: http://[user[:password]@]host[:port] or socks5://[user:pass@]host\n";
    expect(shown(syntax)).toBe(syntax);
  });

  it("a real password inside brackets is still redacted", () => {
    expect(shown("proxy: http://[deploy:Xk9mQ2vLp7tRw4z]@proxy.example.com:3128/\n")).not.toContain(
      "Xk9mQ2vLp7tRw4z",
    );
  });

  it("a real password in a URL is still redacted", () => {
    expect(
      shown('Acquire::http::Proxy "http://deploy:Xk9#mQ2vLp7tRw4z@proxy.example.com:3128/";'),
    ).not.toContain("Xk9#mQ2vLp7tRw4z");
  });
});
