export { runBridge, BridgeError, descriptorsPassable, type BridgeOptions } from "./bridge.js";
export { credentialsFromEnvironment, type OwnerOnlyCheck } from "./credentials.js";
