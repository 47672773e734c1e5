// Checks on every request before anything else: a browser page on a foreign site can make requests to
// 127.0.0.1 under its own host name (DNS rebinding) or from its own origin; both are refused.
import type { IncomingHttpHeaders } from "node:http";
import type { HttpFrontConfig } from "@mcp-guard/config";

/** Undefined when the request may proceed, else why not. */
export function hostOrOriginRefusal(
  headers: IncomingHttpHeaders,
  config: Pick<HttpFrontConfig, "allowed_hosts" | "allowed_origins">,
): string | undefined {
  const host = hostName(headers.host);
  if (host === undefined || !config.allowed_hosts.includes(host))
    return `Host "${String(headers.host ?? "")}" is not allowed (daemon.http.allowed_hosts)`;
  const origin = headers.origin;
  if (origin === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return `Origin "${origin}" is not allowed`;
  }
  if (config.allowed_origins.some((o) => new URL(o).origin === parsed.origin)) return undefined;
  if (config.allowed_hosts.includes(parsed.hostname)) return undefined;
  return `Origin "${origin}" is not allowed (daemon.http.allowed_origins)`;
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
