export * from "./framing.js";
export * from "./paths.js";
export * from "./handshake.js";
export * from "./control-messages.js";
export { ControlProtocolError } from "./checks.js";
export * from "./client.js";
export { isProcessRunning } from "./process-alive.js";
export * from "./daemon-lock.js";
export * from "./socket-appears.js";
