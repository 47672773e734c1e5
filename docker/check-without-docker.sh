#!/usr/bin/env bash
# Replays what docker/Dockerfile does, without a Docker engine: the build stage's pnpm command on a clean copy
# of the committed tree (git archive, as .dockerignore leaves the context), then the image's command
# (ENTRYPOINT + CMD) against docker/mcp-guard.yaml with a test key and a free port, and one MCP initialize
# with that key. It does not check the base image, apt, the node user or the volume's ownership.
# Usage: bash docker/check-without-docker.sh   (a few minutes: better-sqlite3 builds from source)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'kill "${pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
tree="$work/tree"
mkdir "$tree"
git -C "$root" archive HEAD | tar -x -C "$tree"
build="$(sed -n 's/^RUN \(pnpm install .*\)$/\1/p' "$root/docker/Dockerfile")"
echo "build stage: $build"
(cd "$tree" && bash -c "$build") >"$work/build.log" 2>&1 || { tail -20 "$work/build.log"; exit 1; }
key="check-$(date +%s)-0123456789abcdef"
hash="$(printf %s "$key" | sha256sum | cut -d' ' -f1)"
port="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
sed -e "s/port: 9780/port: $port/" -e "s/sha256:0\{64\}/sha256:$hash/" "$root/docker/mcp-guard.yaml" >"$work/mcp-guard.yaml"
mkdir -m 700 "$work/home"
entry="$(sed -n 's/^ENTRYPOINT \["node", "\/opt\/mcp-guard\/\(.*\)"\]$/\1/p' "$root/docker/Dockerfile")"
cmd="$(sed -n 's/^CMD \["\(.*\)"\]$/\1/p' "$root/docker/Dockerfile")"
echo "image command: node $entry $cmd"
(cd "$tree" && MCP_GUARD_HOME="$work/home" MCP_GUARD_CONFIG="$work/mcp-guard.yaml" HOME="$work" \
  exec node "$entry" "$cmd" >"$work/serve.log" 2>&1) &
pid=$!
for _ in $(seq 1 60); do grep -q "HTTP http" "$work/serve.log" && break; sleep 1; done
cat "$work/serve.log"
init='{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"check","version":"1"}}}'
status="$(curl -s -o "$work/init.out" -w '%{http_code}' -m 120 -X POST "http://127.0.0.1:$port/mcp/everything" \
  -H "X-API-Key: $key" -H 'content-type: application/json' -H 'accept: application/json, text/event-stream' -d "$init")"
if [ "$status" = 200 ] && grep -q '"serverInfo"' "$work/init.out"; then
  echo "ok: the image's command served an MCP session with an API key (server started by npx)"
else
  echo "FAILED: HTTP $status"; cat "$work/init.out"; exit 1
fi
