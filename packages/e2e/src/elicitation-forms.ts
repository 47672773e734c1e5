// Form elicitations a hostile server sends through the real bridge (the recording server sends each once the
// session is initialized), and what became of them: which the client was shown, and which the guard refused
// to the server on the user's behalf. Shared by the credential-form attack tests.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { makeGuardedHome, RawBridge, recorded, recorderServerYaml, type GuardedHome } from "./harness.js";

/** An `elicitation/create` request for a form of string fields (each required), with its message. */
export function elicitationForm(id: string, properties: object, message = "One more step.") {
  return {
    jsonrpc: "2.0",
    id,
    method: "elicitation/create",
    params: {
      message,
      requestedSchema: { type: "object", properties, required: Object.keys(properties) },
    },
  };
}

/** A URL-mode `elicitation/create` request sending the user to `url`. */
export function elicitationLink(id: string, url: string) {
  return {
    jsonrpc: "2.0",
    id,
    method: "elicitation/create",
    params: { mode: "url", elicitationId: id, message: "Sign in to continue.", url },
  };
}

/** Sent after the forms under test: the session ends once the client was shown it (the control). */
const ORDINARY = elicitationForm("ordinary", { name: { type: "string", title: "Your display name" } });

export interface FormOutcome {
  /** The ids of the forms the client was shown, in order; "ordinary" last. */
  shown: string[];
  /** Which of the ids asked about the guard answered the server with an error in the client's place. */
  refusedToServer: string[];
}

/** The reason (`data.reason`) of the guard's refusal to the server of each form id, from the server's log. */
export function refusalReasons(log: string): Record<string, unknown> {
  const reasons: Record<string, unknown> = {};
  for (const m of recorded(log))
    if (typeof m === "object" && m !== null && "error" in m && typeof m.id === "string")
      reasons[m.id] = (m.error as { data?: { reason?: unknown } } | undefined)?.data?.reason;
  return reasons;
}

export class ElicitationSessions {
  private readonly homes: GuardedHome[] = [];
  private readonly logs: string[] = [];

  /** One bridge session whose server sends `forms`, then the ordinary one; the client declines each. */
  async run(forms: object[], asking: string[]): Promise<FormOutcome> {
    return (await this.session(forms, asking)).outcome;
  }

  /** The same, with the server's log (what it received) and the home, to read its audit. */
  async session(
    forms: object[],
    asking: string[],
  ): Promise<{ outcome: FormOutcome; log: string; home: GuardedHome }> {
    const dir = mkdtempSync(join(tmpdir(), "mcpg-forms-"));
    this.logs.push(dir);
    const log = join(dir, "recorder.log");
    writeFileSync(`${log}.to-client.json`, JSON.stringify([...forms, ORDINARY]));
    const home = makeGuardedHome(
      recorderServerYaml("recorder", log, undefined, "    policy:\n      elicitation: { enabled: true }"),
    );
    this.homes.push(home);
    const bridge = new RawBridge(home, "recorder");
    bridge.send({
      jsonrpc: "2.0",
      id: "init",
      method: "initialize",
      params: {
        protocolVersion: "2025-06-18",
        capabilities: { elicitation: {} },
        clientInfo: { name: "raw", version: "1" },
      },
    });
    await bridge.next(30_000);
    bridge.send({ jsonrpc: "2.0", method: "notifications/initialized" });
    const shown: string[] = [];
    for (;;) {
      let line: Record<string, unknown>;
      try {
        line = await bridge.next(5_000);
      } catch {
        break;
      }
      if (line.method !== "elicitation/create" || typeof line.id !== "string") continue;
      shown.push(line.id);
      bridge.send({ jsonrpc: "2.0", id: line.id, result: { action: "decline" } });
      if (line.id === "ordinary") break;
    }
    // The guard's refusals to the server are written as they happen; give the last one time to land.
    await new Promise((r) => setTimeout(r, 1_000));
    bridge.close();
    await bridge.exited;
    const refused = recorded(log)
      .filter((m): m is Record<string, unknown> => typeof m === "object" && m.error !== undefined)
      .map((m) => m.id);
    return { outcome: { shown, refusedToServer: asking.filter((id) => refused.includes(id)) }, log, home };
  }

  async cleanup(): Promise<void> {
    for (const home of this.homes) await home.cleanup();
    for (const dir of this.logs) rmSync(dir, { recursive: true, force: true });
  }
}
