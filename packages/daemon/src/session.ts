// A session is a router between two endpoints (the client and its server); its parts live in session/.
export {
  ServerUnavailableError,
  Session,
  type SessionOptions,
  type SessionStatus,
} from "./session/router.js";
export { MemoryEndpoint } from "./session/memory-endpoint.js";
export type { Endpoint } from "./session/endpoint.js";
