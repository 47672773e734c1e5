export { buildQuery, formatRow, parseDuration } from "./commands/logs.js";
