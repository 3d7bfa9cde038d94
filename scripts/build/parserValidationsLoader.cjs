// A webpack loader for the production workbench only: HyperFormula's formula parser and lexer
// are built by Chevrotain, which checks their grammar (ambiguities, left recursion, token
// patterns) every time one is constructed. The grammar is HyperFormula's own, fixed per release,
// and the dev build, `npm test` and `npm run bench` (HyperFormula from node_modules, as shipped)
// still run those checks; the minified page skips them with Chevrotain's documented
// `skipValidations` flag, which its docs advise for production only. That saves roughly a tenth of
// the page's start-up (building the engine's parser) before the grid can paint.
//
// If a HyperFormula update changes the two constructor calls, the build fails here rather than
// silently keep the checks (or lose the parser's configuration).
const EDITS = [
  ["maxLookahead: 7", "maxLookahead: 7, skipValidations: true"],
  ["ensureOptimizations: true", "ensureOptimizations: true, skipValidations: true"],
];

module.exports = function parserValidationsLoader(source) {
  let edited = source;
  for (const [from, to] of EDITS) {
    const at = edited.indexOf(from);
    if (at === -1 || edited.indexOf(from, at + 1) !== -1) {
      throw new Error(
        `${this.resourcePath}: expected "${from}" exactly once (HyperFormula's parser changed); update scripts/build/parserValidationsLoader.cjs.`,
      );
    }
    edited = edited.replace(from, to);
  }
  return edited;
};
