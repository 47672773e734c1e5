// The HTTP front door takes TCP connections before any credential is checked, from any local user and from
// whoever can reach its address. Held open without a byte, they must not use up the descriptors the owner's
// bridge sessions need (descriptor-reserve.ts): a daemon limited to 400 descriptors, with 450 idle
// connections held to its front door by another local user, still serves the owner's new bridge session,
// and still answers on the front door once they are gone.
import { spawn } from "node:child_process";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { afterAll, describe, expect, it } from "vitest";
import {
  bridgeClient,
  CLI,
  echoOutcome,
  holdIdleConnections,
  makeGuardedHome,
  type IdleIntruder,
} from "../src/index.js";

const home = makeGuardedHome("", ["  http:", "    port: 0", "    allow_anonymous: true"].join("\n"));
const serve = spawn(
  "sh",
  ["-c", `ulimit -n 400 && exec ${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} serve`],
  {
    env: home.env,
    stdio: ["ignore", "ignore", "pipe"],
  },
);
let intruder: IdleIntruder | undefined;
afterAll(async () => {
  intruder?.stop();
  if (serve.exitCode === null) {
    const exited = new Promise((resolve) => serve.once("exit", resolve));
    serve.kill("SIGTERM");
    await exited;
  }
  await home.cleanup();
});

/** Where `serve` says its HTTP endpoint listens. */
function frontDoor(): Promise<URL> {
  let said = "";
  return new Promise((resolve, reject) => {
    serve.stderr?.setEncoding("utf8").on("data", (text: string) => {
      said += text;
      const match = /HTTP (\S+)\/<server>/.exec(said);
      if (match?.[1]) resolve(new URL(match[1]));
    });
    serve.once("exit", () => reject(new Error(`serve exited: ${said}`)));
  });
}

const overHttp = (url: URL) => async () => {
  const client = new Client({ name: "remote", version: "1" });
  await client.connect(new StreamableHTTPClientTransport(new URL(`${url.href}/fixture`)));
  return client;
};

describe("idle connections to the HTTP front door", () => {
  it("leave the owner's descriptors alone, and the door answers again once they are gone", async () => {
    const url = await frontDoor();
    expect(await echoOutcome(overHttp(url))).toBe("served");
    intruder = await holdIdleConnections(Number(url.port), 450);
    expect(await echoOutcome(() => bridgeClient(home))).toBe("served");
    intruder.stop();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await echoOutcome(overHttp(url))).toBe("served");
  });
});
