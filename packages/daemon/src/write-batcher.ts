// Coalesces the writes made while handling one chunk of input into a single write, issued once the current
// synchronous work is done (a microtask, so no added latency). Under load one upstream read often holds
// dozens of messages; writing them one syscall each costs more than the proxying itself.
export class WriteBatcher {
  private parts: string[] = [];
  private scheduled = false;

  constructor(private readonly write: (text: string) => void) {}

  push(text: string): void {
    this.parts.push(text);
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => this.flush());
  }

  flush(): void {
    this.scheduled = false;
    if (this.parts.length === 0) return;
    const only = this.parts[0];
    const text = this.parts.length === 1 && only !== undefined ? only : this.parts.join("");
    this.parts = [];
    this.write(text);
  }
}
