// A base config served over loopback HTTP for `extends`, and guarded homes whose config extends it: the
// set-up of the attacks on what a personal config may add beside its base.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { makeGuardedHome, type GuardedHome } from "./harness.js";

export class ServedBase {
  private readonly homes: GuardedHome[] = [];
  private readonly server: Server = createServer((_req, res) => res.end(this.text));
  /** Where the base is served (once started). */
  url = "";

  /** What is served now; a test may change it (a home made after pins the new text). */
  private constructor(public text: string) {}

  static async start(text: string): Promise<ServedBase> {
    const served = new ServedBase(text);
    await new Promise<void>((r) => served.server.listen(0, "127.0.0.1", r));
    served.url = `http://127.0.0.1:${(served.server.address() as { port: number }).port}/base.yaml`;
    return served;
  }

  /** A home whose config extends the base as served now (pinned by its SHA-256) and adds `serversYaml`. */
  home(serversYaml: string): GuardedHome {
    const home = makeGuardedHome();
    this.homes.push(home);
    const sha = createHash("sha256").update(this.text).digest("hex");
    const config = readFileSync(home.configPath, "utf8");
    writeFileSync(
      home.configPath,
      `extends:\n  url: ${this.url}\n  sha256: ${sha}\nservers:\n${serversYaml}${config.slice(config.indexOf("\ndaemon:"))}`,
    );
    return home;
  }

  /** Stops the homes made and the server. */
  async close(): Promise<void> {
    for (const home of this.homes) await home.cleanup();
    await new Promise<void>((r) => this.server.close(() => r()));
  }
}
