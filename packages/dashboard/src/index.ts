import type { buildDashboard } from "./app.js";

export type { Dashboard, DashboardOptions } from "./app.js";
export { LoginCodes } from "./login-codes.js";
export { Metrics, METRIC_NAMES } from "./metrics.js";
export type { AuditEntry, AuditFilter, ApprovalEntry, DashboardSource, PinChange } from "./source.js";

/**
 * The dashboard's HTTP app, loaded on demand: fastify and its schema compilers weigh several MB that a
 * daemon whose dashboard nobody opens need not hold. Metrics and login codes live outside it, from the start.
 */
export async function loadDashboard(): Promise<typeof buildDashboard> {
  return (await import("./app.js")).buildDashboard;
}
