// The configuration schema: the single source of the config types. Objects are strict, so a typo is an
// error with a "did you mean" rather than a silently ignored rule.
// The numbering plans' metadata alone, not the library's index: the schema asks only which regions exist
// (what isSupportedCountry reads), and the index's 93 modules cost every config load about 0.1 s of CPU.
import metadata from "libphonenumber-js/max/metadata";
import { authProblems, DEFAULT_ROLE } from "./auth-references.js";
import { CLIENT_REQUEST_METHODS } from "./client-methods.js";
import { closest } from "./did-you-mean.js";
import { unreadGlobSyntax } from "./glob-dialect.js";
// As a namespace: esbuild then bundles only what the schema uses. `import { z }` brought all of zod's 49
// locales and its JSON Schema converters into the config loader's bundle (758 KB of code where 170 KB serves).
import * as z from "zod";
import { DEFAULT_PHONE_REGIONS, PII_ALIASES } from "./pii-defaults.js";
import { SECRET_RULE_TYPES } from "./secret-types.js";

const envName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "must be an environment variable name");

/**
 * Exact names, globs (in a URI `*` within a "/" segment and `**` across; in a tool or prompt name `*` matches
 * any characters) or regexes (starting with "^").
 */
const pattern = z
  .string()
  .min(1)
  .superRefine((source, ctx) => {
    const unread = unreadGlobSyntax(source);
    if (unread) ctx.addIssue({ code: "custom", message: unread });
    if (!source.startsWith("^")) return;
    try {
      new RegExp(source, "u");
    } catch (err) {
      ctx.addIssue({ code: "custom", message: `invalid regular expression: ${(err as Error).message}` });
    }
  });
const patterns = z.array(pattern);

/**
 * Names of rules looked up by exact name (require_approval, spend.tools, tool_limits, method_limits). A glob
 * or regex there (written as in the allow and deny lists) would match nothing and guard nothing, so it is
 * refused rather than accepted as a rule that never applies.
 */
function notExact(name: string, what: string): string | undefined {
  if (!name.includes("*") && !name.startsWith("^")) return undefined;
  return `${JSON.stringify(name)}: ${what} takes exact names, not patterns (globs and regexes work only in the allow and deny lists); list each name`;
}

function exactName(what: string) {
  return z
    .string()
    .min(1)
    .superRefine((name, ctx) => {
      const problem = notExact(name, what);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    });
}

/** A record keyed by exact names (see notExact), each refused key reported under its own path. */
function exactKeys<T extends z.ZodType>(what: string, value: T) {
  return z.record(z.string().min(1), value).superRefine((record, ctx) => {
    for (const key of Object.keys(record)) {
      const problem = notExact(key, what);
      if (problem) ctx.addIssue({ code: "custom", path: [key], message: problem });
    }
  });
}

const permissionsSchema = z.strictObject({
  allowed_tools: patterns.optional(),
  denied_tools: patterns.default([]),
  allowed_resources: patterns.optional(),
  denied_resources: patterns.default([]),
  allowed_prompts: patterns.optional(),
  denied_prompts: patterns.default([]),
  /** More allow lists, every one of which must be met too (a merged config keeps the base's here). */
  also_allowed: z
    .strictObject({
      tools: z.array(patterns).optional(),
      resources: z.array(patterns).optional(),
      prompts: z.array(patterns).optional(),
    })
    .optional(),
});

const limitsSchema = z.strictObject({
  requests_per_minute: z.number().int().positive().optional(),
  requests_per_hour: z.number().int().positive().optional(),
});

/**
 * `method_limits` counts client requests by their exact method: a key that names none (a typo, another
 * letter case, a method only servers send) would limit nothing, so it is refused, with the closest method.
 */
const methodLimitsSchema = exactKeys("method_limits", limitsSchema).superRefine((record, ctx) => {
  for (const method of Object.keys(record)) {
    // A pattern is reported as one (exactKeys), not twice.
    if (CLIENT_REQUEST_METHODS.includes(method) || notExact(method, "method_limits")) continue;
    const guess = closest(method, CLIENT_REQUEST_METHODS);
    ctx.addIssue({
      code: "custom",
      path: [method],
      message: `${JSON.stringify(method)} is no request a client sends a server, so it would limit nothing${guess ? ` (did you mean ${JSON.stringify(guess)}?)` : ""}; a server's own requests have their own limits (sampling.rate_limit, elicitation.rate_limit)`,
    });
  }
});

const rateLimitSchema = z.strictObject({
  requests_per_minute: z.number().int().positive().optional(),
  requests_per_hour: z.number().int().positive().optional(),
  tool_limits: exactKeys("tool_limits", limitsSchema).default({}),
  method_limits: methodLimitsSchema.default({}),
});

const integritySchema = z.strictObject({
  /** Trust on first use: enforce withholds a changed or new tool until approved; warn only records it. */
  pin: z.enum(["enforce", "warn", "off"]).default("enforce"),
  /** A definition with hidden instructions: warn, withhold it, or block the whole server. */
  poisoned: z.enum(["warn", "withhold", "block_server"]).default("withhold"),
  /** Score from which a definition or result counts as carrying instructions (see docs/tool-integrity.md). */
  poison_threshold: z.number().int().min(1).max(20).default(4),
  hidden_characters: z.enum(["strip", "flag", "block"]).default("strip"),
  result_injection: z.enum(["warn", "block", "off"]).default("warn"),
  sensitive_resources: z.enum(["block", "warn", "off"]).default("block"),
  /** More patterns (URIs; paths as file:///…) to treat like the built-in sensitive set. */
  extra_sensitive_resources: patterns.default([]),
  /**
   * How long after its first page the pages of a server's first listing are trusted on first use (seconds;
   * a paginated first listing read at once takes well under a second).
   */
  first_listing_seconds: z.number().positive().max(600).default(30),
});

const spendSchema = z.strictObject({
  /** The currency of every cost and cap of this server. */
  currency: z.string().min(1).default("USD"),
  /** Per tool: a fixed cost, or the argument (a dotted path) that carries it, and its own approval threshold. */
  tools: exactKeys(
    "spend.tools",
    z
      .strictObject({
        cost: z.number().min(0).optional(),
        cost_from: z.string().min(1).optional(),
        // With cost_from: the argument (dotted path) holding how many units the call buys, which multiply the cost.
        quantity_from: z.string().min(1).optional(),
        require_approval_above: z.number().min(0).optional(),
      })
      .refine((t) => !(t.cost !== undefined && t.cost_from !== undefined), {
        message: "give cost or cost_from, not both",
      })
      .refine((t) => t.quantity_from === undefined || t.cost_from !== undefined, {
        message: "quantity_from multiplies the amount cost_from reads: give cost_from with it",
      }),
  )
    .superRefine((tools, ctx) => {
      // Rules compare tool names after NFKC (core's normalize.ts): two entries would be one tool's two rules.
      const seen = new Map<string, string>();
      for (const name of Object.keys(tools)) {
        const first = seen.get(name.normalize("NFKC"));
        if (first === undefined) seen.set(name.normalize("NFKC"), name);
        else
          ctx.addIssue({
            code: "custom",
            path: [name],
            message: `${JSON.stringify(first)} and ${JSON.stringify(name)} name one tool (names are compared after Unicode NFKC): give it one entry`,
          });
      }
    })
    .default({}),
  /** Per identity: within one session, the last hour and the last day (rolling). */
  caps: z
    .strictObject({
      per_session: z.number().min(0).optional(),
      per_hour: z.number().min(0).optional(),
      per_day: z.number().min(0).optional(),
    })
    .default({}),
  require_approval_above: z.number().min(0).optional(),
  require_approval: z.array(exactName("require_approval")).default([]),
  /** How long a request for approval stays open. */
  approval_ttl_seconds: z
    .number()
    .int()
    .positive()
    .max(7 * 86400)
    .default(3600),
  /** 0: answer approval_pending at once; otherwise hold the call open up to this long for the decision. */
  wait_for_approval_seconds: z.number().int().min(0).max(3600).default(0),
});

const policySchema = z.strictObject({
  permissions: permissionsSchema.default(() => permissionsSchema.parse({})),
  rate_limit: rateLimitSchema.default(() => rateLimitSchema.parse({})),
  sampling: z
    .strictObject({
      enabled: z.boolean().default(false),
      /** A sampling request asking for more is capped to this. */
      max_tokens: z.number().int().positive().optional(),
      /** Sampling requests per minute, per identity. */
      rate_limit: z.number().int().positive().optional(),
      /** Accepted for m0lz.03 configs; every sampling request is audited either way. */
      audit: z.enum(["basic", "verbose"]).default("basic"),
    })
    .default({ enabled: false, audit: "basic" }),
  elicitation: z
    .strictObject({
      enabled: z.boolean().default(false),
      rate_limit: z.number().int().positive().optional(),
    })
    .default({ enabled: false }),
  integrity: integritySchema.default(() => integritySchema.parse({})),
  spend: spendSchema.optional(),
  /** In a base config (extends): personal configs cannot change this server at all. */
  locked: z.boolean().default(false),
});

const roleSchema = z.strictObject({
  permissions: permissionsSchema.default(() => permissionsSchema.parse({})),
  rate_limit: rateLimitSchema.default(() => rateLimitSchema.parse({})),
});

const oauthSchema = z.strictObject({
  /** The authorization server; its /.well-known/openid-configuration is used unless jwks_uri is given. */
  issuer: z.url(),
  jwks_uri: z.url().optional(),
  /**
   * Expected "aud" of access tokens. Without it the client_id is expected, and a token must then also say it
   * is an access token (scope, scp, client_id or cid, or an at+jwt type), since ID tokens have that audience.
   */
  audience: z.string().min(1).optional(),
  client_id: z.string().min(1),
  client_secret: z.string().min(1).optional(),
  scopes: z.array(z.string().min(1)).default(["openid", "profile"]),
  claims_to_roles: z
    .strictObject({
      claim_name: z.string().min(1).default("roles"),
      /** Claim value -> role names. Unmapped values give no role; a token with no role is refused. */
      mapping: z.record(z.string(), z.array(z.string().min(1))).default({}),
    })
    .default({ claim_name: "roles", mapping: {} }),
  clock_tolerance_seconds: z.number().int().min(0).max(300).default(30),
  /**
   * The longest the issuer's keys (its JWKS) are kept before they are fetched again: the response's
   * Cache-Control max-age when shorter. A key the issuer withdraws stops verifying within it. Default 300.
   */
  jwks_cache_max_seconds: z.number().int().min(1).max(86400).optional(),
  /** Signature algorithms accepted; anything else (including "none") is refused. */
  algorithms: z
    .array(z.enum(["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"]))
    .default(["RS256", "ES256"]),
  /** Port of the loopback redirect for `mcp-guard auth login`; 0 picks a free one (RFC 8252). */
  redirect_port: z.number().int().min(0).max(65535).default(0),
});

export const authSchema = z
  .strictObject({
    /** os: the OS user behind the socket; api_key: a key the bridge presents; oauth: a JWT the bridge presents. */
    mode: z.enum(["os", "api_key", "oauth"]).default("os"),
    oauth: oauthSchema.optional(),
    /** Key (or "sha256:<hex>" of the key) -> its identity and roles. */
    api_keys: z
      .record(
        z.string().min(1),
        z.strictObject({
          // Left out, the key has `default`; an empty list is refused (authProblems).
          roles: z.array(z.string().min(1)).default([DEFAULT_ROLE]),
          // The audit names a connection whose key was missing or refused `api_key:anonymous`: a key of that
          // name would make its calls indistinguishable from those attempts.
          name: z
            .string()
            .min(1)
            .refine((name) => name !== "anonymous", {
              message: 'the name "anonymous" is reserved: the audit names connections without a valid key so',
            })
            .optional(),
        }),
      )
      .default({}),
    /** Role name -> rules that apply on top of the server's (they can only restrict). */
    roles: z.record(z.string().min(1), roleSchema).default({}),
  })
  .superRefine((auth, ctx) => {
    if (auth.mode === "api_key" && Object.keys(auth.api_keys).length === 0) {
      ctx.addIssue({ code: "custom", path: ["api_keys"], message: "api_key mode needs at least one key" });
    }
    for (const problem of authProblems(auth))
      ctx.addIssue({ code: "custom", path: problem.path, message: problem.message });
    if (auth.mode === "oauth" && !auth.oauth) {
      ctx.addIssue({
        code: "custom",
        path: ["oauth"],
        message: 'oauth mode needs an "oauth" section (issuer, client_id, …)',
      });
    }
  });

const detectionAction = z.enum(["block", "redact", "warn"]);
const directionActions = z.strictObject({
  request: detectionAction.optional(),
  response: detectionAction.optional(),
});

/** Names of the built-in detection types; a custom type may not reuse one (it could weaken it). */
export const BUILT_IN_TYPES = [
  "email",
  "phone",
  "ssn",
  "national_id",
  "credit_card",
  "iban",
  "bank_account",
  "ip_address",
  "aws_access_key_id",
  "aws_secret_access_key",
  "github_token",
  "gitlab_token",
  "slack_token",
  "stripe_key",
  "anthropic_key",
  "openai_key",
  "google_api_key",
  "npm_token",
  "private_key",
  "jwt",
  "connection_string",
  "secret_assignment",
  "high_entropy_secret",
  // JSON inside strings nested deeper than the scanner reads (fail closed: what it holds was not read).
  "nested_json",
  ...SECRET_RULE_TYPES,
] as const;

export const piiSchema = z
  .strictObject({
    enabled: z.boolean().default(true),
    /** Detections below this confidence are ignored (0.8 keeps every built-in type). */
    confidence_threshold: z.number().min(0).max(1).default(0.8),
    /** Per type and direction, merged over the defaults. */
    actions: z.record(z.string().min(1), directionActions).default({}),
    /** Types not looked for at all; IP addresses are too common in logs to be on by default. */
    disabled_types: z.array(z.string().min(1)).default(["ip_address"]),
    /** Regions whose national phone formats are recognised; numbers written with "+" always are. */
    phone_regions: z
      .array(
        z.string().refine((code): boolean => Object.hasOwn(metadata.countries, code), {
          message: "not a region known to libphonenumber (an ISO 3166 code such as US, GB, DE)",
        }),
      )
      .min(1)
      .default(() => [...DEFAULT_PHONE_REGIONS]),
    custom_types: z
      .record(
        z.string().regex(/^[a-z][a-z0-9_]*$/, "custom type names use lower-case letters, digits and _"),
        z.strictObject({
          label: z.string().optional(),
          patterns: z
            .array(
              z.strictObject({
                regex: z.string().superRefine((source, ctx) => {
                  try {
                    new RegExp(source, "gu");
                  } catch (err) {
                    ctx.addIssue({
                      code: "custom",
                      message: `invalid regular expression: ${(err as Error).message}`,
                    });
                  }
                }),
              }),
            )
            .min(1),
          actions: directionActions.default({}),
        }),
      )
      .default({}),
  })
  .superRefine((pii, ctx) => {
    const known = [...BUILT_IN_TYPES, ...Object.keys(PII_ALIASES), ...Object.keys(pii.custom_types)];
    for (const type of Object.keys(pii.actions)) {
      if (!known.includes(type))
        ctx.addIssue({
          code: "custom",
          path: ["actions", type],
          message: `unknown detection type "${type}" (known: ${known.join(", ")})`,
        });
    }
    pii.disabled_types.forEach((type, index) => {
      if (known.includes(type)) return;
      const guess = closest(type, known);
      ctx.addIssue({
        code: "custom",
        path: ["disabled_types", index],
        message: `unknown detection type "${type}"${guess ? ` (did you mean "${guess}"?)` : ` (known: ${known.join(", ")})`}`,
      });
    });
    for (const name of Object.keys(pii.custom_types)) {
      if ((BUILT_IN_TYPES as readonly string[]).includes(name)) {
        ctx.addIssue({
          code: "custom",
          path: ["custom_types", name],
          message: `"${name}" is a built-in type; a custom type needs its own name`,
        });
      }
    }
  });

export const interceptorsSchema = z.strictObject({
  /** Seconds each check may take; a check that takes longer blocks its message. */
  timeout: z.number().positive().max(300).default(10),
  timeout_action: z.literal("block").default("block"),
});

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
    policy: policySchema.default(() => policySchema.parse({})),
    /** Sent as `Authorization: Bearer …` to HTTP upstreams; never to stdio servers. Empty means none. */
    upstream_auth_token: z.preprocess((v) => (v === "" ? undefined : v), z.string().optional()),
    /**
     * Other servers whose rate-limit and spend counts this one shares: a call to either counts against both.
     * Set by `extends` between a base server and a personal server running its program; may be written.
     */
    counted_with: z.array(z.string().min(1)).optional(),
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

const LOOPBACK_ADDRESSES = ["127.0.0.1", "::1", "localhost"];

/** True for an address only this machine can reach. */
export function isLoopbackAddress(address: string): boolean {
  return LOOPBACK_ADDRESSES.includes(address) || /^127\.\d+\.\d+\.\d+$/.test(address);
}

/** The client-facing Streamable HTTP endpoint (off unless this section is present). */
export const httpFrontSchema = z
  .strictObject({
    address: z.string().min(1).default("127.0.0.1"),
    port: z.number().int().min(0).max(65535).default(9780),
    /** Sessions are served at <path>/<server>. */
    path: z
      .string()
      .regex(/^\/[A-Za-z0-9._~/-]*[A-Za-z0-9._~-]$/, "a path such as /mcp")
      .default("/mcp"),
    tls: z.strictObject({ cert_file: z.string().min(1), key_file: z.string().min(1) }).optional(),
    /** Host header names (without port) accepted; anything else gets 403 (DNS rebinding). */
    allowed_hosts: z.array(z.string().min(1)).default(["localhost", "127.0.0.1", "[::1]"]),
    /** Origins accepted besides the listener's own (its scheme, an allowed host, its port), e.g. "https://a.example". */
    allowed_origins: z.array(z.url()).default([]),
    /** Plain HTTP on an address other machines can reach: tokens and traffic in clear text. */
    allow_insecure_remote: z.boolean().default(false),
    /** Sessions without any credential, with the role "default": only when no credential is configured. */
    allow_anonymous: z.boolean().default(false),
    /** This endpoint's canonical URL (RFC 8707/9728): the audience OAuth tokens must carry. */
    resource: z.url().optional(),
    max_sessions: z.number().int().min(1).max(100_000).default(100),
    /**
     * Sessions one credential (an API key, a token's subject) may hold: unless set, a quarter of max_sessions
     * (at least one), so that one identity cannot take every place and leave every other one refused.
     */
    max_sessions_per_identity: z.number().int().min(1).max(100_000).optional(),
    /** Seconds without any request or open stream after which a session is ended. */
    session_idle_seconds: z
      .number()
      .positive()
      .max(86_400 * 7)
      .default(1800),
    max_body_bytes: z
      .number()
      .int()
      .min(1024)
      .max(512 * 1024 * 1024)
      .default(4 * 1024 * 1024),
    /**
     * Bytes of request bodies being received at once for one credential, and for the whole endpoint (each body
     * counts up to its Content-Length as soon as it starts): a body that would pass either is refused with 503
     * and read on without being kept. Unless set, 4 and 16 times max_body_bytes.
     */
    max_body_bytes_in_progress_per_identity: z
      .number()
      .int()
      .min(1024)
      .max(8 * 1024 * 1024 * 1024)
      .optional(),
    max_body_bytes_in_progress: z
      .number()
      .int()
      .min(1024)
      .max(8 * 1024 * 1024 * 1024)
      .optional(),
    /** Seconds a request body may stop arriving before the request is answered 408 and its connection closed. */
    body_stall_seconds: z.number().positive().max(300).default(10),
    /** Bytes that may wait for a client that has stopped reading before its stream is ended. */
    max_buffered_bytes: z
      .number()
      .int()
      .min(64 * 1024)
      .max(512 * 1024 * 1024)
      .default(8 * 1024 * 1024),
    /** Seconds a stream may stay unread (socket full) before it is ended; the client can resume. */
    stalled_stream_seconds: z.number().positive().max(3600).default(30),
  })
  .superRefine((http, ctx) => {
    const perIdentity = http.max_body_bytes_in_progress_per_identity ?? 4 * http.max_body_bytes;
    if (perIdentity < http.max_body_bytes)
      ctx.addIssue({
        code: "custom",
        path: ["max_body_bytes_in_progress_per_identity"],
        message: `less than max_body_bytes (${http.max_body_bytes}): a body of the largest size could never be read`,
      });
    if ((http.max_body_bytes_in_progress ?? 16 * http.max_body_bytes) < perIdentity)
      ctx.addIssue({
        code: "custom",
        path: ["max_body_bytes_in_progress"],
        message: `less than max_body_bytes_in_progress_per_identity (${perIdentity})`,
      });
    if ((http.max_sessions_per_identity ?? 0) > http.max_sessions)
      ctx.addIssue({
        code: "custom",
        path: ["max_sessions_per_identity"],
        message: `more than max_sessions (${http.max_sessions}): one identity could take every place`,
      });
    if (!http.tls && !http.allow_insecure_remote && !isLoopbackAddress(http.address)) {
      ctx.addIssue({
        code: "custom",
        path: ["address"],
        message: `listening on ${http.address} without tls exposes tokens and traffic; add tls (cert_file, key_file) or allow_insecure_remote: true`,
      });
    }
  });

export const daemonSchema = z.strictObject({
  home: z.string().min(1).optional(),
  socket_path: z.string().min(1).optional(),
  /** Seconds to let in-flight requests finish on shutdown before their sessions are closed. */
  shutdown_timeout: z.number().positive().max(600).default(30),
  /**
   * Seconds the guard waits on a server for what it cannot go on without: the answer to a listing of its own
   * (tools before a call is judged), a Streamable HTTP server's answer to initialize, a legacy SSE server
   * naming its endpoint. Past it the client is answered with an error that says which.
   */
  server_answer_timeout: z.number().positive().max(300).default(30),
  log_level: z.enum(["trace", "debug", "info", "warn", "error", "fatal"]).default("info"),
  dashboard_port: z.number().int().min(0).max(65535).default(9777),
  /** The largest single JSON-RPC message accepted in either direction. */
  max_message_bytes: z
    .number()
    .int()
    .min(1024)
    .max(512 * 1024 * 1024)
    .default(32 * 1024 * 1024),
  /**
   * Requests one session may have awaiting an answer in each direction (the client's to the server, held
   * calls included, and the server's to the client); one more is refused with too_many_in_flight.
   */
  max_requests_in_flight: z.number().int().min(1).max(100_000).default(512),
  /** Names of daemon environment variables every stdio server receives on top of the safe set. */
  env_passthrough: z.array(envName).default([]),
  /** An owner-only file of NAME=value lines whose values fill ${NAME} (init writes it with client secrets). */
  secrets_file: z.string().min(1).optional(),
  /** Remote clients over Streamable HTTP (mcp-guard serve). */
  http: httpFrontSchema.optional(),
  /** m0lz.03's SQLCipher option; this build has no encrypted database, so only false is accepted. */
  encryption: z
    .strictObject({
      enabled: z.literal(false, {
        error: "database encryption is not available in this build; remove daemon.encryption",
      }),
    })
    .default({ enabled: false }),
});

export const auditSchema = z.strictObject({
  retention_days: z.number().positive().max(36500).default(90),
  /** The audit cannot be switched off (m0lz.03 could); the key is accepted only as true. */
  enabled: z.literal(true, { error: "mcp-guard always audits; remove audit.enabled" }).default(true),
  /** Also write each audit row as a JSON line to the daemon's stdout (its startup log when detached). */
  stdout: z.boolean().default(false),
});

export const approvalsSchema = z.strictObject({
  /** Approvals only from a person: the dashboard, or a terminal where a printed code is typed back. */
  require_person: z.boolean().default(false),
  /**
   * Requests one identity may have waiting for a person, over every server; a call that would add one more
   * is refused (approval_queue_full) and nothing is queued. Keeps one agent from burying the request it wants
   * approved among look-alikes, and the database from growing by each call's arguments.
   */
  max_pending_per_identity: z.number().int().min(1).max(10_000).default(20),
  /** Requests waiting for a person on one server, over every identity. */
  max_pending_per_server: z.number().int().min(1).max(100_000).default(100),
});

export const extendsSchema = z.strictObject({
  /** A base config that this one can only make stricter. https, or http to localhost. */
  url: z
    .url()
    .refine(
      (u) => u.startsWith("https://") || /^http:\/\/(?:127\.0\.0\.1|localhost|\[::1\])(?::\d+)?\//.test(u),
      {
        message: "extends.url must be https (plain http only to localhost)",
      },
    ),
  /** SHA-256 of the base file's bytes: a different file is refused. */
  sha256: z.string().regex(/^[0-9a-fA-F]{64}$/, "a 64-character hex SHA-256"),
});

export const configSchema = z.strictObject({
  extends: extendsSchema.optional(),
  servers: z.record(
    z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "server names use letters, digits, . _ -"),
    serverSchema,
  ),
  daemon: daemonSchema.default(() => daemonSchema.parse({})),
  auth: authSchema.default(() => authSchema.parse({})),
  interceptors: interceptorsSchema.default(() => interceptorsSchema.parse({})),
  pii: piiSchema.default(() => piiSchema.parse({})),
  audit: auditSchema.default(() => auditSchema.parse({})),
  approvals: approvalsSchema.default(() => approvalsSchema.parse({})),
  /**
   * In a base config (extends): whether a personal config may add servers of its own. "deny" keeps every
   * server under the base's policy: a personal file may then only adjust the base's servers by their names.
   */
  personal_servers: z.enum(["allow", "deny"]).default("allow"),
});

export type Config = z.infer<typeof configSchema>;
export type ServerConfig = z.infer<typeof serverSchema>;
export type DaemonConfig = z.infer<typeof daemonSchema>;
export type AuthConfig = z.infer<typeof authSchema>;
export type OAuthConfig = z.infer<typeof oauthSchema>;
export type HttpFrontConfig = z.infer<typeof httpFrontSchema>;
export type PiiConfig = z.infer<typeof piiSchema>;
