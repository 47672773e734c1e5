// Opens an address in the default browser, best effort: callers always print the address too.
import { spawn } from "node:child_process";

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
