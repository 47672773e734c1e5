// atk52b's finds on 19 public config-heavy repos the project had not read (round 52): credentials in shapes
// the assignment rules did not read, and look-alikes in real files. Values written by atk52b, not real
// secrets; each case failed before its fix.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../../src/detect/detectors.js";
import { Scanner } from "../../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set(["ip_address"]) });
const typesIn = (text: string) => scanner.spans(text).map((s) => s.type);
const V = "Hq7vR2mX9zLpK4wN";

describe("credentials set a line or a cell away from their name", () => {
  it.each([
    [
      "a Terraform variable's default",
      `variable "db_password" {\n  type    = string\n  default = "${V}"\n}\n`,
    ],
    [
      "a Terraform default after a description and sensitive",
      `variable "admin_password" {\n  description = "Password for the admin user"\n  type        = string\n  sensitive   = true\n  default     = "${V}"\n}\n`,
    ],
    ["a one-line Terraform variable", `variable "api_token" { default = "${V}" }\n`],
    ["a container's args, the value the next item", `args:\n  - --db-password\n  - ${V}\n`],
    ["quoted args", `        args:\n        - "--db-password"\n        - "${V}"\n`],
    ["a heredoc", `password = <<EOF\n${V}\nEOF\n`],
    ["an indented Terraform heredoc", `  admin_password = <<-EOT\n    ${V}\n  EOT\n`],
    ["a shell's heredoc in a command substitution", `DB_PASSWORD=$(cat <<EOF\n${V}\nEOF\n)`],
    ["a Markdown table row", `| user | admin |\n| password | ${V} |\n`],
    ["a Markdown table under its header", `| Name | Value |\n|---|---|\n| DB_PASSWORD | ${V} |\n`],
    ["a Markdown cell in code quotes", `| api_token | \`${V}\` |\n`],
    // trufflehog's meraki fixture (a Cisco course's notes): a table without its outer bars, which the bar rule
    // of this round first left unread
    [
      "a table without outer bars",
      `Variable name | Initial Value\napiKey |${V}\nbaseUrl |https://api.example.com\n`,
    ],
    ["a table without outer bars, spaced", `Variable name | Initial Value\napiKey | ${V}\n`],
    ["a Dockerfile's ENV, name and value a space apart", `ENV DB_PASSWORD ${V}\n`],
  ])("%s", (_what, text) => {
    expect(typesIn(text)).toContain("secret_assignment");
  });
});

describe("the same shapes holding no credential", () => {
  it.each([
    [
      "a Terraform variable with no default",
      `variable "db_password" {\n  type      = string\n  sensitive = true\n}\n`,
    ],
    [
      "a Terraform variable defaulting to null",
      `variable "db_password" {\n  type    = string\n  default = null\n}\n`,
    ],
    [
      "a Terraform block with other attributes before a default",
      `variable "db_password" {\n  validation {\n    condition = length(var.x) > 8\n  }\n}\nvariable "region" {\n  default = "us-central1-a"\n}\n`,
    ],
    ["a list of options", `args:\n  - --db-password-file\n  - /etc/secret/db-password\n`],
    ["a list after a non-option", `passwords:\n  - admin\n  - readonly-user-2024\n`],
    ["a heredoc of a script", `password = <<EOF\n\${random_password.db.result}\nEOF\n`],
    [
      "a chart README's parameter row",
      '| `auth.rootPassword` | Password for the root user. Ignored if existingSecret is set | `""` |\n',
    ],
    ["a table of types", "| password | string | The user's password |\n"],
    ["a table row naming a reference", "| DB_PASSWORD | `${DB_PASSWORD}` |\n"],
    ["a Dockerfile's ENV from an argument", "ENV DB_PASSWORD ${DB_PASSWORD}\n"],
  ])("%s", (_what, text) => {
    expect(typesIn(text)).toEqual([]);
  });
});

describe("real files that hold nothing", () => {
  it.each([
    // bitnami/charts bitnami/*/templates/secrets.yaml (65 files): a Helm template call's arguments, the next
    // string after a credential's name.
    [
      "a Helm template's dict arguments",
      '{{- $rootPassword := include "common.secrets.passwords.manage" (dict "secret" (include "mariadb.secretName" .) "key" "mariadb-root-password" "providedValues" (list "auth.rootPassword") "context" $) }}',
    ],
    [
      "a template's field argument",
      '{{ include "common.secrets.lookup" (dict "field" "my-password" "subchart" "x") }}',
    ],
    // terraform-google-sql-db modules/mssql/main.tf: a resource's type and name.
    ["a Terraform resource's name", 'resource "random_password" "additional_passwords" {\n  length = 8\n}\n'],
    // bitnami/charts values.yaml (60 files): node affinity's label key under `key:`.
    ["a label key", '    ## E.g.\n    ## key: "kubernetes.io/e2e-az-name"\n'],
    ["a zone label key", "  - key: topology.kubernetes.io/zone\n"],
    // cloud-foundation-fabric tests/modules/organization/context.yaml: a tag key's resource name.
    ["a tag key's resource name", "    tag_key: tagKeys/1234567890\n"],
    // hashicorp/terraform-guides governance/**/mock-tfplan-*.sentinel (25 files, 1,263 spans with the copies):
    // Terraform 0.11's "known after apply" value.
    [
      "Terraform's unknown value",
      '\t"password_data":                "74D93920-ED26-11E3-AC10-0800200C9A66",\n\t"id": "74D93920-ED26-11E3-AC10-0800200C9A66",\n',
    ],
    // bitnami/charts templates/update-password/*.yaml (17 files): the chart's values a password is taken from.
    ["a Helm template's field", "{{- $rootPassword := .Values.auth.rootPassword -}}"],
    ["a Helm template's root field", "{{- $password := $.Values.global.redis.password }}"],
    // bitnami/charts templates/secrets.yaml (16 files), jhipster-sample-app password-reset-finish.html.
    [
      "a chart's required message",
      '  mariadb-root-password: {{ required "A MariaDB Root Password is required!" .Values.auth.rootPassword | b64enc }}',
    ],
    ["a form's message", '<small class="form-text text-danger">Your password is required.</small>'],
    // bitnami/charts values.yaml (71 files): Kubernetes' node port range.
    ["a node port range", "    ## NOTE: choose port between <30000-32767>\n"],
    ["ports in a range", "ephemeral ports in 49152-65535\n"],
    // discourse/discourse_docker templates/web.template.yml and postgres.*.template.yml (9 files): runit's chpst.
    [
      "runit's user and group",
      "exec thpoff chpst -u discourse:www-data -U discourse:www-data bundle exec rails s\n",
    ],
    [
      "runit's user and groups",
      "exec chpst -u postgres:postgres:ssl-cert -U postgres:postgres:ssl-cert postgres\n",
    ],
    // GoogleCloudPlatform/kubernetes-engine-samples ai-ml/infw-gw (3 files), bitnami/charts common (3 files):
    // words after "secret-" read on over line breaks and quotes.
    [
      "a role's name ending in secret-read",
      "  name: metrics-reader-secret-read\n  kind: ClusterRole\n  apiGroup: rbac\n",
    ],
    [
      "a template's secret name",
      '(dict "secret" "secret-name" "key" "keyName" "providedValues" (list "path.to.key"))',
    ],
    // hashicorp/terraform-guides (2 files): a webhook to fill in.
    [
      "a Slack webhook to fill in",
      'variable "slack_hook_url" {\n  default = "https://hooks.slack.com/services/REPLACE/WITH/YOUR_WEBHOOK_URL"\n}\n',
    ],
  ])("%s", (_what, text) => {
    expect(typesIn(text)).toEqual([]);
  });
});

describe("what is still found beside them", () => {
  it.each([
    ["a quoted name set with a colon", '"db-password": "Hq7vR2mX9zLpK4wN"'],
    ["a quoted name and a machine-made quoted token", '"api-token" "Hq7vR2mX9zLpK4wN"'],
    ["a key set to a path-like secret", 'secret_key: "abc.def/Hq7vR2mX9zLpK4wN+x"'],
    ["an API key of letters and digits", "api_key: Hq7vR2mX9zLpK4wN\n"],
    ["a password said, its sentence ended", "My password is Hq7vR2mX9zLpK4wN!"],
    ["a chosen password with a stop after it", "The password is Summer2024."],
  ])("%s", (_what, text) => {
    expect(typesIn(text)).toContain("secret_assignment");
  });
  it.each([
    ["curl's user and password", "curl -u admin:Hq7vR2mX9zLpK4wN https://example.com/api\n", "basic_auth"],
    [
      "a Statsig server secret",
      "STATSIG=secret-Hq7vR2mX9zLpK4wNa8Tb3Yc6Ud1Ve5Wf0Xg2Zh4Ji7Kk\n",
      "statsig_server_secret",
    ],
    [
      "a Slack webhook",
      "https://hooks.slack.com/services/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",
      "slack_webhook",
    ],
  ])("%s", (_what, text, type) => {
    expect(typesIn(text)).toContain(type);
  });
  it.each([
    ["a phone number after a port's name", "call the port office on 020 7946 0018"],
    ["a phone number in a range of prose", "from 9:00 call 415-555-0132"],
  ])("%s", (_what, text) => {
    expect(typesIn(text)).toContain("phone");
  });
});
