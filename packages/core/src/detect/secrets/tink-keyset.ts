// A Google Tink keyset in its JSON form (Tink's documented cleartext keyset: `{"primaryKeyId": …, "key":
// [{"keyData": {"typeUrl": …, "value": …, "keyMaterialType": …}, …}]}`). The keyData's value is the serialised
// key: a symmetric key or a private key in the clear. A public keyset (ASYMMETRIC_PUBLIC) or a key held in a
// KMS (REMOTE) carries nothing secret; an encrypted keyset stores "encryptedKeyset" instead of keyData.
import type { SecretRule } from "./engine.js";

/** Quotes, escaped or not (a keyset carried inside a JSON string), around a field's name. */
const Q = '\\\\{0,3}"';

/** The keyData object's text around the match: up to its closing brace, bounded. */
function keyDataObject(match: RegExpExecArray): string {
  const start = match.index;
  const close = match.input.indexOf("}", start + match[0].length);
  return match.input.slice(start, close < 0 ? start + 1024 : Math.min(close, start + 1024));
}

export const TINK_KEYSET: SecretRule = {
  type: "private_key",
  keywords: ["keydata"],
  pattern: new RegExp(
    `keyData${Q}[ \\t\\r\\n]{0,16}:[ \\t\\r\\n]{0,16}\\{[^{}]{0,600}?${Q}value${Q}[ \\t\\r\\n]{0,16}:[ \\t\\r\\n]{0,16}${Q}([A-Za-z0-9+/]{16,4000}={0,2})${Q}`,
  ),
  group: 1,
  entropy: 3,
  context: (match) => {
    const object = keyDataObject(match);
    return (
      /google\.crypto\.tink\./.test(object) &&
      !/ASYMMETRIC_PUBLIC|REMOTE/.test(object) &&
      !/PublicKey["\\]/.test(object)
    );
  },
};
