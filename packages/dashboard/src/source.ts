// What the dashboard shows and acts on, supplied by the daemon. Plain data only: the dashboard knows no
// database, config or session internals.
export interface AuditEntry {
  id?: number | undefined;
  ts: number;
  session_id: string;
  server: string;
  direction: string;
  kind: string;
  method: string | null;
  target: string | null;
  identity: string;
  decision: string;
  reason: string | null;
  /** What each check decided, in order (the daemon reads stored rows' traces back into steps). */
  trace: readonly TraceStep[];
  latency_ms: number;
}

export interface TraceStep {
  interceptor: string;
  action: string;
  findings?: string[] | undefined;
}

export interface AuditFilter {
  server?: string | undefined;
  /** As the person typed them: the source also matches the rows that keep them as digests. */
  method?: string | undefined;
  /** A tool or prompt name or resource URI. */
  target?: string | undefined;
  decision?: string | undefined;
  identity?: string | undefined;
  beforeId?: number | undefined;
  limit: number;
}

export interface ApprovalEntry {
  id: string;
  server: string;
  tool: string;
  identity: string;
  amount: number | null;
  currency: string | null;
  why: string;
  status: string;
  created_at: number;
  expires_at: number;
  arguments: string;
}

export interface PinChange {
  server: string;
  kind: string;
  /** As shown: a value detection finds in it is redacted. */
  name: string;
  /** The change's id (d…), which approves it whatever its name. */
  id: string;
  seen_at: number;
  diff: string[];
}

export interface DashboardSource {
  status(): object;
  audit(filter: AuditFilter): AuditEntry[];
  decisionsPerMinute(sinceMs: number): { minute: number; decision: string; n: number }[];
  approvals(): ApprovalEntry[];
  decide(id: string, decision: "approved" | "denied", by: string, reason: string | undefined): boolean;
  pinChanges(): PinChange[];
  /** Approves the pending change of that name, or with that id (d…). */
  approvePin(server: string, kind: string, name: string, by: string): boolean;
  auditQueueDepth(): number;
}
