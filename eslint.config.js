// Type-aware lint for the sources and the tests (vitest strips the tests' types without checking them, so
// `pnpm lint` type-checks them with tsconfig.tests.json). The rules that matter for a security proxy: no promise left unobserved (a rejected check
// that nobody awaits is a check that silently did not happen), no `any`, and in core and daemon no
// non-null assertions (a wrong assumption there should be a handled case, not a crash in the data path).
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["**/dist/**", "**/node_modules/**", "benchmark/**", "**/*.js", "**/*.mjs"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // The sources are typed by the tests' program too (tsconfig.tests.json includes every package's src): with
  // each package's own tsconfig (projectService) eslint built ten programs beside it, each checking its
  // dependencies' declarations again.
  {
    files: ["packages/*/src/**/*.ts"],
    languageOptions: {
      parserOptions: { project: ["./tsconfig.tests.json"], tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: false }],
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  // In a test, an unobserved promise is an assertion that never ran, or a daemon left behind by a cleanup
  // nobody waited for.
  {
    files: ["packages/*/test/**/*.ts"],
    languageOptions: {
      parserOptions: { project: ["./tsconfig.tests.json"], tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: false }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Tests build and look for control characters on purpose (terminal escapes, hidden characters).
      "no-control-regex": "off",
    },
  },
  {
    files: ["packages/core/src/**/*.ts", "packages/daemon/src/**/*.ts"],
    rules: { "@typescript-eslint/no-non-null-assertion": "error" },
  },
);
