// Attack (round 44, found from outside; a miss): an Apple property list names each value in a `<key>` element
// and gives it in the `<string>` element that follows. Xcode projects keep API credentials this way
// (Info.plist, GoogleService-Info.plist's API_KEY, a `Secrets.plist` beside the app, Fastlane's generated
// plists), and `plutil -convert xml1 -o - …` prints them so. The scanner finds a value there only by its
// shape (a `sk_live_` key is caught): under `<key>ClientSecret</key>` or `<key>password</key>` a random
// value reaches the client whole, though the same pair as `"ClientSecret": "…"` or `password=…` is
// redacted. A correct guard reads `<key>NAME</key>` as naming the next `<string>` (across the whitespace and
// newline between them), as it reads a JSON key.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const shown = (text: string) => {
  const out = scanner.scan({ content: [{ type: "text", text }] }, "result", () => true);
  return (out.value as { content: { text: string }[] }).content[0]!.text;
};

const SECRET = "kT9vQ2xZmL7pR4wBn8Yc3Fd6Hs1Jg5Ka";
const PASSWORD = "Wq8zP3mKv9rT2xLn";

const SECRETS_PLIST = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
\t<key>ClientID</key>
\t<string>com.acme.ios.prod</string>
\t<key>ClientSecret</key>
\t<string>${SECRET}</string>
\t<key>password</key>
\t<string>${PASSWORD}</string>
</dict>
</plist>
`;

describe("a property list's key and string", () => {
  it("the control: the same pair as JSON is redacted", () => {
    expect(shown(`{"ClientSecret": "${SECRET}"}`)).not.toContain(SECRET);
  });

  it("the client secret under <key>ClientSecret</key> is redacted", () => {
    expect(shown(SECRETS_PLIST)).not.toContain(SECRET);
  });

  it("the password under <key>password</key> is redacted", () => {
    expect(shown(SECRETS_PLIST)).not.toContain(PASSWORD);
  });

  it("the client id stays", () => {
    expect(shown(SECRETS_PLIST)).toContain("com.acme.ios.prod");
  });
});
