// Attack (round 44, found from outside; a miss): Go's net/http reports a failed request as a *url.Error,
// printed `Get "https://host/path?access_token=…": dial tcp …: connection refused`: the URL quoted and
// followed by a colon. Kubernetes components (klog lines from client-go reflectors), Terraform providers,
// Prometheus, Grafana and every Go CLI print these, so a token passed in a query string reaches an agent in
// their logs. The scanner redacts `access_token=` in a URL standing alone, in quotes, or after `GET`, and here
// too when another parameter follows it, but not when the token ends the URL and the closing quote is
// followed by `:`: the quoted URL is then taken for a JSON key, whose text is not judged as a value. A correct guard judges a query's credential wherever the URL stands, also inside what looks like a
// key.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const shown = (text: string) => {
  const out = scanner.scan({ content: [{ type: "text", text }] }, "result", () => true);
  return (out.value as { content: { text: string }[] }).content[0]!.text;
};

const TOKEN = "q8Zk3LmW9vR2tP7xN4bC1dF6gH0jK5sA";

describe("a token in the URL of a Go url.Error", () => {
  it("the control: the same URL in quotes without the colon is redacted", () => {
    expect(shown(`"https://api.example.com/v1/items?access_token=${TOKEN}"\n`)).not.toContain(TOKEN);
  });

  it("a client-go reflector's error line is redacted", () => {
    const text = `E1127 10:14:02.123456       1 reflector.go:138] k8s.io/client-go/informers/factory.go:150: Failed to watch *v1.Secret: failed to list *v1.Secret: Get "https://api.example.com/api/v1/secrets?limit=500&access_token=${TOKEN}": dial tcp 192.0.2.10:443: connect: connection refused\n`;
    expect(shown(text)).not.toContain(TOKEN);
  });

  it("a Go CLI's error is redacted", () => {
    const text = `Error: Get "https://api.example.com/v1/items?access_token=${TOKEN}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)\n`;
    expect(shown(text)).not.toContain(TOKEN);
  });
});
