// A Terraform plan prints a changed attribute as `~ name = "old" -> "new"`; an attribute the provider does not
// mark sensitive (an RDS master_password set from a variable, a task's environment map) shows both values in
// the clear. The assignment rules read the old value after `=`; the new one, after the arrow, is the
// credential the apply is about to set, judged as the old one is.
import type { SecretRule } from "./engine.js";
import { ASSIGNED_NAME, strongEnough } from "./context-rules.js";

/** The start of a plan's changed line, up to the old value's opening quote: its name, quoted or bare. */
const CHANGED_LINE =
  /(?:^|\n)[ \t]{0,40}~[ \t]{1,4}"?([A-Za-z0-9_.-]{1,64})"?[ \t]{0,40}=[ \t]{0,4}"[^"\n]{0,256}$/;

function changedCredential(match: RegExpExecArray): string | undefined {
  const line = CHANGED_LINE.exec(match.input.slice(Math.max(0, match.index - 400), match.index));
  const name = line?.[1];
  return name !== undefined && ASSIGNED_NAME.test(name) ? name : undefined;
}

export const PLAN_NEW_VALUE: SecretRule = {
  type: "secret_assignment",
  generic: true,
  keywords: ['" -> "'],
  pattern: /" -> "([^"\s]{6,256})"/,
  group: 1,
  validate: (value, match) => {
    const name = changedCredential(match);
    if (name === undefined) return false;
    return strongEnough(value, /pass|pwd|pw$/i.test(name) ? "password" : "secret");
  },
};
