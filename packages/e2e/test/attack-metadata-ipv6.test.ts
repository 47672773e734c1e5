// Attack (round 26): the IPv6 addresses of two credential endpoints the guard knew by their IPv4 address: the
// EKS Pod Identity Agent's [fd00:ec2::23] (a pod's AWS_CONTAINER_CREDENTIALS_FULL_URI names it) and
// OpenStack's fe80::a9fe:a9fe, a link-local address a client names with its zone (`%25eth0`, which curl and
// Python accept and the WHATWG parser refuses). 4 of 4 reached the server as a fetch tool's argument, and 3
// of 4 as a resources/read (the one with a zone was refused there as malformed).
// Now both addresses are metadata hosts, in any spelling the parser writes as them, the zone dropped: every
// URL below is refused as a tool's argument (sensitive_resource) and as a resources/read.
import { afterAll, describe, expect, it } from "vitest";
import { bridgeRequest, namedEchoOutcomes, recorded, recorderWithResults, sameFor } from "../src/index.js";

const IPV4 = {
  "EKS Pod Identity (IPv4)": "http://169.254.170.23/v1/credentials",
  "OpenStack metadata (IPv4)": "http://169.254.169.254/openstack/latest/meta_data.json",
};
const IPV6 = {
  "EKS Pod Identity (IPv6)": "http://[fd00:ec2::23]/v1/credentials",
  "EKS Pod Identity (IPv6, port 80)": "http://[fd00:ec2::23]:80/v1/credentials",
  "OpenStack metadata (IPv6, zone)": "http://[fe80::a9fe:a9fe%25eth0]/openstack/latest/meta_data.json",
  "OpenStack metadata (IPv6)": "http://[fe80::a9fe:a9fe]/openstack/latest/meta_data.json",
};

const { home, log } = recorderWithResults({});
afterAll(() => home.cleanup());

const seen = (url: string) =>
  recorded(log).some((m) => JSON.stringify(m).includes(JSON.stringify(url).slice(1, -1)));

describe("credential endpoints by their IPv6 address", () => {
  it("as a fetch tool's argument: refused like the IPv4 address, never reaching the server", async () => {
    const args = Object.fromEntries(Object.entries({ ...IPV4, ...IPV6 }).map(([k, url]) => [k, { url }]));
    const { outcomes } = await namedEchoOutcomes(home, log, args);
    const reached = Object.entries(IPV6)
      .filter(([, url]) => seen(url))
      .map(([k]) => k);
    expect({ outcomes, reached }).toEqual({
      outcomes: { ...sameFor(IPV4, "sensitive_resource"), ...sameFor(IPV6, "sensitive_resource") },
      reached: [],
    });
  });

  it("as a resource read: refused like the IPv4 address, never reaching the server", async () => {
    const outcomes: Record<string, unknown> = {};
    for (const [what, uri] of Object.entries({ ...IPV4, ...IPV6 })) {
      const answer = await bridgeRequest(home, "recorder", "resources/read", { uri });
      outcomes[what] = answer.error === undefined ? "forwarded" : "refused";
    }
    const reached = recorded(log).filter(
      (m) => typeof m === "object" && m.method === "resources/read" && JSON.stringify(m).includes("["),
    ).length;
    expect({ outcomes, reached }).toEqual({
      outcomes: { ...sameFor(IPV4, "refused"), ...sameFor(IPV6, "refused") },
      reached: 0,
    });
  });
});
