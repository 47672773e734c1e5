// The verdict about one listed definition, decided from facts (its digest, its pin, its poison score, its
// hidden characters) and the policy in force. The same function decides when a list is shown, when a call
// arrives in any session, and what `mcp-guard status` reports as withheld.
import type { ErrorReason } from "../errors.js";
import type { IntegrityRules } from "../policy/policy.js";
import { HIDDEN_IN_A_KEY } from "./hidden.js";
import type { ListedState } from "./pins.js";

export type Judgement =
  | { ok: true }
  | {
      ok: false;
      reason: Extract<
        ErrorReason,
        "hidden_characters" | "tool_changed" | "tool_poisoned" | "server_poisoned" | "tool_not_approved"
      >;
      signals?: readonly string[];
    };

const OK: Judgement = Object.freeze({ ok: true });

/**
 * Hidden characters withhold a definition when the policy blocks them, or strips them and some cannot be
 * stripped (in a key); `flag` shows them as they are.
 */
export function hiddenWithheld(hidden: readonly string[] | null, rules: IntegrityRules): boolean {
  if (hidden === null) return false;
  return (
    rules.hidden_characters === "block" ||
    (rules.hidden_characters === "strip" && hidden.includes(HIDDEN_IN_A_KEY))
  );
}

/**
 * A definition that matches its pin is approved when a person approved it, or when it was pinned on first
 * sight and does not read as poisoned now: a pin made on first use only trusted what was seen first, without
 * what is known since (the tools the user's other servers list, a better reading). Anything else is compared
 * against the pin before its poison score, so a rug pull is a pending change whatever its score.
 */
export function judge(d: ListedState, rules: IntegrityRules): Judgement {
  if (hiddenWithheld(d.hidden, rules)) return { ok: false, reason: "hidden_characters" };
  const pinning = rules.pin !== "off";
  const poisoned = d.poisonScore >= rules.poison_threshold && rules.poisoned !== "warn";
  if (pinning && d.pinnedHash === d.hash && !(poisoned && d.pinnedOnFirstUse === true)) return OK;
  const signals = poisoned ? { signals: d.signals } : {};
  if (pinning && d.pinnedHash === d.hash)
    return {
      ok: false,
      reason: rules.poisoned === "block_server" ? "server_poisoned" : "tool_poisoned",
      ...signals,
    };
  if (pinning && d.pinnedHash !== undefined && (rules.pin === "enforce" || poisoned))
    return { ok: false, reason: "tool_changed", ...signals };
  if (poisoned)
    return {
      ok: false,
      reason: rules.poisoned === "block_server" ? "server_poisoned" : "tool_poisoned",
      ...signals,
    };
  if (rules.pin === "enforce" && d.pinnedHash === undefined)
    return { ok: false, reason: "tool_not_approved" };
  return OK;
}
