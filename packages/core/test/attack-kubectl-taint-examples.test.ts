// False refusal (round 49, found from outside): Kubernetes writes a taint and a toleration as
// `key1=value1:NoSchedule` (`kubectl taint nodes node1 key1=value1:NoSchedule` in its docs and `kubectl taint
// --help`; trivy's `--tolerations key1=value1:NoExecute,key2=value2:NoSchedule`). The scanner reads `key1=`
// as a secret's name and redacts `value1:NoSchedule`'s value, so the help and docs an agent reads lose the
// example and a call that taints a node (the example with a real label) is refused. A taint's key and value
// are node labels, public in `kubectl describe node`; a correct guard lets `<key>=<value>:<effect>` pass
// where the effect is NoSchedule, PreferNoSchedule or NoExecute.
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

describe("a taint's key=value:effect", () => {
  it("a key=value secret beside it is still redacted (the harness sees what the scanner does)", () => {
    expect(
      shown("kubectl create secret generic db --from-literal=password=Vq7mK3tR8xLpZ2wN\n"),
    ).not.toContain("Vq7mK3tR8xLpZ2wN");
  });

  it.each([
    ["kubectl's taint example", "kubectl taint nodes node1 key1=value1:NoSchedule\n"],
    [
      "trivy's node-collector tolerations",
      "trivy k8s --report summary --tolerations key1=value1:NoExecute,key2=value2:NoSchedule\n",
    ],
  ])("%s passes unchanged", (_name, text) => {
    expect(shown(text)).toBe(text);
  });
});
