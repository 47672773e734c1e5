export * from "./framing.js";
export * from "./paths.js";
export * from "./handshake.js";
export * from "./client.js";
export { isProcessRunning } from "./process-alive.js";
