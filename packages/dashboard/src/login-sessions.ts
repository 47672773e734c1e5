// The secrets a browser holds after redeeming a login code. The page keeps its secret in sessionStorage and
// sends it in a header: a cookie would go to every port of 127.0.0.1 (cookies are not kept apart by port),
// so any other local web server the person visits would receive a credential for this dashboard.
// Held in memory only: a restarted daemon asks for a new login link.
import { createHash, randomBytes } from "node:crypto";

/** How long one login lasts, used or not: a secret left in a forgotten tab stops working within a day. */
export const SESSION_TTL_MS = 12 * 60 * 60_000;
/** Logins kept at once; the oldest goes first (each one came from a code `mcp-guard dashboard` printed). */
export const MAX_SESSIONS = 64;

// Kept by their digest, so looking one up is a map lookup on a value an attacker cannot steer to collide.
const digest = (secret: string) => createHash("sha256").update(secret).digest("hex");

export class LoginSessions {
  private readonly expiries = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  /** A new secret, valid for SESSION_TTL_MS. */
  open(): string {
    const secret = randomBytes(32).toString("hex");
    for (const [key, expires] of this.expiries) if (expires < this.now()) this.expiries.delete(key);
    if (this.expiries.size >= MAX_SESSIONS) this.expiries.delete(this.expiries.keys().next().value!);
    this.expiries.set(digest(secret), this.now() + SESSION_TTL_MS);
    return secret;
  }

  /** True for a secret open() returned whose time has not run out. */
  valid(secret: string): boolean {
    const expires = this.expiries.get(digest(secret));
    return expires !== undefined && expires >= this.now();
  }
}
