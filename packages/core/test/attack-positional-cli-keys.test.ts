// Attack (round 48, found from outside): two command lines that take a credential as a bare word after a
// keyword or in a fixed position, both from their tools' own manuals:
// - NetworkManager's `nmcli device wifi connect <SSID> password <password>` (nmcli-examples(7)), the usual way
//   to join a Wi-Fi network from a script or an agent's shell; the scanner redacts the key when it is quoted
//   and followed by `ifname`, but not in the manual's plain form;
// - MinIO's client `mc alias set <alias> <url> <access-key> <secret-key>` (MinIO's quickstart), which every
//   MinIO set-up script runs; a MinIO secret key is 40 characters of base64 letters, not an AWS-prefixed one.
// `history`, a provisioning script or `ps` read through a tool shows both whole, and sending such a script
// to a server is not refused. A correct guard redacts nmcli's word after `password` and mc's last argument
// (the secret key) after `alias set`/`config host add`.
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

const WIFI_KEY = "Kq8vM3tR6xLp";
/** MinIO's own example secret key is published; this one has the same shape (40 characters). */
const MINIO_SECRET = "zXf+tQteSlswRu7BJ86wekitnifILbZam1KYY3Ta";

describe("nmcli's password keyword", () => {
  it("the same key quoted and followed by ifname is redacted (the harness sees what the scanner does)", () => {
    expect(shown(`nmcli dev wifi connect "Office 5G" password "${WIFI_KEY}" ifname wlan0`)).not.toContain(
      WIFI_KEY,
    );
  });

  it.each([
    ["nmcli-examples(7)'s form", `nmcli device wifi connect HomeNet password ${WIFI_KEY}`],
    ["abbreviated, with sudo", `sudo nmcli d wifi connect HomeNet password ${WIFI_KEY}`],
  ])("%s: the key is redacted", (_name, text) => {
    expect(shown(text)).not.toContain(WIFI_KEY);
  });
});

describe("mc alias set's secret key", () => {
  it.each([
    ["mc alias set", `mc alias set myminio https://minio.example.com Q3AM3UQ867SPQQA43P2F ${MINIO_SECRET}`],
    [
      "the older mc config host add",
      `mc config host add myminio https://minio.example.com Q3AM3UQ867SPQQA43P2F ${MINIO_SECRET}`,
    ],
    [
      "mc alias set with --api",
      `mc alias set backup http://10.0.0.9:9000 backupuser ${MINIO_SECRET} --api S3v4`,
    ],
  ])("%s: the secret key is redacted", (_name, text) => {
    expect(shown(text)).not.toContain(MINIO_SECRET);
  });

  it("an alias listed without keys passes", () => {
    const text = "mc alias set myminio https://minio.example.com\nmc ls myminio/backups\n";
    expect(shown(text)).toBe(text);
  });
});

describe("nmcli's and mc's neighbours that hold no key", () => {
  it.each([
    ["nmcli asking for the password", "nmcli --ask device wifi connect HomeNet\n"],
    ["nmcli with the key from a variable", 'nmcli device wifi connect HomeNet password "$WIFI_PASS"\n'],
    ["mc with the default credentials", "mc alias set local http://127.0.0.1:9000 minioadmin minioadmin\n"],
    [
      "mc with keys from the environment",
      'mc alias set myminio "$MINIO_URL" "$MINIO_ACCESS_KEY" "$MINIO_SECRET_KEY"\n',
    ],
  ])("%s passes", (_name, text) => {
    expect(shown(text)).toBe(text);
  });

  it("nmcli's wifi-sec.psk is redacted", () => {
    expect(shown(`nmcli con modify HomeNet wifi-sec.psk ${WIFI_KEY}`)).not.toContain(WIFI_KEY);
  });
});
