export { buildDashboard, type Dashboard, type DashboardOptions } from "./app.js";
export { METRIC_NAMES } from "./metrics.js";
export type { AuditEntry, AuditFilter, ApprovalEntry, DashboardSource, PinChange } from "./source.js";
