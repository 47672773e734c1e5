// Which path a local server opens for a file: URI. Its URL parser (Node's fileURLToPath, the MCP SDK, Python's
// url2pathname) percent-decodes the path once; the guard's canonical form decodes until stable (normalize.ts),
// so that an encoded ".." or name is caught whatever a server does. The two differ for a name with a real "%"
// in it: `x%2541` is the link `x%41` to the server and `xA` to the canonical form. Where links lead must be
// looked up under the name the server opens, or a link `x%41 -> ../private` is looked up as a missing `xA`.
import { fileURLToPath } from "node:url";
import { canonicalPath } from "./file-path.js";

const FILE = "file://";

/**
 * The absolute paths a file: URI may open on this machine, to follow through its links: the path a URL parser
 * gives (decoded once), and the canonical one (`canonical`, the URI's canonical form: decoded until stable),
 * which a server that decodes again opens. One path when both are the same file.
 */
export function pathsOpenedFor(written: string, canonical: string): string[] {
  const decodedUntilStable = canonical.slice(FILE.length);
  const decodedOnce = parsedFilePath(written);
  if (decodedOnce === undefined) return [decodedUntilStable];
  const same = canonicalPath(decodedOnce);
  return same.ok && same.path === decodedUntilStable
    ? [decodedUntilStable]
    : [decodedOnce, decodedUntilStable];
}

/** The path a URL parser reads in a file: URI (decoded once); undefined when it reads none (another host, an encoded "/"). */
function parsedFilePath(uri: string): string | undefined {
  if (!/^file:/i.test(uri) || !URL.canParse(uri)) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
