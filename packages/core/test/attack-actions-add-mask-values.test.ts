// Attack (round 44, found from outside; a miss): GitHub Actions' `::add-mask::<value>` workflow command
// exists only to name a secret, so the runner hides it in later log lines, but the line that registers it is
// printed in the step's own log whenever the step echoes it (`echo "::add-mask::$TOKEN"` with `set -x`, or a
// script that prints the command before the runner reads it), and in the workflow's script when the value is
// written there. An agent that fetches a job's log or a script through a GitHub server gets the value as it
// stands: the scanner finds it only when its shape is a known vendor's (a `ghs_` token is caught), not when it
// is a random string, because `add-mask` is not read as a secret's name. A correct guard takes whatever
// follows `::add-mask::` on its line as a secret, unless it is an expression (`${{ … }}`) or a variable
// (`$TOKEN`), which are references.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const shown = (text: string) => {
  const out = scanner.scan({ content: [{ type: "text", text }] }, "result", () => true);
  return (out.value as { content: { text: string }[] }).content[0]!.text;
};

const VALUE = "Wq8zP3mKv9rT2xLn5Bc7Df1Gh4Js6Ka";

/** A job's log as `gh run view --log` prints it, with the step traced by `set -x`. */
const JOB_LOG = `deploy\tMask\t2026-11-27T10:14:02.1234567Z ##[group]Run ./scripts/mint-token.sh
deploy\tMask\t2026-11-27T10:14:02.2345678Z + echo '::add-mask::${VALUE}'
deploy\tMask\t2026-11-27T10:14:02.3456789Z ::add-mask::${VALUE}
deploy\tMask\t2026-11-27T10:14:02.4567890Z ##[endgroup]
`;

describe("a value registered with ::add-mask::", () => {
  it("the control: a GitHub token after it is found by its shape", () => {
    expect(shown("::add-mask::ghs_Jd8kQ2mX9pL4vR7tZ1wY3nB6cD0eH5jAsFgK\n")).not.toContain(
      "ghs_Jd8kQ2mX9pL4vR7tZ1wY3nB6cD0eH5jAsFgK",
    );
  });

  it("a random value in a job's log is redacted", () => {
    expect(shown(JOB_LOG)).not.toContain(VALUE);
  });

  it("a random value written in a workflow's script is redacted", () => {
    const text = `      - name: Mask\n        run: echo "::add-mask::${VALUE}"\n`;
    expect(shown(text)).not.toContain(VALUE);
  });

  it("an expression after it is a reference and stays", () => {
    const text = '        run: echo "::add-mask::${{ steps.mint.outputs.token }}"\n';
    expect(shown(text)).toBe(text);
  });
});
