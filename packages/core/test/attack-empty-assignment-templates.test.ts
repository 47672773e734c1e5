// Attack (round 50, false refusal found from the outside): Maven's bash completion offers the release
// plugin's properties as empty assignments (`"username= message= passphrase= password= scmVersion= …"`, in
// /usr/share/bash-completion/completions/mvn), and the scanner reads `password=` as having the next word
// (`scmVersion=`) for its value and redacts it (towards a server: the call is blocked). Lists of empty
// `name=` templates are how completion scripts, help texts and .env.example files show which settings exist.
// A correct guard reads a name followed by `=` and then a blank as empty, and never takes the next `name=` as
// its value.
import { describe, expect, it } from "vitest";
import { DEFAULT_ACTIONS, FALLBACK_ACTIONS } from "../src/detect/actions.js";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const redacted = (type: string) => (DEFAULT_ACTIONS[type] ?? FALLBACK_ACTIONS).response === "redact";
/** What the client is shown under the default actions (a type the table does not know counts as a secret). */
const shown = (text: string) => {
  const out = scanner.scan({ content: [{ type: "text", text }] }, "result", redacted);
  return (out.value as { content: { text: string }[] }).content[0]!.text;
};
/** The types that would block the text as a tool's argument (towards the server). */
const blockedAsArgument = (text: string) =>
  scanner
    .scan({ content: [{ type: "text", text }] }, "request", () => false)
    .findings.map((f) => f.type)
    .filter((type) => (DEFAULT_ACTIONS[type] ?? FALLBACK_ACTIONS).request === "block");

/** From /usr/share/bash-completion/completions/mvn (maven 3.8, line 652). */
const MVN = `	elif [[ \${cur} == -D* ]] ; then
		__mvncomp "username= message= passphrase= password= scmVersion= $(__mvnlist_prefix 'scmVersionType=' \${versionType})" "-D" "\${cur}"
`;

describe("empty name= templates", () => {
  it("Maven's completion list reaches the client whole", () => {
    expect(shown(MVN)).toBe(MVN);
  });

  it("is not blocked as a tool's argument", () => {
    expect(blockedAsArgument(MVN)).toEqual([]);
  });
});
