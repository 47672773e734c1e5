// Attack (round 44, found from outside; a false refusal): `gh run view --log` prints each line of a GitHub
// Actions job as job name, step name and the runner's timestamp, separated by tabs. A step named for what it
// does with a token ("Get token", "Generate token", the step name actions/create-github-app-token's README
// gives) ends in the word `token`, so the scanner reads the timestamp after it as that token's value and
// redacts it on every line of the step; towards a server (an agent pasting the log into an issue) the text
// is refused as carrying a secret. A correct guard does not take a column's last word for a label, and a
// timestamp (`2026-11-27T10:14:02.1234567Z`) is never a credential.
import { describe, expect, it } from "vitest";
import { DEFAULT_ACTIONS } from "../src/detect/actions.js";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const shown = (text: string) => {
  const redacted = (type: string) => DEFAULT_ACTIONS[type]?.response === "redact";
  const out = scanner.scan({ content: [{ type: "text", text }] }, "result", redacted);
  return (out.value as { content: { text: string }[] }).content[0]!.text;
};

/** `gh run view 123 --log`, the step that mints an app token. */
const RUN_LOG = `build\tSet up job\t2026-11-27T10:14:01.0234567Z Current runner version: '2.321.0'
build\tGenerate token\t2026-11-27T10:14:02.1234567Z ##[group]Run actions/create-github-app-token@v1
build\tGenerate token\t2026-11-27T10:14:02.1334567Z with:
build\tGenerate token\t2026-11-27T10:14:02.1434567Z   app-id: 123456
build\tGenerate token\t2026-11-27T10:14:02.1534567Z ##[endgroup]
build\tGenerate token\t2026-11-27T10:14:03.2234567Z repositories not set, creating token for current repository
`;

describe("a job log whose step is named for a token", () => {
  it("gh run view --log passes unredacted", () => {
    expect(shown(RUN_LOG)).toBe(RUN_LOG);
  });

  it("the control: a step with another name passes", () => {
    const text = "build\tSet up job\t2026-11-27T10:14:01.0234567Z Current runner version: '2.321.0'\n";
    expect(shown(text)).toBe(text);
  });
});

describe("a token printed in a job log", () => {
  it("is still redacted after its name", () => {
    const text =
      "build\tGenerate token\t2026-11-27T10:14:02.1234567Z token: q8Zk3LmW9vR2tP7xN4bC1dF6gH0jK5sA\n";
    expect(shown(text)).not.toContain("q8Zk3LmW9vR2tP7xN4bC1dF6gH0jK5sA");
  });
});
