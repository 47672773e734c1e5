// Another local user holding idle TCP connections to one of the daemon's ports: the way to use up a daemon's
// descriptors without any credential. Runs as `nobody` (uid 65534), so only what any local account may do.
import { type ChildProcess, spawn } from "node:child_process";

export interface IdleIntruder {
  child: ChildProcess;
  stop(): void;
}

/** Opens `count` connections to 127.0.0.1:`port` that never send a byte; resolves once they are held. */
export async function holdIdleConnections(port: number, count: number): Promise<IdleIntruder> {
  const script = [
    'const net = require("node:net");',
    `for (let i = 0; i < ${count}; i++) net.connect(${port}, "127.0.0.1").on("error", () => {});`,
    'setTimeout(() => process.stdout.write("held\\n"), 1500);',
    "setTimeout(() => {}, 120000);",
  ].join("\n");
  const child = spawn(process.execPath, ["-e", script], {
    uid: 65534,
    gid: 65534,
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve) => child.stdout?.once("data", () => resolve()));
  await new Promise((resolve) => setTimeout(resolve, 500));
  return { child, stop: () => child.kill("SIGKILL") };
}
