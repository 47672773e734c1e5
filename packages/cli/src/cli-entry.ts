// The CLI's bin, which `init --apply` writes into client configs. Named from a module at the top of src/:
// it lands at the depth of bin/ both in dist/ and in bundle/ (whose chunks all sit in one directory, see
// scripts/bundle-daemon.mjs), where a module of commands/ would be one level deeper in dist/ only.
import { fileURLToPath } from "node:url";

export const CLI_ENTRY = fileURLToPath(new URL("../bin/mcp-guard.js", import.meta.url));
