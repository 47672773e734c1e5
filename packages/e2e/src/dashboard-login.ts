// What the dashboard page's script does with a login link `mcp-guard dashboard` printed: post its one-time
// code and send the session secret it gets back as a bearer header (the dashboard sets no cookie).

export interface DashboardLogin {
  origin: string;
  /** The headers every API call carries; empty when the link did not log in. */
  headers: Record<string, string>;
}

export async function dashboardLogin(link: string): Promise<DashboardLogin> {
  const url = new URL(link);
  const login = await fetch(`${url.origin}/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ code: url.searchParams.get("code") }),
  });
  if (!login.ok) return { origin: url.origin, headers: {} };
  const { session } = (await login.json()) as { session: string };
  return { origin: url.origin, headers: { authorization: `Bearer ${session}` } };
}
