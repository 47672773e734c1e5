// Attack (round 39): an API key's digest written in a spelling the guard does not take for a digest becomes
// the key itself. `auth.api_keys` takes a key or `sha256:<64 hex>`; anything else is a key as written. So an
// owner who writes the digest as `SHA256:<hex>`, `sha-256:<hex>`, or pastes what the README's own
// `printf %s "$KEY" | sha256sum` prints (`<hex>  -`) after `sha256:`, believes the config holds no secret and
// may publish it (a team repository, a wiki, the compose file's "put the SHA-256 of your key in it"); but the
// guard silently serves that very string as an API key: whoever read the "digest" opens HTTP sessions with
// it, and the key it digests opens nothing. (A readable file holding it is refused, as for any key written as
// is; an owner-only one, as here, is not.) A correct guard refuses such an entry (`validate` and start say
// that it is no digest) or reads it as the digest it spells; either way the published string opens nothing.
// Through the real CLI (`validate`, `serve`) and the real HTTP front door in front of the recording server.
import { createHash } from "node:crypto";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  freePort,
  INITIALIZE,
  makeGuardedHome,
  MCP_HEADERS,
  rawRequest,
  recorded,
  recorderServerYaml,
  serveHttp,
  type GuardedHome,
  type Served,
} from "../src/index.js";

const hex = (key: string) => createHash("sha256").update(key, "utf8").digest("hex");
/** Each entry: how the digest of its own key was written. */
const SPELLINGS: Record<string, string> = {
  upper_prefix: `SHA256:${hex("team-key-upper-0123456789abcdef")}`,
  dashed_prefix: `sha-256:${hex("team-key-dashed-0123456789abcdef")}`,
  pasted_sha256sum: `sha256:${hex("team-key-pasted-0123456789abcdef")}  -`,
};

const log = join(makeGuardedHome().dir, "recorder.log");
let home: GuardedHome | undefined;
let served: Served | undefined;
afterAll(async () => {
  await served?.stop();
  await home?.cleanup();
});

describe("a digest written in another spelling", () => {
  it("is never taken as the API key itself", async () => {
    const port = await freePort();
    home = makeGuardedHome(
      recorderServerYaml("recorder", log),
      [
        "  http:",
        `    port: ${port}`,
        "auth:",
        "  api_keys:",
        ...Object.entries(SPELLINGS).map(
          ([name, written]) => `    ${JSON.stringify(written)}: { name: ${name} }`,
        ),
      ].join("\n"),
    );
    // A guard that refuses the config, saying so, has closed the door.
    if ((await home.cli(["validate"])).code !== 0) return;
    served = await serveHttp(home);
    const opened: string[] = [];
    for (const [name, written] of Object.entries(SPELLINGS)) {
      const init = await rawRequest(`${served.url}/recorder`, {
        method: "POST",
        headers: { ...MCP_HEADERS, "x-api-key": written },
        body: INITIALIZE,
      });
      const session = init.headers["mcp-session-id"];
      if (init.status !== 200 || typeof session !== "string") continue;
      opened.push(name);
      const post = (body: unknown) =>
        rawRequest(`${served!.url}/recorder`, {
          method: "POST",
          headers: { ...MCP_HEADERS, "x-api-key": written, "mcp-session-id": session },
          body: JSON.stringify(body),
        });
      await post({ jsonrpc: "2.0", method: "notifications/initialized" });
      await post({
        jsonrpc: "2.0",
        id: 2,
        method: "tools/call",
        params: { name: "echo", arguments: { from: name } },
      });
    }
    const reached = recorded(log).filter((m) => typeof m === "object" && m.method === "tools/call");
    // Before the fix: all three "digests" opened sessions and their calls reached the server.
    expect(opened).toEqual([]);
    expect(reached).toEqual([]);
  });
});
