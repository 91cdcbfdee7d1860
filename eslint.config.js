// ESLint's recommended rules and typescript-eslint's recommended rules (flat config), over the code; the
// formatting is Prettier's business (.prettierrc.json), so no stylistic rules here.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {ignores: ["dist/", "**/.observablehq/", "dist.tmp-*/", "dist.old-*/", "src/components/lib/", "data/", "bench/results/", "node_modules/"]},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {globals: {...globals.node, ...globals.browser}},
    rules: {
      // `_name` marks a parameter or destructured value kept for its position, as in `([_key, value]) => value`.
      "@typescript-eslint/no-unused-vars": ["error", {argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none", ignoreRestSiblings: true}]
    }
  }
);
