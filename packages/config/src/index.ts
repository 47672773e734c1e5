export * from "./schema.js";
export * from "./load.js";
export * from "./runtime.js";
export { floorMerge } from "./merge.js";
export { readSecretsFile, secretsFilePath } from "./secrets-file.js";
export { CLIENT_REQUEST_METHODS } from "./client-methods.js";
