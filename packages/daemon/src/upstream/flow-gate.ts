// Whether an HTTP upstream's answers are read on: closed while the session has stopped reading its server
// (the client reads slowly, or the client's messages queue), open otherwise. The answer bodies of that
// upstream's requests pass through it (node-fetch.ts), so a server that streams to a client that has stopped
// reading is held back by TCP, as a stdio server is by its pipe, instead of filling the daemon's memory.
export class FlowGate {
  private opened: Promise<void> | undefined;
  private release: (() => void) | undefined;

  close(): void {
    if (this.opened) return;
    this.opened = new Promise<void>((resolve) => (this.release = resolve));
  }

  open(): void {
    const release = this.release;
    this.opened = undefined;
    this.release = undefined;
    release?.();
  }

  /** Resolves at once while open, else once opened. */
  passed(): Promise<void> | undefined {
    return this.opened;
  }
}
