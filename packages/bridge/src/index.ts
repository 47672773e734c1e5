export { runBridge, BridgeError, descriptorsPassable, type BridgeOptions } from "./bridge.js";
export { credentialsFromEnvironment } from "./credentials.js";
