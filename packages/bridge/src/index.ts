export { runBridge, BridgeError, type BridgeOptions } from "./bridge.js";
export { credentialsFromEnvironment } from "./credentials.js";
