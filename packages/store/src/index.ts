export * from "./database.js";
export * from "./audit-repository.js";
