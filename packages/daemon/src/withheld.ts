// What `mcp-guard status` shows as withheld: every definition a server listed whose verdict, under the
// server's policy, keeps it from the client, with the command that approves it where approval can help.
import { approveCommand, judge, type IntegrityRules, type PinStore } from "@mcp-guard/core";
import type { WithheldDefinition } from "@mcp-guard/wire";

export function withheldDefinitions(
  pins: PinStore,
  server: string,
  rules: IntegrityRules,
): WithheldDefinition[] {
  return pins.listedAll(server).flatMap((d) => {
    const j = judge(d, rules);
    if (j.ok) return [];
    const approve = approveCommand(server, d.kind, d.name, j.reason);
    return [{ kind: d.kind, name: d.name, reason: j.reason, ...(approve ? { approve } : {}) }];
  });
}
