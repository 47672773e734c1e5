export { Daemon, VERSION, type DaemonOptions, type DaemonStatus } from "./daemon.js";
export { AlreadyRunningError, lockHolder } from "./home.js";
