// Bounded metric labels (issue 11 item 9): 20,000 distinct method names from a client, through the real
// bridge, leave /metrics small; methods the specification does not define are counted as "other".
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, recorded, recorderServerYaml } from "../src/index.js";

const log = join(makeGuardedHome().dir, "recorder.log");
const home = makeGuardedHome(recorderServerYaml("recorder", log));
afterAll(() => home.cleanup());

async function scrape(): Promise<string> {
  const port = readFileSync(join(home.home, "dashboard.port"), "utf8").trim();
  const token = readFileSync(join(home.home, "dashboard.token"), "utf8").trim();
  const res = await fetch(`http://127.0.0.1:${port}/metrics`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(res.status).toBe(200);
  return res.text();
}

it("keeps /metrics small after 20,000 distinct methods", async () => {
  const bridge = new RawBridge(home, "recorder");
  await bridge.initialize();
  bridge.send({ jsonrpc: "2.0", id: "warm", method: "tools/list" });
  await bridge.answerTo("warm");
  // The first request to the dashboard loads its app: what the daemon counted before that is in it.
  const before = await scrape();
  expect(before).toMatch(
    /mcp_guard_messages_total\{server="recorder",method="tools\/list",direction="to_server",decision="allow"\} 1\n/,
  );

  const lines: string[] = [];
  for (let i = 0; i < 20_000; i++)
    lines.push(JSON.stringify({ jsonrpc: "2.0", method: `notifications/m${i}`, params: {} }));
  for (let i = 0; i < 1_000; i++) lines.push(JSON.stringify({ jsonrpc: "2.0", id: i, method: `x/${i}` }));
  bridge.child.stdin.write(`${lines.join("\n")}\n`);
  bridge.send({ jsonrpc: "2.0", id: "done", method: "ping" });
  await bridge.answerTo("done", 60_000);
  const after = await scrape();
  bridge.close();
  await bridge.exited;

  expect(recorded(log).some((m) => JSON.stringify(m).includes("notifications/m1"))).toBe(false);
  expect(after).not.toMatch(/method="(notifications\/m|x\/)/);
  expect(after).toMatch(
    /mcp_guard_messages_total\{server="recorder",method="other",direction="to_server",decision="block"\} 21000/,
  );
  // The same series as before the flood, give or take the few the flood's own labels add.
  const series = (text: string) => text.split("\n").filter((l) => l && !l.startsWith("#")).length;
  expect(series(after) - series(before)).toBeLessThan(40);
  expect(after.length).toBeLessThan(32 * 1024);
  console.log(`/metrics: ${before.length} bytes before, ${after.length} bytes after 21,000 distinct methods`);
});
