// PostHog's project secret keys and OAuth tokens, and GitLab's newer token prefixes (issue 12), from the vendors' published
// shapes: random bodies made here, and the look-alikes (PostHog's public project key, Phoenix's channel events,
// GitLab's prefixes in prose) that must stay unflagged.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";
import { chars } from "./samples.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const typesIn = (text: string) => [...new Set(scanner.spans(text).map((s) => s.type))];

const AN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const URL = `${AN}_-`;
/** Base62 with both cases and a digit up front, as a random 32-byte number written in base 62 has. */
const base62 = (n: number) => `Qd7${chars(AN, n - 3)}`;

describe("PostHog's and GitLab's credentials in their shapes, without a name beside them too", () => {
  it.each([
    ["posthog_token", () => `oauth: refreshed phr_${base62(47)} for user 42`],
    ["posthog_token", () => `feature_flags_secret = "phs_${base62(43)}"`],
    ["posthog_token", () => `{"access_token": "pha_${base62(43)}", "refresh_token": "phr_${base62(43)}"}`],
    ["gitlab_token", () => `gitlab-runner register --token glrtr-${chars(URL, 26)}`],
    ["gitlab_token", () => `WORKSPACE_TOKEN=glwt-${chars(URL, 30)}`],
  ])("%s", (type, make) => {
    expect(typesIn(make())).toContain(type);
  });
});

describe("their look-alikes are not those credentials", () => {
  it.each([
    // PostHog's project key is public by design
    [`posthog.init("phc_${base62(43)}", { api_host: "https://us.i.posthog.com" })`],
    // Phoenix's channel events
    [`channel.push("phx_join", {}); if (event === "phx_reply") handle(payload);`],
    [`const PHX_EVENTS = ["phx_close", "phx_error", "phx_join", "phx_reply", "phx_leave"];`],
    // the right prefix, too short a body
    [`phs_${base62(20)}`],
    [`GitLab runner tokens start with glrtr- and workspace tokens with glwt- since 17.x.`],
  ])("%s", (text) => {
    expect(typesIn(text).filter((t) => t.startsWith("posthog_") || t === "gitlab_token")).toEqual([]);
  });
});
