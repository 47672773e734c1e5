// Checks on every request before anything else: a browser page on a foreign site can make requests to
// 127.0.0.1 under its own host name (DNS rebinding) or from its own origin; both are refused. An origin is a
// scheme, a host and a port: a page served by another program on this machine (a dev server on
// localhost:3000, a plain-HTTP page beside an HTTPS listener) is another origin even under an allowed host
// name, and is refused unless allowed_origins names it (until round 52 its host name alone let it in).
import type { IncomingHttpHeaders } from "node:http";
import type { HttpFrontConfig } from "@mcp-guard/config";

/** What the listener serves: its scheme (from tls) and the port it listens on (the bound one when 0). */
export interface ServedOrigin {
  scheme: "http:" | "https:";
  port: number;
}

/** Undefined when the request may proceed, else why not. */
export function hostOrOriginRefusal(
  headers: IncomingHttpHeaders,
  config: Pick<HttpFrontConfig, "allowed_hosts" | "allowed_origins">,
  served: ServedOrigin,
): string | undefined {
  const refusal = hostRefusal(headers.host, config);
  if (refusal !== undefined) return refusal;
  const origin = headers.origin;
  if (origin === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return `Origin "${origin}" is not allowed`;
  }
  if (config.allowed_origins.some((o) => new URL(o).origin === parsed.origin)) return undefined;
  if (isServedOrigin(parsed, config, served)) return undefined;
  return `Origin "${origin}" is not allowed: not this listener's scheme, allowed host and port, nor in daemon.http.allowed_origins`;
}

/** Undefined when the Host header names one of allowed_hosts (any port), else why not. */
export function hostRefusal(
  host: string | undefined,
  config: Pick<HttpFrontConfig, "allowed_hosts">,
): string | undefined {
  const name = hostName(host);
  if (name === undefined || !config.allowed_hosts.includes(name))
    return `Host "${String(host ?? "")}" is not allowed (daemon.http.allowed_hosts)`;
  return undefined;
}

/** An origin of this listener: its scheme, one of allowed_hosts, and its port (as written or the default). */
function isServedOrigin(
  origin: URL,
  config: Pick<HttpFrontConfig, "allowed_hosts">,
  served: ServedOrigin,
): boolean {
  if (origin.protocol !== served.scheme) return false;
  if (!config.allowed_hosts.includes(origin.hostname)) return false;
  const port = origin.port === "" ? (origin.protocol === "https:" ? 443 : 80) : Number(origin.port);
  return port === served.port;
}

/** The host name of a Host header, without its port; IPv6 keeps its brackets, as URL writes it. */
function hostName(host: string | undefined): string | undefined {
  if (!host) return undefined;
  try {
    return new URL(`http://${host}`).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}
