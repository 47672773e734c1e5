// Attack (round 42, found from outside): a Wi-Fi network's passphrase passes the scan in every file and
// command output that holds it, because its name there is `psk` or "Key Content" and not a password's:
// wpa_supplicant.conf's `psk="…"`, a NetworkManager keyfile's `psk=` (/etc/NetworkManager/system-connections),
// `nmcli -s connection show`'s `802-11-wireless-security.psk:`, Windows' `netsh wlan show profile … key=clear`
// ("Key Content : …") and the `WIFI:…;P:…;;` text of a network's QR code. Beside it hostapd's
// `wpa_passphrase=` and a `Password:` line are found. README: secrets (passwords included) are blocked towards
// a server and redacted towards the client; docs/detection.md: a value needs a credential name, and a key
// named for what it guards is a secret's name. A correct guard reads `psk`, a pre-shared key, and these
// tools' labels as a password's name.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** A shell server's result, every type set to redact: what reaches the client. */
const shown = (text: string) =>
  JSON.stringify(scanner.scan({ content: [{ type: "text", text }] }, "result", () => true).value);
/** A call writing a file, every type set to redact: what reaches the server. */
const sent = (path: string, content: string) =>
  JSON.stringify(
    scanner.scan({ name: "write_file", arguments: { path, content } }, "params", () => true).value,
  );

const PSK = "Blue-Horse-Battery-42";

const WPA_SUPPLICANT = `ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=GB

network={
	ssid="AcmeOffice"
	psk="${PSK}"
	key_mgmt=WPA-PSK
}
`;

const NM_KEYFILE = `[connection]
id=AcmeOffice
uuid=6f1c2a4e-8b3d-4f2a-9c1e-7d5b3a2f0e91
type=wifi

[wifi]
mode=infrastructure
ssid=AcmeOffice

[wifi-security]
auth-alg=open
key-mgmt=wpa-psk
psk=${PSK}

[ipv4]
method=auto
`;

const NMCLI_SHOW = `connection.id:                          AcmeOffice
connection.type:                        802-11-wireless
802-11-wireless.ssid:                   AcmeOffice
802-11-wireless.mode:                   infrastructure
802-11-wireless-security.key-mgmt:      wpa-psk
802-11-wireless-security.auth-alg:      open
802-11-wireless-security.psk:           ${PSK}
802-11-wireless-security.psk-flags:     0 (none)`;

const NETSH = `Security settings
-----------------
    Authentication         : WPA2-Personal
    Cipher                 : CCMP
    Authentication         : WPA2-Personal
    Cipher                 : GCMP
    Security key           : Present
    Key Content            : ${PSK}

Cost settings
-------------
    Cost                   : Unrestricted`;

const QR_TEXT = `WIFI:T:WPA;S:AcmeOffice;P:${PSK};;`;

describe("Wi-Fi pre-shared keys", () => {
  it("hostapd's wpa_passphrase and a Password line are found (the rules this door is beside)", () => {
    expect(shown(`ssid=AcmeOffice\nwpa=2\nwpa_passphrase=${PSK}`).includes(PSK)).toBe(false);
    expect(shown(`SSID: AcmeOffice\nSecurity: WPA\nPassword: ${PSK}`).includes(PSK)).toBe(false);
  });

  it.each([
    ["wpa_supplicant.conf", WPA_SUPPLICANT],
    ["a NetworkManager keyfile", NM_KEYFILE],
    ["nmcli -s connection show AcmeOffice", NMCLI_SHOW],
    ["netsh wlan show profile name=AcmeOffice key=clear", NETSH],
    ["a Wi-Fi QR code's text", QR_TEXT],
  ])("%s is not shown with the passphrase", (name, text) => {
    expect(shown(text).includes(PSK), `the Wi-Fi passphrase reached the client in ${name}`).toBe(false);
  });

  it.each([
    ["/etc/wpa_supplicant/wpa_supplicant.conf", WPA_SUPPLICANT],
    ["/etc/NetworkManager/system-connections/AcmeOffice.nmconnection", NM_KEYFILE],
  ])("%s is not written with the passphrase", (path, content) => {
    expect(sent(path, content).includes(PSK), `the Wi-Fi passphrase reached the server in ${path}`).toBe(
      false,
    );
  });
});
