// Attack (round 48, found from outside): an Erlang distribution cookie is the one shared secret between the
// nodes of an Erlang or Elixir cluster; whoever holds it can connect as a node and run any code on every node
// (RabbitMQ's clustering guide: "the cookie is ... a shared secret"; CouchDB and ejabberd likewise). It is
// written as Bitnami's Helm value `auth.erlangCookie`, RabbitMQ's `RABBITMQ_ERLANG_COOKIE` (docker run,
// Compose, Kubernetes manifests), `erl -setcookie …`, `rabbitmqctl --erlang-cookie …` and Elixir releases'
// `RELEASE_COOKIE`. The scanner redacts the `password:` two lines above it in the same Helm values and passes
// every cookie whole, to the client and to a server. A correct guard reads a cookie under these names as a
// secret and redacts it.
import { describe, expect, it } from "vitest";
import { DEFAULT_ACTIONS, FALLBACK_ACTIONS } from "../src/detect/actions.js";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** What the client is shown under the default actions (a type the table does not know counts as a secret). */
const shown = (text: string) => {
  const redacted = (type: string) => (DEFAULT_ACTIONS[type] ?? FALLBACK_ACTIONS).response === "redact";
  const out = scanner.scan({ content: [{ type: "text", text }] }, "result", redacted);
  return (out.value as { content: { text: string }[] }).content[0]!.text;
};

const PASSWORD = "Hm6vQ2tR8xLz";
const COOKIE = "Xv8mR3qT6kLpZw2NQx7m";
/** Bitnami's RabbitMQ chart values, as `helm get values` prints what a user supplied. */
const HELM_VALUES = `auth:
  username: user
  password: ${PASSWORD}
  erlangCookie: ${COOKIE}
`;

describe("an Erlang distribution cookie", () => {
  it("the password beside it is redacted (the harness sees what the scanner does)", () => {
    expect(shown(HELM_VALUES)).not.toContain(PASSWORD);
  });

  it.each([
    ["the RabbitMQ chart's auth.erlangCookie", HELM_VALUES],
    [
      "docker run's environment",
      `docker run -d --hostname rabbit1 -e RABBITMQ_ERLANG_COOKIE='${COOKIE}' rabbitmq:3`,
    ],
    [
      "a Compose file",
      `services:\n  rabbitmq:\n    environment:\n      RABBITMQ_ERLANG_COOKIE: "${COOKIE}"\n`,
    ],
    ["erl's -setcookie", `erl -sname node1 -setcookie ${COOKIE}`],
    ["rabbitmqctl's --erlang-cookie", `rabbitmqctl --erlang-cookie ${COOKIE} cluster_status`],
    ["an Elixir release's environment", `RELEASE_COOKIE=${COOKIE}\nRELEASE_NODE=app@10.0.0.5\n`],
  ])("%s: the cookie is redacted", (_name, text) => {
    expect(shown(text)).not.toContain(COOKIE);
  });
});

describe("cookie words that hold no cookie", () => {
  it("a reference to the cookie file passes", () => {
    const text = "RABBITMQ_ERLANG_COOKIE_FILE=/var/lib/rabbitmq/.erlang.cookie\n";
    expect(shown(text)).toBe(text);
  });
});

describe("cookie names beside what is no cookie", () => {
  it.each([
    ["a cookie from the environment", 'RABBITMQ_ERLANG_COOKIE: "${ERLANG_COOKIE}"\n'],
    ["prose about the option", "Pass the --erlang-cookie argument only when the file is unreadable."],
    ["JavaScript's setCookie", "const setCookie = function (name, value) { document.cookie = name; };\n"],
    ["a chart's template", "erlangCookie: {{ .Values.auth.erlangCookie }}\n"],
  ])("%s passes", (_name, text) => {
    expect(shown(text)).toBe(text);
  });

  it("an Erlang shell's set_cookie is redacted", () => {
    expect(shown("erlang:set_cookie(node(), 'QWERTYUIOPASDFGHJKLZ').")).not.toContain("QWERTYUIOPASDFGHJKLZ");
  });
});
