// Lint rules: the typescript-eslint recommended preset plus a few deliberate rules, each with its reason.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "demo/", "test/fixtures/", "out/", "test-artifacts/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: "readonly", console: "readonly", Buffer: "readonly", URL: "readonly" } },
    rules: {
      // `any` at a boundary checks nothing: parse unknown input with zod instead.
      "@typescript-eslint/no-explicit-any": "error",
      // Unused code is noise; a leading underscore marks a deliberately unused parameter.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Type-only imports must say so, so that erasing them never changes behaviour.
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    // domain is the vocabulary: it imports nothing from the rest of the project.
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["../*", "!../domain/*"], message: "domain imports nothing else from src/" }] }],
    },
  },
  {
    // extract, resolve and sources are pure layers below the store: they never reach up into store, reports, api, web or cli.
    files: ["src/extract/**/*.ts", "src/resolve/**/*.ts", "src/sources/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/store/*", "**/reports/*", "**/api/*", "**/web/*", "**/cli/*", "**/pipeline/*"], message: "lower layers must not import upper layers (see README architecture)" }] }],
    },
  },
  {
    // reports, api and web only read through the store interface; they never run the pipeline.
    files: ["src/reports/**/*.ts", "src/api/**/*.ts", "src/web/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/cli/*"], message: "cli is the composition root; nothing imports it" }] }],
    },
  },
);
