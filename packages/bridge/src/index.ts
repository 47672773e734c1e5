export { runBridge, BridgeError, type BridgeOptions } from "./bridge.js";
