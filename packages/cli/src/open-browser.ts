// Opens an address in the default browser, best effort: callers always print the address too.
import { spawn } from "node:child_process";
import { chmodSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export function openBrowser(url: string): void {
  const command =
    process.platform === "darwin" ? "open" : process.platform === "win32" ? "explorer" : "xdg-open";
  try {
    spawn(command, [url], { stdio: "ignore", detached: true })
      .on("error", () => {})
      .unref();
  } catch {
    /* the address is printed */
  }
}

/** The page in the guard's home that sends the browser on to a link opened with openPrivately. */
export const REDIRECT_PAGE = "dashboard-open.html";

/**
 * Opens an address that holds a secret (the dashboard's one-time login code). The browser is handed an
 * owner-only page in the guard's home (0700) that sends it on, never the address: a command line, the
 * opener's and the browser's own, is readable by every local user in /proc, who would redeem the code first.
 * Jupyter opens its token the same way. A browser that may not read the home (a confined one) shows an
 * error, and the address printed on the terminal still works.
 */
export function openPrivately(url: string, home: string): void {
  const page = join(home, REDIRECT_PAGE);
  const target = JSON.stringify(url).replace(/</g, "\\u003c");
  const attribute = url.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  writeFileSync(
    page,
    `<!doctype html><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=${attribute}">` +
      `<title>mcp-guard dashboard</title><script>location.replace(${target})</script>\n`,
    { mode: 0o600 },
  );
  chmodSync(page, 0o600); // a page left by an earlier run keeps its mode otherwise
  openBrowser(page);
}
