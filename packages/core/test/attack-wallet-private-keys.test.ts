// Attack (round 42, found from outside): a wallet's private key passes the scan in the serialisations wallets
// export it in, where its recovery phrase would be found: a BIP32 extended private key (`xprv…`, `tprv…`,
// `zprv…`, Base58Check, as Electrum's "Master Private Key", `bitcoin-cli listdescriptors true` and every HD
// library print it), a Wallet Import Format key (`5…`/`K…`/`L…`, as `bitcoin-cli dumpprivkey` and paper
// wallets write it) and a Nostr secret key (`nsec1…`, bech32, NIP-19, which every Nostr client exports). Each
// has a checksum (the values here are valid) and the first and last a distinctive prefix. docs/detection.md
// finds a wallet's recovery phrase under its label, since it rebuilds the wallet; the master key it derives
// does the same without the phrase, and README promises secrets are blocked towards a server and redacted
// towards the client. A correct guard takes these keys (checked by their checksums), labelled or not.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** A tool's result, every type set to redact: what reaches the client. */
const shown = (text: string) =>
  JSON.stringify(scanner.scan({ content: [{ type: "text", text }] }, "result", () => true).value);
/** A call's arguments, every type set to redact: what reaches the server. */
const sent = (args: Record<string, unknown>) =>
  JSON.stringify(scanner.scan({ name: "import_wallet", arguments: args }, "params", () => true).value);

const XPRV =
  "xprv9s21ZrQH143K2ZNsVh1FfoVAbtPtgiGuRhnCR1W7TvuKuBix5cUUUY6M2M6vymps8BgLnnBDDjnmMYxtopAVMaGkHXgd7p843c1R2Nkrrh8";
const TPRV =
  "tprv8ZgxMBicQKsPdNcQAFrkqT79v1p6vEJumFhKHRvZwuPognU34ypDzHTnwXGaz9DBVdD7nsnyP6NZpQWdw2WSAdYLpAtvnAr6xhkqU4JWbZo";
const ZPRV =
  "zprvAdiqZUzYV4QoVXhUC5JwAK5fLKrNam8EparCyN6Rd9PJ7gX3XdABE5xvSy4m4Sgu3bS4mfEaKsiLLvESxJMyC6uvuUnWmkFBgpZawDhSEuj";
const WIF = "L3eWntdqTFEjJhRFAcFtZoyreSb1jtGdymuQ8zUXm8jfR4TybK4D";
const WIF_UNCOMPRESSED = "5KGkTFsVCPFtj5B2Q2C5S77YBkQZny2H5hzBgRMHV8C2TK3VQDc";
const NSEC = "nsec1vc76c8nwnyjvyy9unhfjla5h599vgkumcuas7de23hczu5u93l7qt64sc0";

describe("wallet private keys", () => {
  it("a recovery phrase under its label is found (the rule this door is beside)", () => {
    const phrase = "orbit canyon velvet hammer pilot garden drift lunar ticket absorb glory spread";
    expect(shown(`Seed phrase: ${phrase}`).includes("hammer pilot")).toBe(false);
  });

  it.each([
    ["Electrum's master private key", `Master Private Key:\n${XPRV}`, XPRV],
    [
      "bitcoin-cli listdescriptors true",
      JSON.stringify(
        {
          wallet_name: "main",
          descriptors: [
            {
              desc: `wpkh(${TPRV}/84h/1h/0h/0/*)#8gfuh6ex`,
              timestamp: 1709287200,
              active: true,
              internal: false,
            },
          ],
        },
        null,
        2,
      ),
      TPRV,
    ],
    ["a descriptor with a zprv", `wpkh([d34db33f/84h/0h/0h]${ZPRV}/0/*)`, ZPRV],
    [
      "bitcoin-cli dumpprivkey",
      `$ bitcoin-cli dumpprivkey bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq\n${WIF}`,
      WIF,
    ],
    [
      "a paper wallet",
      `Bitcoin paper wallet\nPrivate Key (WIF): ${WIF_UNCOMPRESSED}\nKeep this safe.`,
      WIF_UNCOMPRESSED,
    ],
    ["a Nostr client's key export", `Your private key (keep it secret!):\n${NSEC}`, NSEC],
  ])("%s is not shown as it is", (_, text, key) => {
    expect(shown(text).includes(key), `the private key reached the client in: ${text}`).toBe(false);
  });

  it.each([
    ["an extended private key", { xprv: XPRV }, XPRV],
    ["a Nostr key given to a client", { nsec: NSEC, relays: ["wss://relay.damus.io"] }, NSEC],
  ])("%s is not sent as it is", (_, args, key) => {
    expect(sent(args).includes(key), `the private key reached the server in: ${JSON.stringify(args)}`).toBe(
      false,
    );
  });
});
