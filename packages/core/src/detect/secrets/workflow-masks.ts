// GitHub Actions' `::add-mask::<value>` workflow command names its value a secret by the writer's own word: the
// runner hides it in the log lines after it. The line that registers it is still printed where a step echoes it
// (`set -x`, a script printing the command) and stands in a workflow's script when the value is written there,
// so whatever follows the command on its line is a secret, whatever its shape, unless it is a reference: an
// expression (`${{ steps.mint.outputs.token }}`) or a variable (`$TOKEN`), which the runner fills in.
import type { SecretRule } from "./engine.js";
import { isReference } from "./placeholders.js";

export const WORKFLOW_MASK: SecretRule = {
  type: "secret_assignment",
  generic: true,
  keywords: ["::add-mask::"],
  pattern: /::add-mask::([^\s"'`]{4,256})(?=[\s"'`]|$)/,
  group: 1,
  validate: (value) => !value.startsWith("$") && !isReference(value),
};
