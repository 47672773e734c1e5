// The one order of the chain, for both directions: the pipeline builder follows it and the README's table
// is checked against it. Cheap refusals come first (the protocol, who is asking, how often, what is
// allowed) so the costly checks (definitions, content) never run for a message already refused; spend is
// last because it may hold a call for a person, which only a call every other step passed should ask for.
export const INTERCEPTOR_ORDER = [
  "protocol",
  "authentication",
  "rate_limit",
  "permissions",
  "sampling_guard",
  "tool_integrity",
  "content_scan",
  "spend",
] as const;

export type InterceptorName = (typeof INTERCEPTOR_ORDER)[number];
