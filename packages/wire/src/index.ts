export * from "./framing.js";
export * from "./paths.js";
export * from "./handshake.js";
export * from "./client.js";
