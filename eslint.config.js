// Type-aware lint for the sources (tests are type-checked by vitest's run and kept to the same style by
// prettier). The rules that matter for a security proxy: no promise left unobserved (a rejected check
// that nobody awaits is a check that silently did not happen), no `any`, and in core and daemon no
// non-null assertions (a wrong assumption there should be a handled case, not a crash in the data path).
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["**/dist/**", "**/node_modules/**", "benchmark/**", "**/test/**", "**/*.js", "**/*.mjs"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["packages/*/src/**/*.ts"],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: false }],
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["packages/core/src/**/*.ts", "packages/daemon/src/**/*.ts"],
    rules: { "@typescript-eslint/no-non-null-assertion": "error" },
  },
);
