/**
 * How long the guard waits on a server for what it cannot go on without (the answer to a listing of its own,
 * a Streamable HTTP server's answer to initialize, a legacy SSE server naming its endpoint) when nothing says
 * otherwise: `daemon.server_answer_timeout`'s default (config's schema.ts), for the daemon's own tests that
 * build sessions and transports without a config.
 */
export const DEFAULT_ANSWER_TIMEOUT_MS = 30_000;
