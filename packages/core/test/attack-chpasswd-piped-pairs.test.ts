// Attack (round 48, found from outside): the way Dockerfiles and provisioning scripts set a login's password
// is to pipe `user:password` into chpasswd: `RUN echo 'root:…' | chpasswd` (in countless public Dockerfiles
// for SSH-enabled images), `echo "deploy:…" | sudo chpasswd`, or a here-document of such lines. The scanner
// reads cloud-init's `chpasswd:` list but passes these pairs whole, so `cat Dockerfile`, a CI log echoing
// the build step or `docker history --no-trunc` hands the account's password to the client, and writing the
// Dockerfile through a server is not refused. A correct guard reads the `user:password` fed to chpasswd (an
// echo or printf piped to it, or its here-document) as a credential and redacts the password.
import { describe, expect, it } from "vitest";
import { DEFAULT_ACTIONS, FALLBACK_ACTIONS } from "../src/detect/actions.js";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** What the client is shown under the default actions (a type the table does not know counts as a secret). */
const shown = (text: string) => {
  const redacted = (type: string) => (DEFAULT_ACTIONS[type] ?? FALLBACK_ACTIONS).response === "redact";
  const out = scanner.scan({ content: [{ type: "text", text }] }, "result", redacted);
  return (out.value as { content: { text: string }[] }).content[0]!.text;
};

const PASSWORD = "Kq8vM3tR6xLp";

describe("user:password pairs fed to chpasswd", () => {
  it("the same password given to a switch is redacted (the harness sees what the scanner does)", () => {
    expect(shown(`sshpass -p ${PASSWORD} ssh deploy@web01`)).not.toContain(PASSWORD);
  });

  it.each([
    [
      "a Dockerfile's RUN line",
      `FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y openssh-server\nRUN echo 'root:${PASSWORD}' | chpasswd\nEXPOSE 22\n`,
    ],
    [
      "echo in double quotes, then more commands",
      `echo "deploy:${PASSWORD}" | sudo chpasswd && usermod -aG sudo deploy`,
    ],
    ["a here-document", `chpasswd <<EOF\ndeploy:${PASSWORD}\nEOF\n`],
    [
      "docker history --no-trunc",
      `<missing>  2 days ago  RUN /bin/sh -c echo 'root:${PASSWORD}' | chpasswd # buildkit  1.2kB`,
    ],
  ])("%s: the password is redacted", (_name, text) => {
    expect(shown(text)).not.toContain(PASSWORD);
  });
});

describe("chpasswd lines without a password", () => {
  it("a password read from a variable passes", () => {
    const text = 'RUN echo "root:${ROOT_PASSWORD}" | chpasswd\n';
    expect(shown(text)).toBe(text);
  });
});

describe("chpasswd's neighbours that hold no password", () => {
  it.each([
    ["a hash set with -e from a secret file", "RUN chpasswd -e < /run/secrets/root_hash\n"],
    ["a pair read from a variable with printf", 'printf "%s:%s\\n" "$USER" "$PASS" | chpasswd\n'],
    ["prose about the tool", "Use echo with a user:password pair piped into chpasswd to set it."],
    ["a here-document of variables", "chpasswd <<EOF\ndeploy:${DEPLOY_PASSWORD}\nEOF\n"],
  ])("%s passes", (_name, text) => {
    expect(shown(text)).toBe(text);
  });

  it("every pair of a here-document is redacted", () => {
    const text = `chpasswd <<'EOF'\nalice:Wn4pJ7sQ2vXe\nbob:Hy6tK1mZ9cRa\nEOF\n`;
    const out = shown(text);
    expect(out).not.toContain("Wn4pJ7sQ2vXe");
    expect(out).not.toContain("Hy6tK1mZ9cRa");
  });
});
