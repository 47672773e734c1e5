// Attack (round 40, outside attacker): the provider block every Terraform user of EKS copies from the
// terraform-aws-modules/eks README runs `aws eks get-token` with its arguments in a list:
// `args = ["eks", "get-token", "--cluster-name", module.eks.cluster_name]`. The guard read the list item
// after "get-token" as the token's value and found `--cluster-name`, a command's option (an identifier of
// words, which the README says is no value), as a secret: an agent writing that main.tf, a Helm provider or a
// kubeconfig with those args through a tool was refused with `sensitive_data`. These must reach the server;
// a real token after `--token` in the same shape must still be refused.
import { afterAll, describe, expect, it } from "vitest";
import { namedEchoOutcomes, recorderWithResults } from "../src/index.js";

const TERRAFORM_EKS = [
  'provider "kubernetes" {',
  "  host                   = module.eks.cluster_endpoint",
  "  cluster_ca_certificate = base64decode(module.eks.cluster_certificate_authority_data)",
  "",
  "  exec {",
  '    api_version = "client.authentication.k8s.io/v1beta1"',
  '    command     = "aws"',
  "    # This requires the awscli to be installed locally where Terraform is executed",
  '    args = ["eks", "get-token", "--cluster-name", module.eks.cluster_name]',
  "  }",
  "}",
].join("\n");
const HELM_PROVIDER = [
  'provider "helm" {',
  "  kubernetes {",
  "    host = module.eks.cluster_endpoint",
  "    exec {",
  '      api_version = "client.authentication.k8s.io/v1beta1"',
  '      args        = ["eks", "get-token", "--cluster-name", module.eks.cluster_name, "--region", var.region]',
  '      command     = "aws"',
  "    }",
  "  }",
  "}",
].join("\n");
const KUBECONFIG_FLOW = [
  "users:",
  "- name: prod",
  "  user:",
  "    exec:",
  "      apiVersion: client.authentication.k8s.io/v1beta1",
  "      command: aws",
  '      args: ["eks", "get-token", "--cluster-name", "prod-cluster", "--region", "eu-west-1"]',
].join("\n");
const GH_SCRIPT =
  'token = subprocess.check_output(["gh", "auth", "token", "--hostname", host], text=True).strip()';

const { home, log } = recorderWithResults({});
afterAll(async () => {
  await home.cleanup();
});

describe("a token command's options in a list, written through a tool", () => {
  it("reach the server; a real token after --token is still refused", async () => {
    const { outcomes } = await namedEchoOutcomes(home, log, {
      "Terraform EKS provider": { path: "main.tf", content: TERRAFORM_EKS },
      "Terraform Helm provider": { path: "helm.tf", content: HELM_PROVIDER },
      "kubeconfig exec args": { path: "kubeconfig.yaml", content: KUBECONFIG_FLOW },
      "gh auth token in Python": { path: "deploy.py", content: GH_SCRIPT },
      "a real token after --token": {
        path: "run.tf",
        content: 'args = ["get", "pods", "--token", "Qm7vT2xLp9RzK4nWHn4kW8pZq2LxR8kW"]',
      },
    });
    // At the head of round 40 all five were refused as sensitive_data (secret_assignment).
    expect(outcomes).toEqual({
      "Terraform EKS provider": "forwarded",
      "Terraform Helm provider": "forwarded",
      "kubeconfig exec args": "forwarded",
      "gh auth token in Python": "forwarded",
      "a real token after --token": "sensitive_data",
    });
  });
});
