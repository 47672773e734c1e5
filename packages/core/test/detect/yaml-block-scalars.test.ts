// A credential written as a YAML block scalar (issue 12): `password: |` or `token: >-` puts the value alone on
// the next line, indented, as Helm values, a Secret's stringData and Ansible vars often hold a value pasted
// from a terminal. The assignment rules read a value only on the name's own line, so these reached the server
// whole. Random values made here; and the blocks real charts and workflows hold under such names, which stay
// quiet.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";
import { chars } from "./samples.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const secretsIn = (text: string) => scanner.spans(text).filter((s) => s.category === "secret");

const AN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
/** Mixed case and digits up front, so that a short random body cannot come out of one class by chance. */
const random = (n: number) => `Qx7${chars(AN, n - 3)}`;

describe("a block scalar's first line is the value its name is set to", () => {
  it.each([
    ["literal", (v: string) => `db:\n  user: app\n  password: |\n    ${v}\n  host: db\n`],
    ["folded, stripped", (v: string) => `database:\n  password: >-\n    ${v}\n`],
    ["literal, stripped", (v: string) => `auth:\n  client_secret: |-\n    ${v}\n`],
    ["with an indentation indicator", (v: string) => `api_token: |2\n  ${v}\n`],
    ["kept, CRLF", (v: string) => `smtp:\r\n  password: |+\r\n    ${v}\r\n`],
    ["a Secret's stringData", (v: string) => `kind: Secret\nstringData:\n  token: |\n    ${v}\n`],
  ])("%s", (_shape, text) => {
    const value = random(20);
    const doc = text(value);
    const found = secretsIn(doc);
    expect(found.map((s) => s.type)).toContain("secret_assignment");
    expect(found.some((s) => doc.slice(s.start, s.end).includes(value))).toBe(true);
  });

  it("leaves blocks that hold a script, prose, a reference or a placeholder", () => {
    for (const doc of [
      'steps:\n  - name: publish\n    run: |\n      echo "$NPM_TOKEN" > .npmrc\n',
      "token:\n  description: |\n    The token used to call the API; defaults to the workflow's own.\n",
      "with:\n  token: |\n    ${{ secrets.GITHUB_TOKEN }}\n",
      "secret:\n  password: |\n    changeme\n",
      "auth:\n  token: >-\n    {{ .Values.auth.token }}\n",
      "key: |\n  -----BEGIN PUBLIC KEY-----\n  MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n",
    ])
      expect(secretsIn(doc)).toEqual([]);
  });
});
