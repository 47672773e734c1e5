// Attack (round 42, found from outside): the Maven coordinates of common Java libraries are taken for secrets,
// so an agent that reads a project's `gradle.lockfile` or `mvn dependency:list` output gets it redacted, and one
// that writes an updated lockfile (a call: secrets block towards a server by default) is refused. Auth0's
// `com.auth0:java-jwt`, and Google's `google-auth-library-credentials` and `google-auth-library-oauth2-http`
// (pulled in by every Google Cloud client), read as a name (`jwt`, `credentials`, `oauth2`) with a value after
// a colon: `com.auth0:java-jwt:4.4.0=compileClasspath,runtimeClasspath` is reported as a
// `secret_assignment` of `java-jwt:4.4.0=compileClasspath`. docs/detection.md: a value found by its context
// needs a credential name "as a whole name" and a value that could be one; a package name, a version and a
// Gradle configuration are neither. A correct guard reports no secret in these files.
import { describe, expect, it } from "vitest";
import { builtInDetectors } from "../src/detect/detectors.js";
import { Scanner } from "../src/detect/scanner.js";

const scanner = new Scanner(builtInDetectors(), { threshold: 0.8, disabled: new Set() });
const secretsIn = (text: string) =>
  scanner
    .spans(text)
    .filter((s) => s.category === "secret")
    .map((s) => `${s.type}: ${text.slice(s.start, s.end)}`);

/** A Spring Boot service's gradle.lockfile, as `gradle dependencies --write-locks` writes it (an excerpt). */
const GRADLE_LOCKFILE = `# This is a Gradle generated file for dependency locking.
# Manual edits can break the build and are not advised.
# This file is expected to be part of source control.
com.auth0:java-jwt:4.4.0=compileClasspath,runtimeClasspath
com.fasterxml.jackson.core:jackson-annotations:2.15.4=compileClasspath,runtimeClasspath
com.fasterxml.jackson.core:jackson-core:2.15.4=compileClasspath,runtimeClasspath
com.google.auth:google-auth-library-credentials:1.23.0=compileClasspath,runtimeClasspath
com.google.auth:google-auth-library-oauth2-http:1.23.0=compileClasspath,runtimeClasspath
com.google.cloud:google-cloud-storage:2.36.1=compileClasspath,runtimeClasspath
io.jsonwebtoken:jjwt-api:0.12.5=compileClasspath,runtimeClasspath
org.springframework.boot:spring-boot-starter-security:3.2.4=compileClasspath,runtimeClasspath
empty=annotationProcessor,testAnnotationProcessor
`;

/** `mvn dependency:list` on the same service (an excerpt). */
const MVN_DEPENDENCY_LIST = `[INFO] --- dependency:3.6.1:list (default-cli) @ orders-service ---
[INFO]
[INFO] The following files have been resolved:
[INFO]    com.auth0:java-jwt:jar:4.4.0:compile -- module com.auth0.jwt
[INFO]    com.google.auth:google-auth-library-credentials:jar:1.23.0:compile -- module com.google.auth
[INFO]    com.google.auth:google-auth-library-oauth2-http:jar:1.23.0:compile -- module google.auth.library.oauth2.http
[INFO]    com.google.cloud:google-cloud-storage:jar:2.36.1:compile -- module google.cloud.storage
[INFO]
[INFO] BUILD SUCCESS`;

describe("Java dependency coordinates", () => {
  it.each([
    ["gradle.lockfile", GRADLE_LOCKFILE],
    ["mvn dependency:list", MVN_DEPENDENCY_LIST],
  ])("%s holds no secret", (_, text) => {
    expect(secretsIn(text), `secrets reported in a ${_}`).toEqual([]);
  });
});
