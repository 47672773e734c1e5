// Attack (round 26): the metadata endpoint named the way curl and wget are usually given it. The check read a
// value only when it started as an http, ws or ftp URL, but the line every IMDS guide prints is
// `curl 169.254.169.254/latest/meta-data/…` with no scheme (curl and wget default to http), and curl also
// speaks gopher, dict and tftp, the schemes SSRF uses to reach the same host (`gopher://169.254.169.254:80/_GET
// …` sends an IMDSv1 request byte for byte). 7 of the 8 below reached the server.
// Now (metadata-endpoints.ts) the host is read under any scheme, and without one as curl reads it (a dotted or
// bracketed host, or a number with a port or path after it), also as a piece of a longer string: all 10 are
// refused (sensitive_resource).
import { afterAll, describe, expect, it } from "vitest";
import { namedEchoOutcomes, recorded, recorderWithResults, sameFor } from "../src/index.js";

const REFUSED = {
  "curl with http://": {
    command: "curl -s http://169.254.169.254/latest/meta-data/iam/security-credentials/",
  },
  "url with http://": { url: "http://169.254.169.254/latest/meta-data/iam/security-credentials/" },
};
const GIVEN_AS_CURL_TAKES_IT = {
  "curl, no scheme": { command: "curl -s 169.254.169.254/latest/meta-data/iam/security-credentials/" },
  "wget, no scheme": { command: "wget -qO- 169.254.169.254/latest/meta-data/iam/security-credentials/" },
  "curl, GCP name, no scheme": {
    command:
      "curl -H 'Metadata-Flavor: Google' metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
  },
  "curl, ECS credentials, no scheme": {
    command: "curl 169.254.170.2$AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
  },
  "curl, gopher": {
    command:
      "curl gopher://169.254.169.254:80/_GET%20/latest/meta-data/iam/security-credentials/%20HTTP/1.0%0D%0A%0D%0A",
  },
  "url, gopher": { url: "gopher://169.254.169.254:80/_GET%20/latest/meta-data/%20HTTP/1.0%0D%0A%0D%0A" },
  "url, dict": { url: "dict://169.254.169.254:80/info" },
  "url, tftp": { url: "tftp://169.254.169.254/latest/meta-data" },
};

const { home, log } = recorderWithResults({});
afterAll(() => home.cleanup());

describe("a metadata endpoint named without http://", () => {
  it("is refused like the same endpoint with http://, never reaching the server", async () => {
    const { outcomes } = await namedEchoOutcomes(home, log, { ...REFUSED, ...GIVEN_AS_CURL_TAKES_IT });
    const reached = recorded(log).filter(
      (m) =>
        typeof m === "object" &&
        m.method === "tools/call" &&
        /169\.254\.|metadata\.google/.test(JSON.stringify(m)),
    ).length;
    expect({ outcomes, reached }).toEqual({
      outcomes: {
        ...sameFor(REFUSED, "sensitive_resource"),
        ...sameFor(GIVEN_AS_CURL_TAKES_IT, "sensitive_resource"),
      },
      reached: 0,
    });
  });
});
