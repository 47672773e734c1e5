export * from "./schema.js";
export * from "./load.js";
export * from "./runtime.js";
export { floorMerge } from "./merge.js";
export { readSecretsFile, secretsFilePath } from "./secrets-file.js";
