// The configuration schema: the single source of the config types. Objects are strict, so a typo is an
// error with a "did you mean" rather than a silently ignored rule.
import { z } from "zod";

const envName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "must be an environment variable name");

export const serverSchema = z
  .strictObject({
    transport: z.enum(["stdio", "sse", "streamable-http"]).default("stdio"),
    command: z.string().min(1).optional(),
    args: z.array(z.string()).default([]),
    env: z.record(z.string(), z.string()).default({}),
    /** Names of daemon environment variables passed to this server on top of the safe set. */
    env_passthrough: z.array(envName).default([]),
    cwd: z.string().min(1).optional(),
    url: z.url().optional(),
    /** Sent as `Authorization: Bearer …` to HTTP upstreams; never to stdio servers. Empty means none. */
    upstream_auth_token: z.preprocess((v) => (v === "" ? undefined : v), z.string().optional()),
  })
  .superRefine((server, ctx) => {
    if (server.transport === "stdio" && !server.command) {
      ctx.addIssue({ code: "custom", path: ["command"], message: "a stdio server needs a command" });
    }
    if (server.transport !== "stdio" && !server.url) {
      ctx.addIssue({ code: "custom", path: ["url"], message: `a ${server.transport} server needs a url` });
    }
    if (server.transport !== "stdio" && server.command) {
      ctx.addIssue({
        code: "custom",
        path: ["command"],
        message: `a ${server.transport} server takes a url, not a command`,
      });
    }
  });

export const daemonSchema = z.strictObject({
  home: z.string().min(1).optional(),
  socket_path: z.string().min(1).optional(),
  /** Seconds to let in-flight requests finish on shutdown before their sessions are closed. */
  shutdown_timeout: z.number().positive().max(600).default(30),
  log_level: z.enum(["trace", "debug", "info", "warn", "error", "fatal"]).default("info"),
  dashboard_port: z.number().int().min(0).max(65535).default(9777),
  /** The largest single JSON-RPC message accepted in either direction. */
  max_message_bytes: z
    .number()
    .int()
    .min(1024)
    .max(512 * 1024 * 1024)
    .default(32 * 1024 * 1024),
  /** Names of daemon environment variables every stdio server receives on top of the safe set. */
  env_passthrough: z.array(envName).default([]),
});

export const auditSchema = z.strictObject({
  retention_days: z.number().positive().max(36500).default(90),
});

export const configSchema = z.strictObject({
  servers: z.record(
    z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "server names use letters, digits, . _ -"),
    serverSchema,
  ),
  daemon: daemonSchema.default(() => daemonSchema.parse({})),
  audit: auditSchema.default(() => auditSchema.parse({})),
});

export type Config = z.infer<typeof configSchema>;
export type ServerConfig = z.infer<typeof serverSchema>;
export type DaemonConfig = z.infer<typeof daemonSchema>;
