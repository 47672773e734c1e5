// What `mcp-guard status` shows as withheld: every definition a server listed whose verdict, under the
// server's policy, keeps it from the client, with the command that approves it where approval can help. A
// name holding a secret (a tool named after a token) is shown redacted, and its change approved by its id.
import {
  approveCommand,
  definitionChangeId,
  judge,
  type IntegrityRules,
  type PinStore,
} from "@mcp-guard/core";
import type { WithheldDefinition } from "@mcp-guard/wire";
import { shownName } from "./shown-text.js";

export function withheldDefinitions(
  pins: PinStore,
  server: string,
  rules: IntegrityRules,
): WithheldDefinition[] {
  return pins.listedAll(server).flatMap((d) => {
    const j = judge(d, rules);
    if (j.ok) return [];
    const name = shownName(d.name);
    let approve = approveCommand(server, d, j.reason);
    if (approve !== undefined && name !== d.name)
      approve = `mcp-guard approvals approve ${definitionChangeId({ server, ...d })}`;
    return [{ kind: d.kind, name, reason: j.reason, ...(approve ? { approve } : {}) }];
  });
}
