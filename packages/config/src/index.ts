export * from "./schema.js";
export * from "./load.js";
export { interpolate } from "./interpolate.js";
export { floorMerge } from "./merge.js";
export { readSecretsFile, secretsFilePath } from "./secrets-file.js";
