export * from "./jsonrpc.js";
export * from "./line-splitter.js";
export * from "./errors.js";
export * from "./pipeline.js";
export * from "./audit-event.js";
