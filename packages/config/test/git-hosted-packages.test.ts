// Round 18: a base server run from a git host (`npx -y github:acme/files`) launched by a personal entry under
// another spelling npm reads as the same repository was another program (6 of these 7 spellings on 480d21d). No e2e: npx would fetch the repository.
import { describe, expect, it } from "vitest";
import { runsProgramOf } from "../src/personal-servers.js";
import type { ServerConfig } from "../src/schema.js";

const line = (command: string, ...args: string[]) => ({ command, args }) as unknown as ServerConfig;
const base = line("npx", "-y", "github:acme/files");

describe("a package run from a git host", () => {
  it.each([
    ["npx", "acme/files"],
    ["npx", "github:acme/files#v2"],
    ["npx", "git+https://github.com/acme/files.git"],
    ["npx", "https://github.com/Acme/Files"],
    ["npx", "git+ssh://git@github.com/acme/files.git#main"],
    ["bunx", "git@github.com:acme/files.git"],
    ["pnpm", "dlx", "GitHub:Acme/files"],
  ])("%s %s is the base's program", (...words) => {
    expect(runsProgramOf(line(...(words as [string, ...string[]])), base)).toBe(true);
  });

  it.each([
    ["npx", "acme/notes"],
    ["npx", "gitlab:acme/files"],
    ["npx", "github:other/files"],
    ["npx", "@acme/files"],
    ["npx", "./acme/files"],
    ["npx", "https://example.com/acme/files"],
  ])("%s %s is another program", (...words) => {
    expect(runsProgramOf(line(...(words as [string, ...string[]])), base)).toBe(false);
  });
});
