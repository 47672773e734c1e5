// Attack (round 50, false refusal found from the outside): Python code that stores a parameter under a
// password-named attribute (`self._passphrase_userdata = userdata`, pyOpenSSL's SSL.py) or unpacks a tuple
// into a password-named target (`index_url, _, index_url_user_password = index_info`, pip's network/auth.py)
// makes the scanner take the plain variable name (`userdata`, `index_info`) as the secret's value; it then
// redacts every copy of that word in the text, so the function's parameters, its docstring (`:param
// userdata:`) and unrelated lines come back as `[REDACTED:secret_assignment]` (towards a server: the call is
// blocked). Two widely installed libraries' sources cannot be read. Round 41 (attack-python-stdlib-sources)
// passes a Token-named name assigned another name; a password-named target, and the echo, are what it left. A
// correct guard reads a bare identifier on the right of a code assignment (no quotes, a name the same text
// declares or uses as a variable) as a reference, not a value.
import { describe, expect, it } from "vitest";
import { DEFAULT_ACTIONS, FALLBACK_ACTIONS } from "../src/detect/actions.js";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const redacted = (type: string) => (DEFAULT_ACTIONS[type] ?? FALLBACK_ACTIONS).response === "redact";
/** What the client is shown under the default actions (a type the table does not know counts as a secret). */
const shown = (text: string) => {
  const out = scanner.scan({ content: [{ type: "text", text }] }, "result", redacted);
  return (out.value as { content: { text: string }[] }).content[0]!.text;
};
/** The types that would block the text as a tool's argument (towards the server). */
const blockedAsArgument = (text: string) =>
  scanner
    .scan({ content: [{ type: "text", text }] }, "request", () => false)
    .findings.map((f) => f.type)
    .filter((type) => (DEFAULT_ACTIONS[type] ?? FALLBACK_ACTIONS).request === "block");

/** From pyOpenSSL's OpenSSL/SSL.py (Context.set_passwd_cb), shortened. */
const PYOPENSSL = `    def set_passwd_cb(self, callback, userdata=None):
        """
        Set the passphrase callback.

        :param callback: The Python callback to use.
        :param userdata: (optional) A Python object which will be given as
                         argument to the callback
        :return: None
        """
        if not callable(callback):
            raise TypeError("callback must be callable")

        self._passphrase_helper = self._wrap_callback(callback)
        self._passphrase_callback = self._passphrase_helper.callback
        _lib.SSL_CTX_set_default_passwd_cb(self._context, self._passphrase_callback)
        self._passphrase_userdata = userdata
`;
/** From pip's pip/_internal/network/auth.py (MultiDomainBasicAuth._get_new_credentials). */
const PIP_AUTH = `        # Find a matching index url for this request
        index_url = self._get_index_url(url)
        if index_url:
            # Split the credentials from the url.
            index_info = split_auth_netloc_from_url(index_url)
            if index_info:
                index_url, _, index_url_user_password = index_info
                logger.debug("Found index url %s", index_url)
`;

describe("a variable assigned to a password-named target", () => {
  it.each([
    ["pyOpenSSL's passphrase attribute", PYOPENSSL],
    ["pip's tuple unpacking", PIP_AUTH],
  ])("%s reaches the client whole", (_name, text) => {
    expect(shown(text)).toBe(text);
  });

  it("the parameter's other mentions are not redacted", () => {
    expect(shown(PYOPENSSL)).toContain(":param userdata:");
  });

  it.each([
    ["pyOpenSSL's passphrase attribute", PYOPENSSL],
    ["pip's tuple unpacking", PIP_AUTH],
  ])("%s is not blocked as a tool's argument", (_name, text) => {
    expect(blockedAsArgument(text)).toEqual([]);
  });
});
