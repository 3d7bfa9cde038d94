/**
 * The production workbench's build edit to HyperFormula's parser (scripts/build/
 * parserValidationsLoader.cjs): both Chevrotain constructors get skipValidations, and a parser
 * source that no longer has the expected calls stops the build instead of passing unchanged.
 */
import { readFileSync } from "fs";
import path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the loader is CommonJS, as webpack loads it
const loader = require("../../scripts/build/parserValidationsLoader.cjs") as (
  this: { resourcePath: string },
  source: string,
) => string;

const parserPath = path.resolve(
  __dirname,
  "../../node_modules/hyperformula/es/parser/FormulaParser.mjs",
);
const run = (source: string): string => loader.call({ resourcePath: parserPath }, source);

describe("the workbench's parser build edit", () => {
  it("turns off Chevrotain's start-up grammar checks in both of HyperFormula's constructors", () => {
    const edited = run(readFileSync(parserPath, "utf8"));
    expect(edited).toContain("maxLookahead: 7, skipValidations: true");
    expect(edited).toContain("ensureOptimizations: true, skipValidations: true");
    expect(edited.match(/skipValidations/g)).toHaveLength(2);
  });

  it("fails the build when HyperFormula's parser no longer matches", () => {
    expect(() => run("class FormulaParser { constructor() { super(tokens, {}); } }")).toThrow(
      /expected "maxLookahead: 7" exactly once/,
    );
    const twice = "maxLookahead: 7 maxLookahead: 7 ensureOptimizations: true";
    expect(() => run(twice)).toThrow(/exactly once/);
  });
});
