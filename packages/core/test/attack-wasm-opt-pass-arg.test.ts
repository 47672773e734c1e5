// Attack (round 48, found from outside; a false refusal): Binaryen's wasm-opt passes options to an
// optimisation pass with `--pass-arg=<pass>@<value>` (wasm-opt --help; Emscripten's ASYNCIFY docs use
// `--pass-arg=asyncify-imports@env.sleep`), and lightningcss's own package.json build script carries
// `--pass-arg=asyncify-imports@env.await_promise_sync`. The scanner reads `--pass` as a password switch and
// redacts the pass's argument (or reads it as an e-mail address), so `cat package.json`, a Makefile or a build
// log reaches the client with a hole, and a build script sent to a server is refused as carrying a secret.
// Found by scanning the pnpm store's packages. A correct guard reads `--pass-arg` as its own option (a
// switch name continues past the hyphen), and `--pass <value>`/`--pass=<value>` is still a password.
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

describe("wasm-opt's --pass-arg", () => {
  it.each([
    [
      "lightningcss's build script",
      '"build-wasm": "wasm-opt target/lightningcss_node.wasm --asyncify --pass-arg=asyncify-imports@env.await_promise_sync -Oz -o wasm/lightningcss_node.wasm"',
    ],
    [
      "a pass argument without @",
      "wasm-opt in.wasm --asyncify --pass-arg asyncify-ignore-indirect -O3 -o out.wasm",
    ],
    [
      "Emscripten's linker flag",
      "emcc -O2 main.c -s ASYNCIFY -Wl,--pass-arg=asyncify-imports@env.js_sleep -o main.js",
    ],
  ])("%s passes unredacted", (_name, text) => {
    expect(shown(text)).toBe(text);
  });
});

describe("a password switch", () => {
  it("--pass with a value is still redacted", () => {
    expect(shown("mytool --user deploy --pass Kq8vM3tR6xLp")).not.toContain("Kq8vM3tR6xLp");
  });
});
