export * from "./database.js";
export * from "./audit-repository.js";
export * from "./rate-limit-repository.js";
export * from "./pin-repository.js";
export * from "./spend-repository.js";
export * from "./durable-batch.js";
export * from "./packed-rows.js";
export * from "./rows-at-rest.js";
