// Public corpora we did not write, pinned by commit. They are never committed: `pnpm corpora:fetch` copies the
// files each benchmark reads into benchmark/.corpora/<owner>+<name>/, and the benchmarks skip a corpus that is
// absent with a message saying how to fetch it.
//
// Source of each repository, in order: $MCP_GUARD_CORPUS_MIRROR/<owner>+<name>/repo (a bare git directory, or
// a clone with its .git inside, that already holds the commit, e.g. an offline mirror), otherwise a shallow clone from GitHub at the commit.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", ".corpora");

/**
 * Each entry: the repository, the commit it is pinned to, the paths the benchmarks read (git pathspecs), its
 * licence, and what it is used for. Add an entry here, never a copy of the data.
 */
export const CORPORA = [
  {
    repo: "gitleaks/gitleaks",
    commit: "b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b",
    paths: ["cmd/generate/config/rules", "cmd/generate/config/utils/generate.go"],
    licence: "MIT",
    use: "secrets: each rule's true- and false-positive test fixtures (and the sample contexts they expand into)",
  },
  {
    repo: "trufflesecurity/trufflehog",
    commit: "3ab759fef4bb5935d4fe9ac68b503d05346b8364",
    paths: [":(glob)pkg/detectors/*/*_test.go"],
    licence: "AGPL-3.0 (read at benchmark time, never copied into this repository)",
    use: "secrets: each detector's pattern tests (inputs with the secrets they must or must not yield)",
  },
  {
    repo: "secretlint/secretlint",
    commit: "18346ba31b8173d52060b971221ab38c1943def0",
    paths: [":(glob)packages/@secretlint/*/test/snapshots/**"],
    licence: "MIT",
    use: "secrets (held out): each rule's snapshot tests (an input file and the findings it must yield, or none)",
  },
  {
    repo: "praetorian-inc/noseyparker",
    commit: "2e6e7f36ce36619852532bbe698d8cb7a26d2da7",
    paths: ["crates/noseyparker/data/default/builtin/rules"],
    licence: "Apache-2.0",
    use: "secrets (held out): each rule's examples and negative examples, the rule's categories saying which are secrets",
  },
  {
    repo: "praetorian-inc/titus",
    commit: "369d8dc4359a2d70629e0fe7732d3244a3315efc",
    paths: ["pkg/rule/rules"],
    licence: "Apache-2.0",
    use: "secrets (held out, measured once, blind): rule examples and negative examples in Nosey Parker's format, only those that neither Nosey Parker nor Kingfisher lists",
  },
  {
    repo: "mongodb/kingfisher",
    commit: "ee7c0db3ef87575768f817820c24736249ffcdef",
    paths: ["data/rules"],
    licence: "Apache-2.0",
    use: "secrets (held out): each rule's examples (about 750 formats) and negative examples",
  },
  {
    repo: "Yelp/detect-secrets",
    commit: "5e141933554a0b74e7341841f318be21e895339c",
    paths: ["tests/plugins"],
    licence: "Apache-2.0",
    use: "secrets (held out, measured blind first): each plugin's parametrized test lines, with whether they must be flagged",
  },
  {
    repo: "sirwart/ripsecrets",
    commit: "416e9d04d6ba8941fc3106bf986b6c8aa875767e",
    paths: ["test", ".secretsignore"],
    licence: "MIT",
    use: "secrets (held out, measured blind first): files with one secret per line or per file, and a file with none",
  },
  {
    repo: "Checkmarx/2ms",
    commit: "e2fafb4a9738d0f2984b0570f056e70a72ad55cb",
    paths: [":(glob)engine/rules/ruledefine/*_test.go"],
    licence: "Apache-2.0",
    use: "secrets (held out, measured blind first, misses never read): each rule's true- and false-positive test strings",
  },
  {
    repo: "semgrep/semgrep-rules",
    commit: "157ae4706d7f54aa33647332f234dd68f30da195",
    paths: ["generic/secrets"],
    licence:
      "Semgrep Rules License (Commons Clause on LGPL-2.1; read at benchmark time, never copied or sold)",
    use: "secrets (held out, measured blind first): the generic secret rules' test files, each line annotated ruleid (must match) or ok (must not)",
  },
  {
    repo: "Skyscanner/whispers",
    commit: "5832bf74dcb127128ba653ed87601c927124b5aa",
    paths: ["tests/fixtures", "tests/unit/test_secrets.py"],
    licence: "Apache-2.0",
    use: "secrets (round 6's final check, kept unread): configuration and source files whose secrets its test marks by the word hardcoded",
  },
  {
    repo: "aquasecurity/trivy",
    commit: "dc3c56eed58ab21c7e08d26757c517bc946a86c5",
    paths: ["pkg/fanal/secret/testdata", "pkg/fanal/secret/scanner_test.go"],
    licence: "Apache-2.0",
    use: "secrets (round 8's final check, measured blind, misses never read): the secret scanner's test inputs and the findings its test wants from each",
  },
  {
    repo: "google/osv-scalibr",
    commit: "c2094f2d68e3994551d9998a54e2e97985a18a39",
    paths: [":(glob)veles/secrets/**/*_test.go"],
    licence: "Apache-2.0 (read at benchmark time, never copied into this repository)",
    use: "secrets (round 11's held-out corpus, measured blind first, misses never read): the Veles secret detectors' test tables, each case an input and the secrets it must yield (none for a true negative)",
  },
  {
    repo: "Samsung/CredSweeper",
    commit: "1ed2ca5cdd480667b938024464a37589b9af8564",
    paths: ["tests/samples", ":(glob)tests/data/*.json"],
    licence: "MIT (read at benchmark time, never copied into this repository)",
    use: "secrets (round 12's held-out corpus, measured blind first, misses never read): the sample files its tests scan and the findings each test configuration wants from them",
  },
  {
    repo: "SonarSource/sonar-text",
    // The last commit before the secret specifications moved to SonarSource's closed plugin (2024-10-19).
    commit: "09186199c4e70bb2bebf232184dbbbb42390a73a",
    paths: ["sonar-text-plugin/src/main/resources/org/sonar/plugins/secrets/configuration"],
    licence: "LGPL-3.0 at this commit (read at benchmark time, never copied into this repository)",
    use: "secrets (round 13's held-out corpus, measured blind first, misses never read): each secret rule's examples, a text with whether it contains a secret and which",
  },
  {
    repo: "ZupIT/horusec",
    // The archived repository's last commit (2023-08-07).
    commit: "873d4104a6aa89be8f86d93db8e416909d9add87",
    paths: ["internal/services/engines/leaks"],
    licence: "Apache-2.0 (read at benchmark time, never copied into this repository)",
    use: "secrets (round 14's held-out corpus, measured blind first, misses never read): its leaks engine's rule tests, a vulnerable sample with the lines each rule must find and a safe sample it must not flag",
  },
  {
    repo: "advanced-security/secret-scanning-custom-patterns",
    commit: "9b84660dfcad6cc3d0e2c40a1a5f61dd7edca4b9",
    paths: ["common", "configs", "database", "generic", "jwt", "password_store", "rsa", "uri", "vendors"],
    licence: "MIT (read at benchmark time, never copied into this repository)",
    use: "secrets (round 15's held-out corpus, measured blind first, misses never read): each custom pattern's test text with its secret's offsets, and the exact spans it must find in its directory's sample files",
  },
  {
    repo: "bridgecrewio/checkov",
    commit: "03d5fdad8d6154b1565799a7b1fb8070c158866f",
    paths: ["tests/secrets", "checkov/secrets/runner.py"],
    licence: "Apache-2.0 (read at benchmark time, never copied into this repository)",
    use: "secrets (round 16's held-out corpus, measured blind first, misses never read): the secret scanner's runner tests (files with the number of findings each must yield) and its general check's single-line tests",
  },
  {
    repo: "ynori7/credential-detector",
    commit: "98cc6947e746c36f821401c5674f7bd7b6d94798",
    paths: ["parser", "testdata"],
    licence: "MIT (read at benchmark time, never copied into this repository)",
    use: "secrets (round 18's held-out corpus, measured blind at 480d21d, misses never read): its parsers' tests, each a sample file of one language and the credential values it must yield; the sample's other assignment lines are its negatives",
  },
  {
    repo: "leaktk/fake-leaks",
    // The test data of leaktk's patterns (a submodule of leaktk/patterns); its newest commit when fetched.
    commit: "7ba6ca3ea2f165ecd61276c7460f2facdb313c87",
    paths: [":(glob)*/valid/**", ":(glob)*/invalid/**", "google/benign"],
    licence: "MIT (read at benchmark time, never copied into this repository)",
    use: "secrets (round 17's held-out corpus, measured blind first, misses never read): files its authors sorted by credential kind into valid/ (a leak the patterns must find) and invalid/ (a look-alike they must not)",
  },
  {
    repo: "microsoft/BIPIA",
    commit: "1a2a91da6bb12838e05d1b2e54d98e2f37b835f3",
    paths: [
      "benchmark/email",
      "benchmark/table",
      "benchmark/code",
      "benchmark/text_attack_train.json",
      "benchmark/text_attack_test.json",
      "benchmark/code_attack_train.json",
      "benchmark/code_attack_test.json",
    ],
    licence: "MIT",
    use: "results: e-mails, tables and code answers with planted instructions (train split trains the model, test split is reported)",
  },
  {
    repo: "proventra/proventra-core",
    commit: "5f7a2f60880f19bed10f9721e2b109aeff149879",
    paths: ["benchmark/data/test_data.py"],
    licence: "MIT",
    use: "results (held out): prompt injections aimed at agents, planted into BIPIA's clean test e-mails",
  },
  {
    repo: "nmeisenzahl/hijack-agentic-ai",
    commit: "02d9298e831323a07cc657cfc9c2bc726cba056e",
    paths: [
      "demos/demo2-mcp-tool-abuse/src/mcp_servers/weather_server.py",
      "demos/demo1-indirect-prompt-injection/src/assets",
      "demos/demo3-rag-poisoning/src/assets",
    ],
    licence: "MIT",
    use: "held out: a poisoned weather server (definition and instructions); poisoned and clean documents",
  },
  {
    repo: "kholcomb/DevSecOps_Arena",
    commit: "a46d7e9ca24b304e7dacb957782160723e1bb37b",
    paths: ["domains/mcp/servers/tool_poisoning.py"],
    licence: "none stated (read for measurement only, never redistributed)",
    use: "held out: the tool-poisoning level's malicious descriptions",
  },
  {
    repo: "johannhartmann/mcp-injection-experiments",
    commit: "4a8a92d43a388b8d2c6e73d65d2fe28df97c444c",
    paths: [
      "direct-poisoning.py",
      "shadowing.py",
      "whatsapp-takeover.py",
      "src/mcp_demo/experiments",
      "tests/unit/test_tool_description_linter.py",
    ],
    licence:
      "none stated (read for measurement only, never redistributed); extends invariantlabs-ai/mcp-injection-experiments",
    use: "poisoned definitions: Invariant Labs' original attacks and later families (shadowing, implicit, sleeper)",
  },
  {
    repo: "TUM-DSE/MCPSecBench",
    commit: "29ba2fa6b40c1eb09e858a5d9371a529d93da8c3",
    paths: ["code/maliciousadd.py", "data/attacks_updated.json"],
    licence: "MIT",
    use: "poisoned definitions: the benchmark's malicious tool descriptions",
  },
  {
    repo: "gensecaihq/mcp-poisoning-poc",
    commit: "67fd8c6fdeeec33be27cdd16271855914f1ab000",
    paths: ["src/attacks", "src/demo/malicious_server.py"],
    licence: "MIT",
    use: "poisoned definitions: proof-of-concept malicious tools",
  },
  {
    repo: "harishsg993010/damn-vulnerable-MCP-server",
    commit: "c7cb1e95ec2596bf0e989b70e7b954f364da03a2",
    paths: ["challenges"],
    licence: "none stated (read for measurement only, never redistributed)",
    use: "poisoned definitions (added round 4, measured blind first): the CTF's poisoned, rug-pulled and shadowing tools",
  },
  {
    repo: "enkryptai/secure-mcp-gateway",
    commit: "b4f0165e1f17100313b2b78164cf035a2ff084f5",
    paths: ["src/secure_mcp_gateway/bad_mcps"],
    licence: "Apache-2.0",
    use: "poisoned definitions (added round 4, measured blind first): the gateway's tool-poisoning and preference-manipulation test servers (descriptions, titles, annotations, schema metadata)",
  },
  {
    repo: "tristanhausermannpernet/mcp-hacking",
    commit: "b359e16d617805f2c3684c35805acf6eed916a9f",
    paths: ["tool-poisoning-attack/poisoning-server.py", "tool-shadowing-attack/poisoning-server.py"],
    licence: "MIT",
    use: "poisoned definitions (added round 4, measured blind first): a poisoning and a shadowing tools/list",
  },
  {
    repo: "SAFE-MCP/safe-mcp",
    commit: "5be97029951e21b166a9a573d5870b456c7367de",
    paths: [
      "techniques/SAFE-T1001/test-logs.json",
      "techniques/SAFE-T1001/test_detection_rule.py",
      "techniques/SAFE-T1008/test-logs.json",
      "techniques/SAFE-T1402/test-logs.json",
    ],
    licence: "SAFE-MCP dual licence (read for measurement only, never redistributed)",
    use: "poisoned definitions (added round 4, measured blind first): the technique catalogue's tool-description test logs, attacks and clean",
  },
  {
    repo: "beejak/Vulnerable-MCP-Server",
    commit: "03534e2f6da5cc83c67de084d16656ade71d8902",
    paths: ["vulnerabilities"],
    licence: "none stated (read for measurement only, never redistributed)",
    use: "poisoned definitions (final check, never read while the signals were written): its poisoning and shadowing tools",
  },
  {
    repo: "aminrj-labs/mcp-attack-labs",
    commit: "63454497b71e83f3fc8499f09f8da363e18fa8e8",
    paths: [
      "labs/01-mcp-tool-poisoning/attack1_direct_poison.py",
      "labs/01-mcp-tool-poisoning/attack2_rugpull.py",
      "labs/01-mcp-tool-poisoning/attack3_full_schema_poisoning.py",
    ],
    licence: "none stated (read for measurement only, never redistributed)",
    use: "poisoned definitions (second final check, measured once with the round-4 scorer): direct, rug-pull and full-schema poisoning",
  },
  {
    repo: "Wapiti08/mcp-attack-suite",
    commit: "9e02243f68e6b2ee91ff57fb1d760e2de41ebfd6",
    paths: ["artifacts/Task1/PoisonAttack", "artifacts/Task2/PoisonAttack", "artifacts/Task3/PoisonAttack"],
    licence: "MIT",
    use: "poisoned definitions (second final check, measured once with the round-4 scorer): its three tool-poisoning weather servers",
  },
  {
    repo: "cisco-ai-defense/mcp-scanner",
    commit: "893327c54d223ea07296f68f32d8294f5c045f4a",
    paths: ["examples/example-malicious-servers", "evals/remote"],
    licence: "Apache-2.0",
    use: "poisoned definitions (added round 5, measured blind first): the example malicious servers its scanner is tested on; round 18 (blind first): the remote-scan evaluation's malicious server and its three benign servers",
  },
  {
    repo: "robbarto2/MCP_Tool_Poisoning",
    commit: "609291664518a4725867fb8f9e6f1a0972c513ee",
    paths: ["mcp_server.py"],
    licence: "none stated (read for measurement only, never redistributed)",
    use: "poisoned definitions (added round 5, measured blind first): a poisoned tool list served over HTTP",
  },
  {
    repo: "SarveshChandak/MCP-Server-Tool-Poisoning",
    commit: "7cfd8ff4a2f7bf7914b6ae015bc65ed910a40817",
    paths: ["tool_poisoning.py"],
    licence: "MIT",
    use: "poisoned definitions (added round 5, measured blind first): argument tampering and file exfiltration tools",
  },
  {
    repo: "acuvity/mcp-server-everything-wrong",
    commit: "d6930774989bdb7572760e21ccda17c876177b39",
    paths: ["src/mcp_server_everything_wrong/server.py"],
    licence: "Apache-2.0",
    use: "poisoned definitions (added round 5, measured with the scorer before the round): its rug pull, covert reply, shadowing and smuggling tools, and its honest ones",
  },
  {
    repo: "huangyingting/genai-security",
    commit: "ed59eff884fb214f12b58b817df07876fe331fe0",
    paths: ["mcp"],
    licence: "none stated (read for measurement only, never redistributed)",
    use: "poisoned definitions (added round 5, measured with the scorer before the round): tool poisoning and shadowing demos, and their honest tools",
  },
  {
    repo: "harryc295/tool-poisoning-bench",
    commit: "9a5c49669f2e50da8e7cfc571ff35dc77cccb034",
    paths: ["scenarios.py"],
    licence: "MIT",
    use: "poisoned definitions (round 5's final check, never read while the signals were written): its description-injection scenarios and the clean tools beside them",
  },
  {
    repo: "SamsonCyber/mcp-poison",
    commit: "19ddfa8c686e6aacf697d2e42e0c85efaca78fe5",
    paths: ["fixtures"],
    licence: "MIT",
    use: "poisoned definitions (round 5's final check, never read while the signals were written): its scanner's attack and clean fixtures",
  },
  {
    repo: "riseandignite/mcp-shield",
    commit: "379140c3555bf35c6f8f451ee320da24302e792e",
    paths: ["mcp-servers-example"],
    licence: "MIT",
    use: "poisoned definitions (round 6, measured blind first): the example server its scanner is demonstrated on, and the honest messenger it shadows",
  },
  {
    repo: "Kyze-Labs/damn-vulnerable-MCP-Server",
    commit: "b4fe0b8361f80a97815f20a3c1e37ee534655cd8",
    paths: [":(glob)src/dvmcp/departments/*/tools.py"],
    licence: "MIT (its README)",
    use: "real definitions (round 6): 28 tools of a training lab whose flaws are in the code, honestly described, as a clean side written by attack authors",
  },
  {
    repo: "MB-Workspace/mcp-tool-poisoning-defense",
    commit: "394f828a9726399b9674865227548e9edb098e62",
    paths: ["malicious_mcp_server.py"],
    licence: "none stated (read for measurement only, never redistributed)",
    use: "poisoned definitions (round 7, measured blind first): tagged orders and a parameter name asking for a key",
  },
  {
    repo: "pi-2r/devoxxfr2026-workshop-jailbreak-prompt-injection-mcp-poisoning",
    commit: "edc0ae7019d44b059345d6bdc846ad6b0a579d6b",
    paths: [
      "mcp/mcp-rug-pull/mcp-server/src/index.ts",
      "mcp/mcp-shadowing",
      "mcp/mcp-poisoning/server.ts",
      "mcp/mcp-command-injection/mcp-server/src/index.ts",
    ],
    licence: "none stated (read for measurement only, never redistributed)",
    use: "poisoned definitions (round 7, measured blind first): a credential-harvesting log tool and a French shadowing tool, and the workshop's honest tools",
  },
  {
    repo: "Isaac-theori/Vulnerable-MCP-server",
    commit: "79998ab3d6b3788fd449659a95f5360ddd857313",
    paths: ["src/character_counter/server.py"],
    licence: "none stated (read for measurement only, never redistributed)",
    use: "real definitions (round 7): a Korean teaching server's honest descriptions (its flaws are in the code), a clean side",
  },
  {
    repo: "mdatikshahriar/mcp-attack-demo-spring",
    commit: "9326237e00d072a4626ee5812b8f49034aa8c6b5",
    paths: [
      "server/src/main/java/com/example/server/service/WeatherService.java",
      "server/src/main/java/com/example/server/tools/MathTools.java",
    ],
    licence: "none stated (read for measurement only, never redistributed)",
    use: "poisoned definitions (round 8's held-out check, measured blind first, misses never read): a Spring AI server's poisoned location search beside its honest weather and math tools (Java annotations)",
  },
  {
    repo: "rafsan-huseynov/evil-mcp-lab",
    commit: "22d35d31ea0c0759433cecd065c762691d282828",
    paths: ["server/attacks"],
    licence: "none stated (read for measurement only, never redistributed)",
    use: "poisoned definitions (round 8's held-out check, measured blind first, misses never read): the lab's poisoning, shadowing and rug-pulled tools, and the tools whose attack is in their code or result as the clean side",
  },
  {
    repo: "aganita/mcp-ctf-challenge",
    commit: "ccbb84683ddc86201982b4177d3b81ba19f1612b",
    paths: ["src/challenges"],
    licence: "none stated (read for measurement only, never redistributed)",
    use: "poisoned definitions (round 8's held-out check, measured blind first, misses never read): the CTF's description-poisoning challenge, and every other challenge's tools (their flaws are in the code) as the clean side",
  },
  {
    repo: "promptfoo/evil-mcp-server",
    commit: "033c132079c2756cc62d79fc7a0c8c5f96bde3d8",
    paths: ["src/tools/evilTools.ts", "README.md"],
    licence: "MIT (read at benchmark time, never copied into this repository)",
    use: "poisoned definitions (round 12's held-out check, measured blind first, misses never read): the analytics tool its README says simulates exfiltration of customer data (a TypeScript literal with a zod schema)",
  },
  {
    repo: "kimtnals/gmail-mcp-tool-poison-demo",
    commit: "e5c32e5ef926f4cd8b225515f77bd03c5bf1eca8",
    paths: ["main.py", "README.md"],
    licence: "none stated (read for measurement only, never redistributed)",
    use: "poisoned definitions (round 12's held-out check, measured blind first, misses never read): a Korean Gmail tool-poisoning demo, the tool whose code mails what it reads to the attacker as the attack and its honest send tool as the clean side",
  },
  {
    repo: "xjzzzzzzzz/MCPSafety",
    commit: "7872437b6369aac1150e3a19e350a981dc554f81",
    paths: ["mcpuniverse/benchmark/configs/test", "mcpuniverse/mcp/servers", "pyproject.toml"],
    licence: "BSD-3-Clause (its pyproject; read at benchmark time, never copied into this repository)",
    use: "poisoned definitions (round 13's held-out check, measured blind first, misses never read): MCP-SafetyBench's tasks, each naming its attack category; the descriptions its tool-poisoning tasks put on real tools and the tools its shadowing, preference-manipulation and function-overlapping tasks add; its servers' own tools are the clean side",
  },
  {
    repo: "invariantlabs-ai/mcp-scan",
    commit: "9d6f6f911182ca9e401261a3d93d7b5a80cafb8b",
    paths: ["demoserver/server.py", "demoserver/README.md", "LICENSE"],
    licence: "Apache-2.0 (read at benchmark time, never copied into this repository)",
    use: "poisoned definitions (round 13's held-out check, measured blind first, misses never read): the scanner's demo server, whose README names the tool with a prompt injection in its description and the rug-pulled one; its benign tools are the clean side",
  },
  {
    repo: "alexandriashai/mcp-guardian",
    commit: "012c0610f49995cb15dbf0fb20ece21af6583efc",
    paths: ["examples/poisoned-server/index.js", "examples/poisoned-server/README.md", "LICENSE"],
    licence: "MIT (read at benchmark time, never copied into this repository)",
    use: "poisoned definitions (round 14's held-out check, measured blind first, misses never read): a scanner's example poisoned server, whose README names the three tools carrying attacks and the one left clean for contrast",
  },
  {
    repo: "ashengstd/mcp-attack-analysis",
    commit: "eaa041efc8bfaa2b7b4bc9b2a30a882ff266e255",
    paths: ["data/attacks", "README.md"],
    licence:
      "none stated (its README says no licence is attached yet); read at benchmark time only, never copied into this repository",
    use: "poisoned definitions (round 15's held-out check, measured blind first, misses never read): an MCP attack-evaluation set over real servers' tools (the servers MCPTox attacks), each row a tool's description text with its own is_attack label; the rows it labels attacks are the poisoned side, the others the clean side",
  },
  {
    repo: "microsoft/presidio-research",
    commit: "7622dec1e5f7d25dc60b57c28c39f4c4af197018",
    paths: [
      "data/synth_dataset_v2.json",
      "tests/data/generated_large.json",
      "tests/data/generated_small.json",
    ],
    licence: "MIT",
    use: "personal data: 1,500 synthetic sentences with labelled spans (development corpus); the 2,209 of its test data (held out)",
  },
  {
    repo: "microsoft/presidio",
    commit: "0aa9f8e44275cb52c00fbbebe19168e934e1f076",
    paths: [
      "presidio-analyzer/tests/test_email_recognizer.py",
      "presidio-analyzer/tests/test_phone_recognizer.py",
      "presidio-analyzer/tests/test_credit_card_recognizer.py",
      "presidio-analyzer/tests/test_us_ssn_recognizer.py",
      "presidio-analyzer/tests/test_iban_recognizer.py",
    ],
    licence: "MIT",
    use: "personal data: the analyzer's recognizer test cases, positive and negative (held out)",
  },
  {
    repo: "Nannigalaxy/PII-synthetic_dataset",
    commit: "e776265d92426ab9ef11f7bea3b9989addc39b63",
    paths: ["dataset/pii_syn_nano_en.json"],
    licence: "MIT",
    use: "personal data: 149 hand-styled sentences (incidents, forms) with labelled values, 18 without (held out)",
  },
  {
    repo: "gabechu/pii_recognition",
    commit: "501d94042f4469aa1797657bc7db32308d28b593",
    paths: ["pii_recognition/datasets/predisio_fake_pii/generated_size_500_date_August_25_2020.json"],
    licence: "none stated (read at benchmark time for measurement only, never copied into this repository)",
    use: "personal data (held out): 500 sentences from Presidio's generator as of August 2020, with labelled spans",
  },
  {
    repo: "ch8ri0s/PII-Anonymizer",
    commit: "796cb164f3ea243d94f1604af80ed1ed3d8d449b",
    paths: ["test/fixtures/realistic", "test/fixtures/piiAnnotated/realistic-ground-truth.json"],
    licence:
      "CC BY-NC-SA 4.0 (read at benchmark time for measurement only, never copied into this repository)",
    use: "personal data (held out): Swiss invoices, letters, HR records and e-mails in four languages with labelled offsets",
  },
  {
    repo: "AmbientMeta/ambientmeta-pii-detection-benchmark",
    commit: "6710e3be1f49b976b859ad0a82d149c7eb857329",
    paths: ["data/standard", "data/adversarial", "data/ambiguous", "data/contextual"],
    licence: "Apache-2.0 (read at benchmark time, never copied into this repository)",
    use: "personal data (held out): 1,100 texts (ai4privacy and Gretel samples, odd formats, obfuscation, look-alikes) with double-annotated spans",
  },
  {
    repo: "tammem8/presidio",
    commit: "71b821387cb4214f91a27072c55c7bddd96f3864",
    paths: ["resources/data/fake_data_test_size_200_en_US.json"],
    licence: "none stated (read at benchmark time for measurement only, never copied into this repository)",
    use: "personal data (held out): 200 sentences from Presidio's sentence faker in 2026 (phone numbers of many locales), with labelled spans",
  },
  {
    repo: "subhash-holla/pii-anon-eval-data",
    commit: "19ce76945513f4faaf6d2c8968ab32ac2c25d5bf",
    paths: [
      "src/pii_anon_datasets/splits/test_adversarial.jsonl.gz",
      "src/pii_anon_datasets/splits/test_technology.jsonl.gz",
      "src/pii_anon_datasets/splits/test_clinical.jsonl.gz",
    ],
    licence: "CC0 data, Apache-2.0 code (read at benchmark time, never copied into this repository)",
    use: "personal data (held out): test splits of a synthetic benchmark (clinical notes, tech logs, adversarial encodings) with labelled spans",
  },
  {
    repo: "AlanKolkowski/pii-anonymizer",
    commit: "a9bcb8d1a12bf43c0ba80f0359c952c54a21f612",
    paths: ["test-data/adversarial", "test-data/adversarial-holdout", "test-data/synthetic"],
    licence: "Apache-2.0 (read at benchmark time, never copied into this repository)",
    use: "personal data (held out, measured blind first): Polish letters, contracts and forms, adversarial layouts and OCR noise, with labelled offsets (phones, e-mails, bank accounts beside PESEL, NIP, amounts and case numbers)",
  },
  {
    repo: "Teerapat-Vatpitak/thai-pii-redaction",
    commit: "3563d21587bf28a7c1c97730fba77b7901bd1aa3",
    paths: ["benchmark/data/gold.jsonl"],
    licence: "Apache-2.0 (read at benchmark time, never copied into this repository)",
    use: "personal data (measured blind first, then read): Thai forms, letters and records with values marked in place (phones, e-mails, cards beside Thai ID, bank account, passport and student numbers), and a negative slice",
  },
  {
    repo: "pl-pii-bench/pl-pii-bench",
    commit: "ddd2a8148d1b4b45789bf4d016cf286aced8f984",
    paths: ["corpus/core", "corpus/identifiers", "corpus/negative", "corpus/robustness"],
    licence: "CC BY 4.0 (data; read at benchmark time, never copied into this repository)",
    use: "personal data (this round's final check: measured once, at the end, its misses never read): Polish documents with labelled offsets (phones, e-mails, IBANs, payment cards beside PESEL, NIP, REGON), noisy variants and look-alike negatives",
  },
  {
    repo: "sequrity-ai/agentdojo",
    commit: "357c80dea9af34323f709c3505d9e6d224654c7e",
    paths: [
      "src/agentdojo/data/suites",
      "src/agentdojo/default_suites/v1",
      "src/agentdojo/attacks/baseline_attacks.py",
      "src/agentdojo/attacks/important_instructions_attacks.py",
    ],
    licence: "MIT (a fork of ethz-spylab/agentdojo)",
    use: "results (held out): AgentDojo's injection goals in its attack templates, planted where its authors planted them in its environments' e-mails, files, messages, reviews and web pages; the same places with the authors' benign defaults are the clean side",
  },
  {
    repo: "yunwei37/satml-llmail-injection",
    commit: "360613b492c5a4e8f9297b32adc819f0aa27210a",
    paths: ["examples/satml/zero-shot-baseline/prompts", "examples/satml/few-shots-2-tech/prompts"],
    licence: "none stated (read for measurement only, never redistributed)",
    use: "results (held out, measured blind first): attack e-mails written for the LLMail-Inject challenge",
  },
  {
    repo: "facebookresearch/wasp",
    commit: "ffee6f41fde76acd14bd792db442479c506260c2",
    paths: [
      "webarena_prompt_injections/constants.py",
      "webarena_prompt_injections/configs/experiment_config.raw.json",
    ],
    licence: "CC BY-NC 4.0 (read at benchmark time, never copied into this repository)",
    use: "results (held out, measured blind first): the web-agent benchmark's injection formats and attacker goals",
  },
  {
    repo: "NVIDIA/garak",
    commit: "cafbe992780df70015de7295ca026b70c4629ada",
    paths: [
      "garak/probes/latentinjection.py",
      "garak/data/payloads/domains_latentinjection.json",
      "garak/data/payloads/whois_injection_contexts.json",
    ],
    licence: "Apache-2.0",
    use: "results (held out, measured blind after this round's changes): the latent-injection probes' documents with planted instructions, and the same documents clean",
  },
  {
    repo: "microsoft/TaskTracker",
    commit: "b4fabe25504dc1d3f7c6fdf5e50d4bb209a152b0",
    paths: [
      "task_tracker/dataset_creation/datasets/saved_injections_test.txt",
      "task_tracker/dataset_creation/datasets/saved_injections.txt",
      "task_tracker/dataset_creation/datasets/trivia_pairs.txt",
      "task_tracker/dataset_creation/datasets/translated_secondary_tasks.txt",
      "task_tracker/dataset_creation/datasets/jailbreaks_pair_attack.txt",
    ],
    licence: "MIT",
    use: "results (held out, measured blind first): the test split's trigger phrases, each with a secondary task, planted as its authors planted them",
  },
  {
    repo: "HumanCompatibleAI/tensor-trust-data",
    commit: "e2385ea9cf448c9641b96e2e39f113ed4979a5b0",
    paths: ["benchmarks/hijacking-robustness/v1/hijacking_robustness_dataset.jsonl"],
    licence: "none stated in the repository (read for measurement only, never redistributed)",
    use: "results (final held-out check, kept unread): the game's hijacking attacks, planted into BIPIA's clean e-mails",
  },
  {
    repo: "greshake/llm-security",
    commit: "87f4b7ffa568b7261a79b31573068d8113319212",
    paths: ["scenarios/gpt4", "scenarios/gpt3langchain", "scenarios/puzzle/puzzles"],
    licence: "MIT",
    use: "results (held out, measured blind first): the indirect-injection payloads of Greshake et al.'s demonstrations (web pages, e-mails, social posts) and their puzzle pages",
  },
  {
    repo: "Giskard-AI/prompt-injections",
    commit: "ce50a549dadc46b48c931250d2dd71d5f003c0c2",
    paths: ["prompt_injections.csv"],
    licence: "MIT (its garak and PromptInject sources under their own licences)",
    use: "results (this round's final held-out check, kept unread): jailbreak and hijacking prompts, planted into BIPIA's clean e-mails",
  },
  {
    repo: "meta-llama/PurpleLlama",
    commit: "4be64c3a24442b51c76175e6ec67722cc3f5fe38",
    paths: [
      "CybersecurityBenchmarks/datasets/prompt_injection/prompt_injection.json",
      "CybersecurityBenchmarks/datasets/prompt_injection/prompt_injection_multilingual_machine_translated.json",
      "CybersecurityBenchmarks/LICENSE",
    ],
    licence: "MIT (CybersecurityBenchmarks)",
    use: "results (round 6, measured blind first): CyberSecEval's prompt-injection cases, its indirect ones as the documents they carry, its direct ones planted into BIPIA's clean e-mails, and their machine translations into 16 languages",
  },
  {
    repo: "utkusen/promptmap",
    commit: "d305132e38f28b4cdca5c5b4586f11904ed1836d",
    paths: ["rules"],
    licence: "GPL-3.0 (read at benchmark time, never copied into this repository)",
    use: "results (round 6's final held-out check, kept unread): promptmap's attack rules, planted into BIPIA's clean e-mails",
  },
  {
    repo: "WithSecureLabs/spikee",
    commit: "f811bcc851b41bcf5e9c7de7ff314deea2ed94e5",
    paths: [
      "LICENSE-2.0.txt",
      "spikee/data/workspace/datasets/seeds-cybersec-2025-04",
      "spikee/data/workspace/datasets/seeds-targeted-2024-12",
      "spikee/data/workspace/datasets/seeds-llm-mailbox",
      "spikee/data/workspace/datasets/seeds-sysmsg-extraction-2025-04",
    ],
    licence: "Apache-2.0 (read at benchmark time, never copied into this repository)",
    use: "results (round 9's held-out corpus, measured blind first; its misses read in round 11): spikee's jailbreaks with their instructions (markdown-image exfiltration, XSS, system-prompt leaks, a mailbox's reset token), planted at the end of its base documents as its generator does, in English and four low-resource languages",
  },
  {
    repo: "Zhang-Henry/AIOS_agent",
    // Agent Security Bench (ASB, Zhang et al., ICLR 2025), its first author's development copy: the upstream
    // agiresearch/ASB and InjecAgent could not be mirrored here.
    commit: "b38a3d201c13ce8cf74ebc2aa61ce771f14ef3f4",
    paths: [
      "LICENSE",
      "data/all_attack_tools.jsonl",
      "data/all_normal_tools.jsonl",
      "pyopenagi/agents/react_agent_attack.py",
    ],
    licence: "MIT",
    use: "results (round 11's held-out corpus, measured blind first, misses never read): ASB's 400 attacker instructions appended to its simulated tools' responses in the five observation-injection formats of its agent, and bare; the tools' responses alone are the clean side",
  },
  {
    repo: "Maison-Research/DLP-Public-Benchmarking-Dataset",
    commit: "2539527bf4dfd025e41d18589aab333a2bcc9337",
    paths: ["General Sensitive Data Benchmarking Dataset.csv"],
    licence: "MIT",
    use: "personal data and secrets (round 12, measured blind on the code before the round, then read): a data-loss-prevention benchmark of support-chat sentences, per kind of data a positive written plainly, one with typos and spaces, one only alluded to, and negatives plain, with typos and with look-alike keywords",
  },
  {
    repo: "himorishige/noren",
    commit: "004de997a2192aeb03c09e4e2e447340b6e79454",
    paths: ["packages/noren-devtools/datasets/ground-truth"],
    licence: "MIT",
    use: "personal data and secrets (round 13, held out: measured blind when added, its misses never printed): a masking library's synthetic ground truth, 120 texts with the spans of e-mail addresses, cards, JWTs, API keys, Authorization headers, cookies and URL tokens, or none",
  },
  {
    repo: "LeapBeyond/scrubadub",
    commit: "53772cbef417da290d25c95373031f786ab3b5c6",
    paths: ["LICENSE", "tests"],
    licence: "Apache-2.0 (read at benchmark time, never copied into this repository)",
    use: "personal data (round 14, held out: measured blind when added, its misses never printed): a PII scrubber's detector tests, each a text before and after cleaning with every value found replaced by its kind (e-mail, phone, card, SSN; names, URLs, handles, dates of birth and UK numbers that are not ours)",
  },
  {
    repo: "philterd/phileas",
    commit: "9bec2a1be4da0ffafcdf01bc35e60bc7a5b1895f",
    paths: [
      "LICENSE",
      "src/test/java/ai/philterd/phileas/filters/CreditCardFilterTest.java",
      "src/test/java/ai/philterd/phileas/filters/EmailAddressFilterTest.java",
      "src/test/java/ai/philterd/phileas/filters/IbanCodeFilterTest.java",
      "src/test/java/ai/philterd/phileas/filters/PhoneNumberFilterTest.java",
      "src/test/java/ai/philterd/phileas/filters/PhoneNumberExtensionFilterTest.java",
      "src/test/java/ai/philterd/phileas/filters/SsnFilterTest.java",
    ],
    licence: "Apache-2.0 (read at benchmark time, never copied into this repository)",
    use: "personal data (round 16, held out: measured blind when added, its misses never printed): a Java redaction library's filter tests, each a text with the spans its e-mail, phone, card, SSN or IBAN filter must return, or none",
  },
  {
    repo: "arthurdejong/python-stdnum",
    commit: "006192e59be8ed6e08fd680256868a6c31eb2ba9",
    paths: ["COPYING", "tests/test_iban.doctest"],
    licence: "LGPL-2.1-or-later (read at benchmark time, never copied into this repository)",
    use: "personal data (round 16, held out: measured blind when added, its misses never printed): a validation library's lists of valid IBANs of many countries as people write them, and of invalid ones",
  },
  {
    repo: "microsoft/Recognizers-Text",
    // The last commit (2024-12-04) of Microsoft's entity recognizers; their language-neutral test specs.
    commit: "90e968ea44dc8fda3f2e1c3e4b20aa233817488d",
    paths: [
      "LICENSE",
      ":(glob)Specs/Sequence/*/PhoneNumberModel.json",
      "Specs/Sequence/English/EmailModel.json",
    ],
    licence: "MIT (read at benchmark time, never copied into this repository)",
    use: "personal data (round 17, held out: measured blind when added, its misses never printed): the phone-number and e-mail recognizers' test specs, each a sentence with the values the recognizer must return (English, Chinese, Portuguese and other languages), or none",
  },
  {
    repo: "braintree/card-validator",
    // The last commit (2026-05-01) of Braintree's card-number validator.
    commit: "eb213089df9993be192282564d089d378460c63a",
    paths: ["LICENSE", "src/__tests__/card-number.ts"],
    licence: "MIT (read at benchmark time, never copied into this repository)",
    use: "personal data (round 17, held out: measured blind when added, its misses never printed): a payment form's card-number tests, each number with whether the validator takes it as a complete valid card (brand ranges, lengths, Luhn) or not",
  },
  {
    repo: "dominicsayers/isemail",
    // The repository's last commit (2016-12-07).
    commit: "cfeefc3f2f88cb195053f6a309fa4f640cd369b5",
    paths: ["license.md", "test/tests.xml"],
    licence: "BSD-3-Clause (read at benchmark time, never copied into this repository)",
    use: "personal data (round 18, held out: measured blind when added, its misses never printed): an RFC 5321/5322 e-mail validator's test addresses, each with its verdict's category (valid, valid but odd, malformed)",
  },
  {
    repo: "validatorjs/validator.js",
    // Its newest commit when added (2026-08-08).
    commit: "cdb7dafc281d14125b924969bf3ee5bc482ec169",
    paths: ["LICENSE", "test/validators.test.js"],
    licence: "MIT (read at benchmark time, never copied into this repository)",
    use: "personal data (round 18, held out: measured blind when added, its misses never printed): a string-validation library's lists of e-mail addresses, card numbers and IBANs its validators must accept or reject, and the mobile numbers of about 150 locales it must accept",
  },
  {
    repo: "sleeepeer/PIArena",
    commit: "215dad1cd64e9cfeedcb28b0854abf2d6915c19c",
    paths: [
      "LICENSE",
      "piarena/attacks/heuristic.py",
      "datasets/squad_v2.json",
      "datasets/dolly_closed_qa.json",
      "datasets/dolly_information_extraction.json",
      "datasets/dolly_summarization.json",
      "datasets/nq_rag.json",
      "datasets/msmarco_rag.json",
      "datasets/hotpotqa_rag.json",
      "agents/InjecAgent/LICENCE",
      "agents/InjecAgent/data/test_cases_dh_base.json",
      "agents/InjecAgent/data/test_cases_dh_enhanced.json",
      "agents/InjecAgent/data/test_cases_ds_base.json",
      "agents/InjecAgent/data/test_cases_ds_enhanced.json",
      "agents/InjecAgent/data/user_cases.jsonl",
    ],
    licence:
      "MIT (PIArena; InjecAgent's data MIT, Qiusi Zhan) (read at benchmark time, never copied into this repository)",
    use: "results (round 12's held-out corpus, measured blind first, misses never read): PIArena's documents with their injected tasks in its five heuristic formats, and InjecAgent's tool responses with attacker instructions; the documents and the empty response templates are the clean side",
  },
  {
    repo: "amazon-science/llm-pieval",
    commit: "663441344d73d008199efb50c78f031d1b266fa8",
    paths: ["LICENSE", "blackbox_prompts"],
    licence: "CC BY-NC 4.0 (read at benchmark time for measurement only, never copied into this repository)",
    use: "results (round 13's held-out corpus, measured blind first, misses never read): LLM-PIEval's 750 black-box cases, each an API result (a retrieved passage) into which its authors planted an instruction for the assistant; the result text is what is scored",
  },
  {
    repo: "LukeChen-go/indirect-pia-detection",
    commit: "1e9e0f00179adc154e9ca991b9cd3206c99f9588",
    paths: [
      "LICENSE",
      "instruction_attack_defense_tools.py",
      "data/crafted_instruction_data_squad_injection_qa.json",
      "data/crafted_instruction_data_tri_injection_qa.json",
    ],
    licence: "MIT (read at benchmark time, never copied into this repository)",
    use: "results (round 14's held-out corpus, measured blind first, misses never read): the evaluation documents of 'Can Indirect Prompt Injection Attacks Be Detected and Removed?' (Chen et al., ACL 2025), search-engine passages for SQuAD and TriviaQA questions with an injected instruction in its five attack formats at the start, middle or end; the passages alone are the clean side",
  },
  {
    repo: "egozverev/Should-It-Be-Executed-Or-Processed",
    // The last commit (2025-03-11); the assembled SEP_dataset.json is not in the snapshot, so the loader rebuilds
    // it from the generated data and the probes with the authors' insert_probes.py procedure.
    commit: "6c5ba9571947aa3d7c388c97e3e4867490a6157b",
    paths: [
      "SEP_dataset/insert_probes.py",
      "SEP_dataset/interim_data_files/raw_data.json",
      "SEP_dataset/source/probes.json",
    ],
    licence: "none stated (read for measurement only, never redistributed)",
    use: "results (round 15's held-out corpus, measured blind first, misses never read): the SEP dataset of 'Can LLMs Separate Instructions From Data?' (Zverev et al., ICLR 2025), texts an assistant is asked to process with a probe (a bare request or question) its authors insert at the start or the end; the texts alone are the clean side",
  },
  {
    repo: "dongsenzhang/MSB",
    // The last commit (2026-03-24) of MCP Security Bench's code and data (Zhang et al., ICLR 2026).
    commit: "c1d6a70171e4d2c44c87a2ae909d13df00c6aa8d",
    paths: [":(glob)data/tools/attack_tools/**/*.py", "data/prompt_template.py", "data/attack_task.jsonl"],
    licence: "MIT",
    use: "poisoned definitions (round 16's held-out corpus, measured blind first, misses never read): its attack servers' preference-manipulation, out-of-scope-parameter and name-collision files beside their clean files, and its prompt-injection texts; the clean files' tools are the clean side",
  },
  {
    repo: "slowmist/MasterMCP",
    // The last commit (2025-07-06) of SlowMist's MasterMCP, a toolkit of malicious MCP plugins.
    commit: "c54ba3c771e77c2cc0be1f1190b2a5a3574e7a9f",
    paths: ["LICENSE", "README.md", "tools_plugins/*.py"],
    licence: "MIT (read at benchmark time, never copied into this repository)",
    use: "poisoned definitions (round 17's held-out corpus, measured blind first, misses never read): each plugin of its tools_plugins directory as its server lists it (name, description, schema of PLUGIN_INFO), the attack family its README gives it",
  },
  {
    repo: "leolee99/PIGuard",
    // The last commit (the repository of "PIGuard: Prompt Injection Guardrail via Mitigating Overdefense for
    // Free", Li et al., ACL 2025; formerly InjecGuard).
    commit: "1b5751e88bf7475acbedfc8eda795ce060307c84",
    paths: [
      "LICENSE",
      "datasets/NotInject_one.json",
      "datasets/NotInject_two.json",
      "datasets/NotInject_three.json",
      "datasets/wildguard.json",
      "datasets/valid.json",
      "datasets/BIPIA_text.json",
      "datasets/BIPIA_code.json",
    ],
    licence: "MIT (read at benchmark time, never copied into this repository)",
    use: "results (round 16's held-out corpus, measured blind first, misses never read): NotInject's 339 benign sentences built around the trigger words of injections, WildGuard's 971 benign prompts and the eight PINT chats, documents and hard negatives of its validation set are the clean side; the 24 PINT injections and jailbreaks of its validation set, and the BIPIA attack lists it evaluates on (BIPIA is our development corpus), are the attacks",
  },
  {
    repo: "gtech/moltshield",
    commit: "8bba101b7dfc57052c43ea17960eaccd2f15aaa8",
    paths: ["package.json", "tests/benchmarks/framework/datasets.ts"],
    licence: "MIT (its package.json; read at benchmark time, never copied into this repository)",
    use: "results (round 16's second held-out set, measured blind first; six of its cases were seen while writing the loader): its indirect-injection cases (content a user hands an assistant with an instruction planted in it) and their benign controls, and its benign prompts",
  },
  {
    repo: "ServiceNow/DoomArena",
    // The last commit (2025-09-10) of DoomArena (Boisvert et al., "DoomArena: A framework for Testing AI Agents
    // Against Evolving Security Threats", 2025).
    commit: "b80902f107b4d28194580352a59b3029f4a018b4",
    paths: [
      "LICENSE",
      "doomarena/mailinject/src/doomarena/mailinject/environment/assets.py",
      "doomarena/mailinject/src/doomarena/mailinject/scripts/run_mailinject_attacks.py",
      "doomarena/mailinject/src/doomarena/mailinject/scripts/old_attacks.py",
      "doomarena/browsergym/src/doomarena/browsergym/attacks/popup_attacks.py",
      "doomarena/browsergym/src/doomarena/browsergym/attacks/banner_attacks.py",
      "doomarena/browsergym/src/doomarena/browsergym/attacks/user_generated_content.py",
      "doomarena/taubench/src/doomarena/taubench/scripts/malicious_catalog_fixed_injection_retail_attack.yaml",
    ],
    licence: "Apache-2.0 (read at benchmark time, never copied into this repository)",
    use: "results (round 17's held-out corpus, measured blind at 831619a, misses never read): its attack e-mails to a mail assistant beside the inbox's ordinary e-mails (the clean side), the text its web attacks put on a page for a browsing agent, and the string its retail attack writes into a product's catalog record",
  },
  {
    repo: "modelcontextprotocol/conformance",
    // The release 0.1.16 (the suite's npm version in benchmark/conformance).
    commit: "21a9a2febd7100d7c17ac1021ee7f2ed9f66a1e0",
    paths: ["examples/servers/typescript/everything-server.ts"],
    licence: "Apache-2.0 / MIT",
    use: "conformance: the suite's reference everything server, run as the gateway's upstream (pnpm conformance)",
  },
  {
    repo: "woodgern/confusables",
    // Unicode's confusables.txt (UTS #39, version 14.0.0) as the library ships it.
    commit: "f1d9302486f0ad724444c44732039853edc07424",
    paths: ["confusables/assets/confusables.txt"],
    licence: "Unicode License (the data file); MIT (the library)",
    use: "detection: the look-alike letters of other scripts, derived into packages/core/src/detect/confusables-table.ts by benchmark/public/derive-confusables.mjs",
  },
  {
    repo: "protectai/llm-guard",
    commit: "53af270c69316ed82cb71ba7b19d11b55bda3151",
    paths: ["tests/input_scanners/test_prompt_injection.py"],
    licence: "MIT (read at benchmark time, never copied into this repository)",
    use: "results (round 18's held-out corpus, measured blind at 480d21d, misses never read): its prompt-injection scanner's test prompts, each marked valid (a good prompt) or not (an injection)",
  },
  {
    repo: "microsoft/DevSkim",
    commit: "a452aa506f80928b611c4c7bfe306b8115821aae",
    paths: [":(glob)**/*.md"],
    licence: "MIT (read at benchmark time, never copied into this repository)",
    use: "results (round 18's held-out clean side, measured blind at 480d21d): every markdown and reStructuredText document, as a file-reading or fetch tool returns it",
  },
  {
    repo: "americanexpress/earlybird",
    commit: "573753e6f39a02293d4a250878e66664aefa674a",
    paths: [":(glob)**/*.md"],
    licence: "Apache-2.0 (read at benchmark time, never copied into this repository)",
    use: "results (round 18's held-out clean side, measured blind at 480d21d): every markdown and reStructuredText document, as a file-reading or fetch tool returns it",
  },
  {
    repo: "newrelic/rusty-hog",
    commit: "d65f94bd6b18324b089e9b1dcb63e9a5cc00307e",
    paths: [":(glob)**/*.md"],
    licence: "Apache-2.0 (read at benchmark time, never copied into this repository)",
    use: "results (round 18's held-out clean side, measured blind at 480d21d): every markdown and reStructuredText document, as a file-reading or fetch tool returns it",
  },
  {
    repo: "microsoft/security-utilities",
    commit: "638ad20eb4d446319a31e9c0ed293d087b4ffa55",
    paths: [":(glob)**/*.md"],
    licence: "MIT (read at benchmark time, never copied into this repository)",
    use: "results (round 18's held-out clean side, measured blind at 480d21d): every markdown and reStructuredText document, as a file-reading or fetch tool returns it",
  },
  {
    repo: "thoughtworks/talisman",
    commit: "efcb1a3629f60b5e0bec21c1f2a74c19bd2210f5",
    paths: [":(glob)**/*.md"],
    licence: "MIT (read at benchmark time, never copied into this repository)",
    use: "results (round 18's held-out clean side, measured blind at 480d21d): every markdown and reStructuredText document, as a file-reading or fetch tool returns it",
  },
  {
    repo: "awslabs/git-secrets",
    commit: "7d6b970cbd3c216353cb22b383b70c150140662e",
    paths: [":(glob)**/*.md", ":(glob)**/*.rst"],
    licence: "Apache-2.0 (read at benchmark time, never copied into this repository)",
    use: "results (round 18's held-out clean side, measured blind at 480d21d): every markdown and reStructuredText document, as a file-reading or fetch tool returns it",
  },
];

/** The local directory of a corpus, or undefined (with the reason printed) when it has not been fetched. */
export function corpusPath(repo) {
  const entry = CORPORA.find((c) => c.repo === repo);
  if (!entry) throw new Error(`unknown corpus ${repo}: add it to benchmark/public/corpora.mjs`);
  const dir = join(CORPUS_DIR, repo.replace("/", "+"));
  if (!existsSync(join(dir, ".commit"))) {
    console.log(`  (skipped: ${repo} is not fetched; run \`pnpm corpora:fetch\` first)`);
    return undefined;
  }
  return dir;
}

function fetchOne({ repo, commit, paths }) {
  const dest = join(CORPUS_DIR, repo.replace("/", "+"));
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  const mirror = process.env.MCP_GUARD_CORPUS_MIRROR
    ? join(process.env.MCP_GUARD_CORPUS_MIRROR, repo.replace("/", "+"), "repo")
    : undefined;
  let gitDir;
  let scratch;
  if (mirror && existsSync(mirror)) {
    // A bare mirror, or a clone with its git directory inside.
    gitDir = existsSync(join(mirror, ".git")) ? join(mirror, ".git") : mirror;
  } else {
    scratch = mkdtempSync(join(tmpdir(), "mcp-guard-corpus-"));
    gitDir = join(scratch, "repo.git");
    execFileSync("git", ["init", "--bare", "-q", gitDir]);
    execFileSync("git", [
      "--git-dir",
      gitDir,
      "fetch",
      "-q",
      "--depth",
      "1",
      `https://github.com/${repo}`,
      commit,
    ]);
  }
  const tar = execFileSync("git", ["--git-dir", gitDir, "archive", "--format=tar", commit, "--", ...paths], {
    maxBuffer: 1 << 30,
  });
  execFileSync("tar", ["-x", "-C", dest], { input: tar });
  writeFileSync(join(dest, ".commit"), `${commit}\n`);
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  return dest;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const only = process.argv.slice(2);
  for (const entry of CORPORA) {
    if (only.length && !only.includes(entry.repo)) continue;
    try {
      console.log(`${entry.repo}@${entry.commit.slice(0, 12)} → ${fetchOne(entry)}`);
    } catch (err) {
      console.error(`${entry.repo}: not fetched (${err.message.split("\n")[0]})`);
      process.exitCode = 1;
    }
  }
}
