// An endpoint's input, stopped for as long as any reason to stop it holds. Independent reasons stop one
// peer: the other peer reads slower than this one writes (its back-pressure), this peer's messages queue
// behind a slow step (its lane is full), and the guard's own words to this peer wait unread (peer-output.ts);
// a server also while it floods its output with messages that are not JSON-RPC (noise-budget.ts).
// Each is set and cleared on its own; reading resumes once none holds (a single pause/resume pair shared by
// all would let one reason's end resume what another still stops).
export type StopReason = "peer_backed_up" | "lane_full" | "own_words_unread" | "flooding";

export class Valve {
  private readonly reasons = new Set<StopReason>();

  constructor(private readonly input: { pause(): void; resume(): void }) {}

  set(reason: StopReason, stop: boolean): void {
    const wasStopped = this.reasons.size > 0;
    if (stop) this.reasons.add(reason);
    else this.reasons.delete(reason);
    const stopped = this.reasons.size > 0;
    if (stopped === wasStopped) return;
    if (stopped) this.input.pause();
    else this.input.resume();
  }
}
