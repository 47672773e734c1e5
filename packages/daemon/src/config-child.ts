// The process config-process.ts starts: loads one config (YAML, ${VAR}s, `extends`, schema), sends the
// result back and exits. Never loaded into the daemon itself.
import type { ConfigRequest } from "./config-process.js";
import { loadAsDaemon } from "./config-load.js";

process.once("message", (message) => {
  void loadAsDaemon(message as ConfigRequest).then((result) => {
    if (!process.send) process.exit(2);
    process.send(result, () => process.disconnect());
  });
});
