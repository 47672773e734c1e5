// The database file as a connection opened it. A file deleted while a connection holds it open (a cleanup
// script, a "reset" guide's `rm`), or another put in its place, goes on taking that connection's writes on the
// old inode, which nothing at the path shows again: `mcp-guard logs` reads the path. So the daemon compares
// the path's inode with the one it opened before it lets what it audited leave (audit-writer.ts): one stat
// per event-loop turn that audits something, not one per call.
import { statSync } from "node:fs";

export class OpenedFile {
  private readonly dev: number;
  private readonly ino: number;

  /** `path` was just opened: the file there now is the one the connection holds. */
  constructor(readonly path: string) {
    const opened = statSync(path);
    this.dev = opened.dev;
    this.ino = opened.ino;
  }

  /** Why the path no longer names the file opened (deleted, replaced, unreadable), or undefined while it does. */
  moved(): string | undefined {
    try {
      const now = statSync(this.path, { throwIfNoEntry: false });
      if (now === undefined) return `the audit database ${this.path} was deleted while the daemon ran`;
      if (now.dev !== this.dev || now.ino !== this.ino)
        return `the audit database ${this.path} was replaced by another file while the daemon ran`;
      return undefined;
    } catch (err) {
      return `the audit database ${this.path} cannot be looked at: ${(err as Error).message}`;
    }
  }
}
