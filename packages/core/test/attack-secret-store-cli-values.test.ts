// Attack (round 46, found from outside): the CLIs that put a secret into a CI system or a secret store name
// it in one argument and give its value in another: `gh secret set DB_PASSWORD --body <value>`, `drone secret
// add --name docker_password --data <value>`, `aws ssm put-parameter --name /prod/db/password --type
// SecureString --value <value>`, `az keyvault secret set --name DbPassword --value <value>`, `doppler secrets
// set DB_PASSWORD <value>`, `netlify env:set DB_PASSWORD <value>`. A shell MCP server's result (history, a
// runbook, a CI log that echoes its commands) reaches the client with the secret whole: `NAME=value`
// (`heroku config:set`, `fly secrets set`, `kubectl --from-literal`) is redacted, and so is `aws secretsmanager
// --secret-string`, but a value whose name stands in a separate argument is not. README: secrets are redacted
// towards the client. A correct guard reads the value argument of a secret-setting command (`--body`, `--data`,
// `--value`, or the positional after the name) as the secret the name says it is.
import { describe, expect, it } from "vitest";
import { DEFAULT_ACTIONS, FALLBACK_ACTIONS } from "../src/detect/actions.js";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
/** Whether a type is redacted towards the client by default (email and phone only warn). */
const redacted = (type: string) => (DEFAULT_ACTIONS[type] ?? FALLBACK_ACTIONS).response === "redact";
/** A shell server's result, with the default actions: what reaches the client. */
const shown = (text: string) => {
  const out = scanner.scan({ content: [{ type: "text", text }] }, "result", redacted);
  return (out.value as { content: { text: string }[] }).content[0]!.text;
};
const VALUE = "Kx7pQm2vRt9w";

describe("secret-setting commands whose name and value are separate arguments", () => {
  it("the control: NAME=value and --secret-string are redacted", () => {
    expect(shown(`$ fly secrets set DB_PASSWORD=${VALUE}`)).not.toContain(VALUE);
    expect(shown(`$ aws secretsmanager create-secret --name prod/db --secret-string ${VALUE}`)).not.toContain(
      VALUE,
    );
  });

  it.each([
    `$ gh secret set DB_PASSWORD --body "${VALUE}" --repo acme/api`,
    `$ drone secret add --repository octocat/hello-world --name docker_password --data ${VALUE}`,
    `$ aws ssm put-parameter --name /prod/db/password --type SecureString --value ${VALUE} --overwrite`,
    `$ az keyvault secret set --vault-name kv-prod --name DbPassword --value ${VALUE}`,
    `$ doppler secrets set DB_PASSWORD ${VALUE}`,
    `$ netlify env:set DB_PASSWORD ${VALUE}`,
  ])("%s: the value is redacted", (text) => {
    expect(shown(text)).not.toContain(VALUE);
  });

  it.each([
    `$ gh secret set DB_PASSWORD -b ${VALUE}`,
    `$ doppler secrets set --project api --config prd DB_PASSWORD ${VALUE}`,
    `$ aws ssm put-parameter --value ${VALUE} --name /prod/api/token`,
    `$ az pipelines variable create --name dbConn --value ${VALUE} --secret true`,
    `$ glab variable set DEPLOY_TOKEN ${VALUE} --masked`,
    `$ pulumi config set dbConn ${VALUE} --secret`,
    `$ travis env set API_KEY ${VALUE}`,
  ])("the neighbouring command %s: the value is redacted", (text) => {
    expect(shown(text)).not.toContain(VALUE);
  });

  it("commands that set no secret pass", () => {
    for (const text of [
      "$ gh secret list --repo acme/api",
      "$ aws ssm put-parameter --name /prod/app/max-conns --type String --value 3",
      "$ gh variable set NODE_VERSION --body 20.11.1",
      "$ glab variable set DEPLOY_REGION eu-west-1",
      "$ pulumi config set aws:region eu-west-1",
      "$ aws ssm put-parameter --name /prod/app/log-level --type String --value debug --overwrite",
      "$ netlify env:set NODE_VERSION 20",
    ])
      expect(shown(text)).toBe(text);
  });
});
