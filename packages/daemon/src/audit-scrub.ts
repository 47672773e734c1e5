// What the audit may keep of the values a peer chose: the method, the target (tool, prompt or URI) and the
// JSON-RPC id. A method the specification defines and a short integer id carry nothing and are kept; any
// other method or id is kept only as a keyed digest (rows about the same value still match, and a value
// detection would miss, such as "answer-536-22-8471", still never reaches the disk). A target is kept as it
// is only when detection ran on it and found nothing; otherwise it is digested too.
import { createHmac } from "node:crypto";
import { isSpecMethod, type Scanner } from "@mcp-guard/core";

const CACHE_MAX = 2048;

export class AuditScrub {
  /** Recent verdicts, so the names a session uses over and over are scanned once. */
  private readonly cache = new Map<string, string>();

  constructor(
    private readonly scanner: Scanner | undefined,
    private readonly key: string,
  ) {}

  method(method: string | null): string | null {
    if (method === null || isSpecMethod(method)) return method;
    return this.digest(method);
  }

  /** A target was cut at its bound ("…"): a value cut in two may hide from detection, so it is digested. */
  target(target: string | null): string | null {
    if (target === null) return null;
    return target.endsWith("…") ? this.digest(target) : this.text(target);
  }

  /** Integers shorter than a card number carry nothing detection looks for; everything else is digested. */
  id(id: string | number | null): string | null {
    if (id === null) return null;
    if (typeof id === "number" && Number.isSafeInteger(id) && Math.abs(id) < 1e11) return String(id);
    return this.digest(String(id));
  }

  private text(value: string): string {
    const known = this.cache.get(value);
    if (known !== undefined) return known;
    const clean = this.scanner !== undefined && this.scanner.scan(value, "audit").findings.length === 0;
    const stored = clean ? value : this.digest(value);
    if (this.cache.size >= CACHE_MAX) {
      const oldest = this.cache.keys().next();
      if (!oldest.done) this.cache.delete(oldest.value);
    }
    this.cache.set(value, stored);
    return stored;
  }

  private digest(value: string): string {
    return `hmac:${createHmac("sha256", this.key).update(value).digest("hex").slice(0, 24)}`;
  }
}
