// Attack (round 42, found from outside): round 41 excuses a card-shaped number alone in a URL's path only as
// an app's id URI (gid://shopify/ProductVariant/…, docs/detection.md): "a card sent to a collector as
// `https://host/log/<card>` is the leak it looks like", and only a URL of a network scheme or naming a domain,
// an address or localhost counts as one. A file path holding a card (`/home/jdoe/exports/<card>.json`) is
// redacted; the same path written as the file URI an MCP filesystem server, an editor or a resource link takes
// (`file:///home/jdoe/exports/<card>.json`, `file://fileserver/share/<card>.txt`), or as the object-store URI a
// cloud tool takes (`s3://acme-exports/customers/<card>.json`, `gs://…`, `az://…`, `hdfs://namenode:8020/…`),
// is read as an app's id URI, and the card reaches the server whole. None of these is an id of an app: they
// name a file or an object on a disk or a network store. A correct guard excuses only an id URI's segment
// and redacts the card in these.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** A storage tool's call as a client sends it, every type set to redact: what reaches the server. */
const sent = (path: string) => {
  const out = scanner.scan({ name: "write_file", arguments: { path, content: "{}" } }, "params", () => true);
  return JSON.stringify(out.value);
};

const CARD = "4111111111111111";

describe("a card in a file or object-store URI", () => {
  it.each([
    `file:///home/jdoe/exports/${CARD}.json`,
    `file://fileserver/share/${CARD}.txt`,
    `s3://acme-exports/customers/${CARD}.json`,
    `gs://acme-exports/customers/${CARD}.json`,
    `az://acme-exports/customers/${CARD}.json`,
    `hdfs://namenode:8020/user/etl/${CARD}`,
  ])("%s is not sent as it is", (path) => {
    // the rule this door is beside: the same file as a path
    expect(sent(`/home/jdoe/exports/${CARD}.json`).includes(CARD)).toBe(false);
    expect(sent(path).includes(CARD), `the card reached the server in: ${path}`).toBe(false);
  });
});
