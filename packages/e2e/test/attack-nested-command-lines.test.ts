// Attack (round 26): a credential file named in a command line handed to another shell or interpreter. Once
// its quotes are undone, the script after `bash -c`, `sh -c`, `python3 -c`, `node -e`, `ruby -e`, `php -r` or
// `perl -e` was one word, `cat /etc/shadow`, which no rule anchored at the root matches (/etc/shadow, the
// pod's service-account token, the SSH host keys). 7 of 7 below reached the server.
// Now a word that holds shell syntax is read again as a command line, in the same places (up to four
// levels deep; deeper, it is refused if it spells any rule's segment): all are refused (sensitive_resource).
import { afterAll, describe, expect, it } from "vitest";
import { namedEchoOutcomes, recorded, recorderWithResults, sameFor } from "../src/index.js";

const REFUSED = {
  "cat, as a command": { command: "cat /etc/shadow" },
  "the Python code alone": { code: "print(open('/etc/shadow').read())" },
};
const NESTED = {
  "bash -c": { command: "bash -c 'cat /etc/shadow'" },
  "sh -c, the pod's token": { command: "sh -c 'cat /var/run/secrets/kubernetes.io/serviceaccount/token'" },
  "python3 -c": { command: `python3 -c "print(open('/etc/shadow').read())"` },
  "node -e": { command: `node -e "console.log(require('fs').readFileSync('/etc/shadow', 'utf8'))"` },
  "ruby -e, the host key": { command: `ruby -e "puts File.read('/etc/ssh/ssh_host_ed25519_key')"` },
  "php -r": { command: `php -r "echo file_get_contents('/etc/shadow');"` },
  "perl -e": { command: `perl -e 'open F, "/etc/shadow"; print <F>'` },
};

const { home, log } = recorderWithResults({});
afterAll(() => home.cleanup());

describe("a credential file inside a command line given to another shell or interpreter", () => {
  it("is refused as the same command or code given directly is, never reaching the server", async () => {
    const { outcomes } = await namedEchoOutcomes(home, log, { ...REFUSED, ...NESTED });
    const reached = recorded(log).filter(
      (m) =>
        typeof m === "object" &&
        m.method === "tools/call" &&
        /etc\/shadow|serviceaccount|ssh_host/.test(JSON.stringify(m)),
    ).length;
    expect({ outcomes, reached }).toEqual({
      outcomes: { ...sameFor(REFUSED, "sensitive_resource"), ...sameFor(NESTED, "sensitive_resource") },
      reached: 0,
    });
  });
});
