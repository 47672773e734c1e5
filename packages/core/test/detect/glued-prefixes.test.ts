// A vendor's prefix glued to a letter, digit or underscore before it (`kghp_…`, `1xoxb-…`, `x_sk-proj-…`):
// the cheapest disguise a model told to smuggle a key out can write. Each format wants nothing of its
// alphabet before its prefix, so before this every one of these passed bare (glued-prefixes.ts, engine.ts).
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const secretsIn = (text: string) => scanner.spans(text).filter((s) => s.category === "secret");
const redacted = (text: string) =>
  (scanner.scan({ text }, "params", () => true).value as { text: string }).text;

const GITHUB = `ghp_${"R7kq2Lm9Xv4Tz8Wb3Nc6Hd1Yf5Gj0Ps2Qa7E"}`;
const SLACK = `xoxb-${"123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx"}`;
const GITLAB = `glpat-${"Zq8Lm2Xv4Tz8Wb3Nc6Hd"}`;
const OPENAI = `sk-proj-${"Q7w2Er9Ty4Ui1Op8As5Df3Gh6Jk0Lz7Xc2Vb9Nm4Qw8Er1Ty5Ui"}`;

describe("a vendor's prefix glued to the character before it", () => {
  it.each([
    [`note k${GITHUB} end`, "github_token", GITHUB],
    [`note 1${GITHUB} end`, "github_token", GITHUB],
    [`note x_${GITHUB} end`, "github_token", GITHUB],
    [`note Z${SLACK} end`, "slack_token", SLACK],
    [`note abc${GITLAB} end`, "gitlab_token", GITLAB],
    [`note 7${OPENAI} end`, "openai_key", OPENAI],
  ])("%j", (text, type, value) => {
    expect(secretsIn(text).map((s) => s.type)).toContain(type);
    const out = redacted(text);
    expect(out).not.toContain(value.slice(-12));
    expect(out).toMatch(/^note \S*\[REDACTED:[a-z_]+\] end$/);
  });

  // Hard negatives: identifiers and words holding a prefix, base64 holding a prefix of letters and digits, a
  // host name, slugs and identifiers whose words glue onto a prefix (ta+sk-proj-…, de+sk_test_…), a glued
  // prefix named in prose or with a short body.
  it.each([
    "the function fetch_ghp_tokens_for_user_account_settings_page_view runs nightly",
    "our branch is my-glpat-rotation-notes and the job is x_glpat-rotation",
    "task-proj-frontend-service-v2-management-dashboard-release-notes is our repo",
    "the job desk_test_runner_for_nightly_builds_2024_and_2025_reports passed",
    "the host mohawk.abcdefghijklmnopqrst.abcdefghijklmnopqrst answers",
    `data:image/png;base64,${"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJcmVmdGhpcyBpcyBhIHJlZmVyZW5jZSB0ZXh0IGZvciB0aGUgdGVzdA"}/w==`,
    "task-proj-management-dashboard-frontend-service-version-two is our repo",
    "kghp_ is not a prefix we issue, nor is xghp_short",
    "const Sogho_ICANVASRENDERINGVIACONTEXT2D3D5D7D8D = 1;",
    `docs: sample_${GITHUB} and fake_${SLACK} are stand-ins`,
    "desk_live_stream_schedule_for_the_conference_on_monday_and_tuesday",
  ])("%j is left alone", (text) => {
    expect(secretsIn(text)).toEqual([]);
    expect(redacted(text)).toBe(text);
  });
});
