export * from "./harness.js";
export * from "./scenario.js";
