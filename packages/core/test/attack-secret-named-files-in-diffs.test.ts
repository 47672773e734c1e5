// False refusal (round 47, found from outside): `git diff` and `git show` of a file whose name begins with
// `secret-` (secret-store.js, secret-values.ts: common in any code base that handles secrets, this one
// included) lose the file's name and the `index` line below it. The header `diff --git a/lib/secret-store.js
// b/lib/secret-store.js` is followed by `index 3b1f2a4..8c9d0e1 100644`; the scanner joins the name's tail
// and the next line into one value after Statsig's `secret-` prefix and redacts `secret-store.js⏎index …` as
// a statsig_server_secret. Found by scanning `git log -p` of this repository. An agent reviewing a change is
// shown a diff whose header is gone, and a patch sent to a code-review server is refused (secrets block
// towards a server). A file name ends at its line; a correct guard passes the diff, and a Statsig server
// secret (`secret-` and 30–60 random letters and digits) written alone is still redacted.
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

/** `git show --stat -p` of a one-line change, as git prints it. */
const GIT_SHOW = `commit 9f2c4e1a7b3d5f6e8a0c2b4d6f8e0a1c3b5d7f9e
Author: Ana Souza <ana@example.com>
Date:   Sat Nov 28 12:00:00 2026 +0000

    Read the store's path from the environment

 lib/secret-store.js | 2 +-
 1 file changed, 1 insertion(+), 1 deletion(-)

diff --git a/lib/secret-store.js b/lib/secret-store.js
index 3b1f2a4..8c9d0e1 100644
--- a/lib/secret-store.js
+++ b/lib/secret-store.js
@@ -1,3 +1,3 @@
-const STORE = "/var/lib/app/store";
+const STORE = process.env.STORE_PATH ?? "/var/lib/app/store";
 module.exports = { STORE };
`;
/** `git diff` of this repository's packages/cli/src/onboarding/secret-values.ts. */
const GIT_DIFF = `diff --git a/packages/cli/src/onboarding/secret-values.ts b/packages/cli/src/onboarding/secret-values.ts
index 3b1f2a4..8c9d0e1 100644
--- a/packages/cli/src/onboarding/secret-values.ts
+++ b/packages/cli/src/onboarding/secret-values.ts
`;

describe("a diff of a file named secret-…", () => {
  it.each([
    ["git show", GIT_SHOW],
    ["git diff", GIT_DIFF],
  ])("%s passes unredacted", (_name, text) => {
    expect(shown(text)).toBe(text);
  });

  it("a Statsig server secret is still redacted", () => {
    const key = "secret-Xq3vT8mN2pR6sW9yB1cD4fG7hJ0kL5uE9aZ";
    expect(shown(`STATSIG_SERVER_SECRET=${key}\n`)).not.toContain(key);
  });

  // The twins: a real secret inside such a diff, and one cut over lines after a file's name.
  it("a Statsig server secret added in a diff of secret-store.js is still redacted", () => {
    const key = "secret-Xq3vT8mN2pR6sW9yB1cD4fG7hJ0kL5uE9aZ";
    const diff = `${GIT_DIFF.replaceAll("secret-values.ts", "secret-store.js")}@@ -1 +1 @@\n+const KEY = "${key}";\n`;
    expect(shown(diff)).not.toContain(key);
  });

  it("a Statsig server secret cut over two lines is still redacted", () => {
    const text = "STATSIG_SERVER_SECRET=secret-Xq3vT8mN2pR6sW9yB1c\nD4fG7hJ0kL5uE9aZ\n";
    expect(shown(text)).not.toContain("Xq3vT8mN2pR6sW9yB1c");
  });
});
