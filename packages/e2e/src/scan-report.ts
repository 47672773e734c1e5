// What `mcp-guard scan --json` reports of a project's editor configs, as the onboarding attack tests read it.

export interface ScanReport {
  servers: number;
  findings: { server: string; problem: string }[];
}

/** The servers a scan reports as launched without mcp-guard, sorted. */
export const unguardedIn = (report: ScanReport): string[] =>
  report.findings
    .filter((f) => f.problem === "launched without mcp-guard")
    .map((f) => f.server)
    .sort();
