// What waits for one peer to read it, as far as the session must know. What the guard forwards to a peer is
// bounded by the other peer: its sender is no longer read while this one reads slowly (valve.ts). What the
// guard says to a peer on its own (a refusal, a parse error, a notice) is caused by this peer's own input,
// so a peer that keeps writing and never reads would have the daemon queue the guard's answers to it without
// end (a 1 MB id is 1 MB queued per refusal). Once the guard has spoken to a peer whose output is backed up,
// that peer is no longer read until it has read what waits for it, as a server over a pipe blocks once its
// output is full.
//
// Only then, not whenever its output is backed up: a stdio server that reads a pipelined backlog only as it
// writes its answers would otherwise wait for itself (the guard would stop reading its answers, it would
// block writing them and never read the rest of its input), and so would a client that writes a request
// while it has not read all the server sent it.
import type { Valve } from "./valve.js";

export class PeerOutput {
  private waiting = false;

  constructor(private readonly input: Valve) {}

  /** The peer reads slower than the session writes to it. */
  get backedUp(): boolean {
    return this.waiting;
  }

  /** The peer's endpoint reported back-pressure (true), or that it has read all that waited (false). */
  set(backedUp: boolean): void {
    this.waiting = backedUp;
    if (!backedUp) this.input.set("own_words_unread", false);
  }

  /** The guard is about to send this peer a message of its own. */
  spoke(): void {
    if (this.waiting) this.input.set("own_words_unread", true);
  }
}
