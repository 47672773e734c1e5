// Metadata endpoints named under any scheme, without one, inside a longer string, and by their IPv6 addresses.
import { describe, expect, it } from "vitest";
import { namesMetadataEndpoint } from "../../src/integrity/metadata-endpoints.js";

describe("a metadata endpoint", () => {
  it.each([
    "curl -s 169.254.169.254/latest/meta-data/iam/security-credentials/",
    "wget -qO- 169.254.169.254/latest/meta-data/",
    "curl -H 'Metadata-Flavor: Google' metadata.google.internal/computeMetadata/v1/",
    "metadata.google.internal:80/computeMetadata/v1/",
    "curl 169.254.170.2$AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
    "169.254.169.254",
    "2852039166/latest/meta-data/",
    "gopher://169.254.169.254:80/_GET%20/latest/meta-data/",
    "dict://169.254.169.254:80/info",
    "tftp://169.254.169.254/latest/meta-data",
    "gopher://metadata/computeMetadata/v1/",
    "https://proxy.example/fetch?u=169.254.169.254/latest",
    "http://[fd00:ec2::23]/v1/credentials",
    "http://[FD00:0EC2:0000:0000:0000:0000:0000:0023]:80/v1/credentials",
    "http://[fe80::a9fe:a9fe%25eth0]/openstack/latest/meta_data.json",
    "http://[fe80::a9fe:a9fe]/openstack/latest/meta_data.json",
    "[fd00:ec2::23]/v1/credentials",
    "http://[::ffff:169.254.169.254]/",
  ])("%s", (value) => {
    expect(namesMetadataEndpoint(value)).toBe(true);
  });
});

describe("no metadata endpoint", () => {
  it.each([
    "metadata",
    "metadata/schema.json",
    "notes://metadata/recent",
    "instance-data",
    "2852039166",
    "the link-local range 169.254.x is not routed",
    "version 1.2.3 on port 8080",
    "curl https://example.com/latest/meta-data/",
    "http://[fe80::1]/",
  ])("%s", (value) => {
    expect(namesMetadataEndpoint(value)).toBe(false);
  });
});
