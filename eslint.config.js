// Lint of the regular expressions only: every pattern written as a literal is checked for super-linear
// backtracking (eslint-plugin-regexp). Patterns built at run time from the vocabulary are checked by
// tests/vocab/linear.test.ts with the same analyser (scslre).
import tsParser from "@typescript-eslint/parser";
import regexp from "eslint-plugin-regexp";

export default [
  { ignores: ["dist/**", "node_modules/**", "coverage/**"] },
  {
    files: ["src/**/*.ts", "bin/**/*.js", "scripts/**/*.mjs", "bench/**/*.mjs"],
    languageOptions: { parser: tsParser, ecmaVersion: 2023, sourceType: "module" },
    plugins: { regexp },
    rules: {
      "regexp/no-super-linear-backtracking": "error",
      "regexp/no-super-linear-move": "error",
    },
  },
];
