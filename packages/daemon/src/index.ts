export { Daemon, VERSION, type DaemonOptions, type DaemonStatus } from "./daemon.js";
export { AlreadyRunningError } from "./home.js";
export { TransportUpstream, type Upstream } from "./upstream/index.js";
export { serverEnvironment } from "./server-env.js";
export { TokenStore, endpoints, tokenRequest, refresh, type StoredTokens } from "./oauth-tokens.js";
export { loadConfigApart, type LoadedConfig } from "./config-process.js";
export { redactShown } from "./shown-text.js";
