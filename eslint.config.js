// Lint of the regular expressions only: every pattern written as a literal is checked for super-linear
// backtracking (eslint-plugin-regexp). Patterns built at run time from the vocabulary, and those the extractors
// build while they parse, are checked by tests/vocab/linear.test.ts with the same analyser (scslre).
//
// regexp/no-super-linear-move is off (55 reports when this was written): it reports a pattern that the engine tries
// again at every position of a long run (an unanchored \s+ or [^,]+ before a word), which is no backtracking and
// which a rewrite keeping the same matches can rarely avoid; the extractors read units whose white space the
// normaliser has already collapsed to single spaces. Run it by hand when needed:
//   npx eslint --rule 'regexp/no-super-linear-move: warn' src bin scripts bench
import tsParser from "@typescript-eslint/parser";
import regexp from "eslint-plugin-regexp";

export default [
  { ignores: ["dist/**", "node_modules/**", "coverage/**"] },
  {
    files: ["src/**/*.ts", "bin/**/*.js", "scripts/**/*.mjs", "bench/**/*.mjs"],
    languageOptions: { parser: tsParser, ecmaVersion: 2023, sourceType: "module" },
    // only the rules below are enabled: a disable comment written for another linter's rule is not "unused"
    linterOptions: { reportUnusedDisableDirectives: "off" },
    plugins: { regexp },
    rules: {
      "regexp/no-super-linear-backtracking": "error",
      "regexp/no-super-linear-move": "off",
    },
  },
];
