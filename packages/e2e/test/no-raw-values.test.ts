// Nothing raw on disk (issue 11 item 8): ids and methods are scanned like any other string, so a token in
// an id or a key in a method never reaches the server, and the audit keeps a method, target or id only
// after detection found nothing in it (otherwise a keyed digest). Proven by a byte search of the whole
// daemon home (database, -wal, logs) after a run that puts secrets and personal data in every field.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { makeGuardedHome, RawBridge, recorded, recorderServerYaml, valuesOnDisk } from "../src/index.js";

const GITHUB = "ghp_R8kWq2ZpL5vN3xT7yB1cD4fG6hJ9mK0sA2eU";
const AWS = "AKIAZ7Q4M2N7P3R6T5VW";
const SSN = "536-22-8471";
const EMAIL = "dana.scully@fbi-example.org";
const CARD = 4111111111111111;
const IBAN = "DE89370400440532013000";
const PHONE = "+1 415-555-2671";
const SECRETS = [GITHUB, AWS, SSN, EMAIL, String(CARD), IBAN, PHONE];

const dir = makeGuardedHome().dir;
const log = join(dir, "recorder.log");
writeFileSync(
  `${log}.to-client.json`,
  JSON.stringify([
    { jsonrpc: "2.0", id: `roots-${GITHUB}`, method: "roots/list" },
    { jsonrpc: "2.0", id: EMAIL, method: "ping" },
    { jsonrpc: "2.0", method: `notifications/${AWS}`, params: {} },
    { jsonrpc: "2.0", method: `${EMAIL}`, params: {} },
    { jsonrpc: "2.0", id: `answer-${SSN}`, result: {} },
    { jsonrpc: "2.0", method: "notifications/message", params: { level: "info", data: "last" } },
  ]),
);
const home = makeGuardedHome(
  recorderServerYaml("recorder", log),
  "pii:\n  actions:\n    ssn: { request: block }",
);
afterAll(() => home.cleanup());

/** Every file of the home that holds one of the values, byte for byte. */
const rawValuesOnDisk = () =>
  valuesOnDisk(
    home.home,
    SECRETS.map((secret) => [secret, secret] as const),
  );

it("scans ids and methods, and leaves no raw value in the home", async () => {
  const bridge = new RawBridge(home, "recorder");
  await bridge.initialize();
  const fromServer: Record<string, unknown>[] = [];
  /** The next answer to the client, keeping what the server sent meanwhile. */
  const reply = async () => {
    for (;;) {
      const line = await bridge.next();
      if ("result" in line || "error" in line) return line;
      fromServer.push(line);
    }
  };
  const call = (id: unknown, name: string, args: object = {}) => ({
    jsonrpc: "2.0",
    id,
    method: "tools/call",
    params: { name, arguments: args },
  });
  // Requests whose id carries a secret or an identity number never reach the server.
  for (const id of [GITHUB, `req ${SSN}`, CARD, `iban ${IBAN}`]) {
    bridge.send(call(id, "echo"));
    expect(await reply()).toMatchObject({ id, error: { data: { reason: "sensitive_data" } } });
  }
  // E-mail addresses and phone numbers pass towards a server by default (with a warning in the audit):
  // the call is answered, and the home below still holds no raw copy of them.
  for (const id of [EMAIL, PHONE]) {
    bridge.send(call(id, "echo"));
    expect(await reply()).toMatchObject({ id, result: {} });
  }
  // Methods: as a request, as a notification, as an id-less "request".
  bridge.send({ jsonrpc: "2.0", id: 30, method: `tools/${AWS}`, params: {} });
  expect(await reply()).toMatchObject({ id: 30, error: { data: { reason: "method_not_allowed" } } });
  bridge.send({ jsonrpc: "2.0", method: `notifications/${GITHUB}` });
  bridge.send({ jsonrpc: "2.0", id: 29, method: "ping" });
  await reply();
  // Targets: tool, prompt and resource names and URIs, and the arguments.
  bridge.send(call(31, `pay_${EMAIL}`));
  await reply();
  bridge.send(call(32, GITHUB, { token: GITHUB }));
  await reply();
  bridge.send({ jsonrpc: "2.0", id: 33, method: "prompts/get", params: { name: AWS } });
  await reply();
  bridge.send({
    jsonrpc: "2.0",
    id: 34,
    method: "resources/read",
    params: { uri: `file:///${SSN}/${IBAN}` },
  });
  await reply();
  bridge.send(call(35, "echo", { note: `${EMAIL} ${PHONE} ${IBAN} ${CARD}` }));
  await reply();
  // Broken JSON whose id still names a secret, and a response to nothing.
  bridge.send(`{"jsonrpc":"2.0","id":"${GITHUB}","method":"tools/call",`);
  expect(await reply()).toMatchObject({ error: { data: { reason: "parse_error" } } });
  bridge.send({ jsonrpc: "2.0", id: `resp-${AWS}`, result: {} });
  bridge.send({ jsonrpc: "2.0", id: 36, method: "ping" });
  expect(await reply()).toMatchObject({ id: 36, result: {} });
  bridge.close();
  await bridge.exited;
  // The server's ping with an e-mail address as its id passes (e-mail towards the client is "warn"); the
  // others it sent with secrets did not, and the client never saw any other of them.
  const shown = JSON.stringify(fromServer);
  for (const secret of [GITHUB, AWS, SSN]) expect(shown).not.toContain(secret);

  // The server's own request with a token in its id comes back to it only as our refusal; nothing else
  // the server received holds any of the values.
  const received = recorded(log).filter(
    (m) => !(typeof m === "object" && m.id === `roots-${GITHUB}` && "error" in m),
  );
  // (E-mail addresses and phone numbers pass towards a server by default, with a warning: only the types
  // blocked towards the server are checked here; the home below is checked for every value.)
  for (const secret of [GITHUB, AWS, SSN, String(CARD), IBAN])
    expect(JSON.stringify(received), secret).not.toContain(secret);

  // While the daemon runs (rows in the database and its -wal) and after it stopped.
  await new Promise((r) => setTimeout(r, 1500));
  expect(rawValuesOnDisk()).toEqual([]);
  await home.stop();
  expect(rawValuesOnDisk()).toEqual([]);
  const { stdout } = await home.cli(["logs", "--json", "--limit", "1000"]);
  expect(stdout).toMatch(/"rpc_id":"hmac:[0-9a-f]{24}"/);
  expect(stdout).toMatch(/"target":"hmac:[0-9a-f]{24}"/);
  expect(stdout).toMatch(/"method":"hmac:[0-9a-f]{24}"/);
});
