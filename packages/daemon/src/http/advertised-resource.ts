// The protected resource the HTTP front door names in its RFC 9728 metadata, which a client asks the issuer
// for a token for (RFC 8707): the configured canonical URL, else the endpoint's URL as the client reached it.
import type { HttpFrontConfig } from "@mcp-guard/config";

export function advertisedResource(
  http: Pick<HttpFrontConfig, "resource" | "tls" | "path">,
  host: string | undefined,
): string {
  const configured = http.resource;
  if (configured) return configured.replace(/\/$/, "");
  return `${http.tls ? "https" : "http"}://${host}${http.path}`;
}
