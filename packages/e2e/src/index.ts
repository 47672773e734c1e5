export * from "./harness.js";
export * from "./scenario.js";
export * from "./fixtures/oidc-issuer.js";
export * from "./http-front.js";
export * from "./recorder-session.js";
export * from "./oauth-front.js";
export * from "./served-base.js";
export * from "./dashboard-login.js";
