// Attack (round 31, found from outside): the example config (mcp-guard.example.yaml, "every key, with
// its default", the file users copy) guards its `filesystem` server, @modelcontextprotocol/server-filesystem,
// with `denied_resources: ["file:///**/.ssh/**", "file:///**/.env"]`. That server offers no resources at all:
// it reads files through its tools (`read_text_file`, `read_multiple_files`, `search_files`, ...), which the same
// example allows (`read_*`). denied_resources judges resources/read URIs only (attack-long-s-paths.test.ts says
// so in a comment; the README only says `extra_sensitive_resources` applies to tool arguments), and `.env` is
// not among the built-in sensitive files, so the rule the example shows protects nothing: a `.env` under the
// server's root reaches the client whole through `read_text_file`, and through `read_multiple_files` too. A
// user who copies the example believes `.env` files are denied to the agent.
// Secure: what the example's own policy denies for this server cannot be read through it, whichever way
// (the example names the file where it applies, e.g. `extra_sensitive_resources`, or the deny covers the
// server's file paths too). The test takes the example's entry verbatim, only pointing it at a local build of
// the same server and a directory of its own, and reads through the real bridge with a real SDK client.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { afterAll, describe, expect, it } from "vitest";
import { FILESYSTEM, guardedTransport, makeGuardedHome } from "../src/index.js";

const EXAMPLE = fileURLToPath(new URL("../../../mcp-guard.example.yaml", import.meta.url));
// Nothing detection would take out: only the deny rule can keep it from the client.
const MARKER = "LAUNCH_CODENAME=blue-heron-1138";

const root = join(makeGuardedHome().dir, "project");
mkdirSync(root, { recursive: true });
writeFileSync(join(root, ".env"), `${MARKER}\n`);
writeFileSync(join(root, "README.md"), "an ordinary file\n");

/** The example's `filesystem` entry as written, launched from a local build and rooted at `root`. */
function exampleEntry(): string {
  const text = readFileSync(EXAMPLE, "utf8");
  const start = text.indexOf("\n  filesystem:\n");
  const end = text.indexOf("\n  payments-example:", start);
  if (start < 0 || end < 0) throw new Error("the example has no filesystem entry where expected");
  return text
    .slice(start + 1, end)
    .replace(/^(\s+)command: .*$/m, `$1command: ${JSON.stringify(process.execPath)}`)
    .replace(/^(\s+)args: .*$/m, `$1args: [${JSON.stringify(FILESYSTEM)}, ${JSON.stringify(root)}]`)
    .replace("  filesystem:", "  example-fs:");
}

const home = makeGuardedHome(exampleEntry());
afterAll(() => home.cleanup());

async function outcome(client: Client, name: string, args: Record<string, unknown>): Promise<string> {
  try {
    const answer = JSON.stringify(await client.callTool({ name, arguments: args }));
    return answer.includes("blue-heron-1138") ? "the file reached the client" : "no content";
  } catch (err) {
    return (err as { data?: { reason?: string } }).data?.reason ?? "refused";
  }
}

describe("the example config's denied .env files behind its filesystem server", () => {
  it("reads an ordinary file (control)", async () => {
    const client = new Client({ name: "example", version: "1" });
    await client.connect(guardedTransport(home, "example-fs"));
    const answer = JSON.stringify(
      await client.callTool({ name: "read_text_file", arguments: { path: join(root, "README.md") } }),
    );
    await client.close();
    expect(answer).toContain("an ordinary file");
  });

  it("keeps a .env under the root from the client", async () => {
    const client = new Client({ name: "example", version: "1" });
    await client.connect(guardedTransport(home, "example-fs"));
    const outcomes = {
      read_text_file: await outcome(client, "read_text_file", { path: join(root, ".env") }),
      read_multiple_files: await outcome(client, "read_multiple_files", { paths: [join(root, ".env")] }),
    };
    await client.close();
    expect(Object.values(outcomes).filter((o) => o === "the file reached the client")).toEqual([]);
  });
});
