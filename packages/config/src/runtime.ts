// What the running daemon needs of the config package: plain values and functions over a config already
// loaded and validated. Nothing here loads zod or the YAML parser (they cost the daemon about 5 MB of heap
// for as long as it runs); loading and validating happen in a process of their own (the daemon's
// config-process.ts), or here on demand for servers whose entries use ${VAR} (loadServerCheck).
export { formatIssue, type ConfigIssue } from "./issues.js";
export { interpolate } from "./interpolate.js";
export { DEFAULT_PHONE_REGIONS, PII_ALIASES, defaultPiiConfig } from "./pii-defaults.js";
export { writableByOthers } from "./writable-by-others.js";
export { secretsFilePath } from "./secrets-file.js";
export { configuredServer, ownEntry } from "./configured-server.js";
export {
  loadServerCheck,
  missingReason,
  serverForSession,
  type ServerCheck,
  type ServerVariables,
  type SessionServer,
} from "./session-server.js";
export type * from "./schema.js";
export type { LoadResult } from "./load.js";
