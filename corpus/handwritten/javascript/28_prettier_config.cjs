/** @type {import("prettier").Config} */
module.exports = {
  printWidth: 100,
  semi: false,
  singleQuote: true,
  trailingComma: "all",
  arrowParens: "avoid",
  overrides: [
    { files: "*.md", options: { proseWrap: "always" } },
    { files: ["*.yml", "*.yaml"], options: { singleQuote: false } },
  ],
}
