// Credentials a URL carries by its shape, whatever they look like: the password in its userinfo
// (`postgresql://app:<password>@db/prod`, `https://user:<password>@host/mcp`), a web URL's userinfo with no
// password (`https://<token>@host/mcp`, as mcp-remote and git URLs carry a bare token), and a query or
// fragment parameter named as one (`?api_key=…`, `&access_token=…`). The detectors find such values only
// when they look like keys; a plain password does not.
import { isCredentialName } from "@mcp-guard/core/detectors";
import type { SecretSpan } from "./secret-values.js";

const USERINFO_PASSWORD = /\b[A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s/?#@:]*:([^\s/?#@]+)@/dg;
const PARAMETER = /[?&#;]([^=&#;\s]+)=([^&#;\s]+)/dg;
/** An http(s) URL's userinfo without a password (or with an empty one): over the web that is a token. */
const USERINFO_TOKEN = /\bhttps?:\/\/([^\s/?#@:]+):?@/dgi;

export function urlSecretSpans(text: string): SecretSpan[] {
  const spans: SecretSpan[] = [];
  for (const m of text.matchAll(USERINFO_PASSWORD)) {
    const [start, end] = m.indices![1]!;
    spans.push({ start, end, type: "url_password", label: "password" });
  }
  for (const m of text.matchAll(USERINFO_TOKEN)) {
    const [start, end] = m.indices![1]!;
    spans.push({ start, end, type: "url_credential", label: "token" });
  }
  for (const m of text.matchAll(PARAMETER)) {
    if (!isCredentialName(decoded(m[1]!))) continue;
    const [start, end] = m.indices![2]!;
    spans.push({ start, end, type: "url_credential", label: decoded(m[1]!) });
  }
  return spans;
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
