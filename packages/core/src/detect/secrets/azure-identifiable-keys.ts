// Azure's identifiable keys, as Microsoft's security-utilities documents their layout: random base64 with a
// four-character signature naming the service at a fixed position, then a few characters of checksum.
// A 32-byte key is 33 characters, the signature, one of A–P, five characters and "="; a 64-byte key is 76
// characters, the signature, five characters, one of A, Q, g, w and "=="; a 39-byte key (Container Registry,
// Search) is 42 characters, the signature, one of A–D and five characters. The signature is the keyword and
// the pattern starts the fixed length before it, so the prefilter costs nothing on text without one.
// Also the common annotated security key: 52 alphanumerics, JQQJ9, a kind character, and a fixed tail.
import type { SecretRule } from "./engine.js";

const B64 = "[A-Za-z0-9+/]";
/** Azure Functions keys are in the URL-safe alphabet. */
const B64_URL = "[A-Za-z0-9_-]";
const NOT_BEFORE = "(?<![A-Za-z0-9+/_-])";
const NOT_AFTER = "(?![A-Za-z0-9+/=_-])";

const SIGNATURES = [
  "+ABa",
  "AzCa",
  "+ASb",
  "+AEh",
  "+ARm",
  "AIoT",
  "APIM",
  "+AMC",
  "ACDb",
  "+ASt",
  "AZEG",
  "+ACR",
  "AzSe",
  "+SQL",
];

const escape = (s: string) => s.replace(/\+/g, "\\+");

function layouts(signature: string, body: string): SecretRule[] {
  const sig = escape(signature);
  return [
    { back: 33, tail: `${sig}[A-P]${body}{5}=` },
    { back: 76, tail: `${sig}${body}{5}[AQgw]==` },
    { back: 42, tail: `${sig}[A-D]${body}{5}` },
  ].map(({ back, tail }) => ({
    type: "azure_identifiable_key",
    keywords: [signature],
    back,
    pattern: new RegExp(`${NOT_BEFORE}${body}{${back}}${tail}${NOT_AFTER}`),
    entropy: 3.5,
  }));
}

export const AZURE_IDENTIFIABLE_KEYS: SecretRule[] = [
  ...SIGNATURES.flatMap((s) => layouts(s, B64)),
  ...layouts("AzFu", B64_URL),
  {
    type: "azure_identifiable_key",
    keywords: ["JQQJ9"],
    back: 52,
    pattern:
      /(?<![A-Za-z0-9+/_-])[A-Za-z0-9]{52}JQQJ9[9DH][A-Za-z0-9][A-L][A-Za-z0-9]{16}[A-Za-z][A-Za-z0-9]{7}(?:[A-Za-z0-9]{2}==)?(?![A-Za-z0-9+/=_-])/,
    entropy: 3.5,
  },
];
