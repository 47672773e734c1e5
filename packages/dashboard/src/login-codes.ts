// One-time login codes for the dashboard link `mcp-guard dashboard` prints. Kept apart from the HTTP app
// so the daemon can hand out a link before that app is loaded.
import { randomBytes } from "node:crypto";

const LOGIN_TTL_MS = 60_000;

export class LoginCodes {
  private readonly codes = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  /** A code that logs a browser in once, within a minute. */
  issue(): string {
    const code = randomBytes(16).toString("hex");
    for (const [c, expires] of this.codes) if (expires < this.now()) this.codes.delete(c);
    this.codes.set(code, this.now() + LOGIN_TTL_MS);
    return code;
  }

  /** True once for a code issued within its minute; the code is spent either way. */
  redeem(code: string): boolean {
    const expires = this.codes.get(code);
    this.codes.delete(code);
    return expires !== undefined && expires >= this.now();
  }
}
