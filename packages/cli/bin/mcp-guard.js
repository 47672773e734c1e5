#!/usr/bin/env node
// The CLI bundled with all it loads (scripts/bundle-daemon.mjs, `pnpm build`): the same code as dist/main.js.
import "../bundle/mcp-guard.js";
