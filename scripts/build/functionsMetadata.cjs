// functions.json as Excel needs it. custom-functions-metadata generates the metadata from the
// JSDoc in src/functions/functions.ts but cannot emit two settings Excel reads (Microsoft:
// "The allowErrorForDataTypeAny property can only be used with manually created JSON
// metadata", office-js-docs-pr docs/excel/custom-functions-errors.md), so every build
// post-processes what it generates here. The add-in build (webpack.config.js), the workbench
// build (webpack.preview.config.js) and the tests (test/functions/registry.ts) all use this
// module, so the three see exactly the same metadata.
//
// Both settings are top-level properties of functions.json (custom-functions-json.md,
// "Metadata reference"), and they apply to every parameter of type `any`:
// - allowErrorForDataTypeAny: true. Without it Excel does not call a function whose range
//   argument holds an error cell; the whole formula shows that error. Every WORKFORCE
//   parameter is `any` (a single cell or a range), so every function receives error cells as
//   values and one bad cell spoils only its own element. postProcessMetadata refuses a
//   parameter of another type, which would silently lose that.
// - allowCustomDataForDataTypeAny: true, deliberately. Linked data types (a Geography such as
//   "Leeds", a Stock) and formatted numbers then arrive as objects ({type, basicValue, text});
//   src/core/cellValue.ts reads those shapes, so BENCHMARK takes a Geography cell as its area.
const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");
const { sources } = require("webpack");
const { DEV_BASE_URL, rebaseUrl } = require("./addinUrl.cjs");

const ALLOW_ERRORS = true;
const ALLOW_DATA_TYPES = true;

/**
 * The post-processed metadata: the two settings set, and every helpUrl rebased from the dev
 * server onto `baseUrl`. Throws on a parameter that would not receive error cells.
 */
function postProcessMetadata(metadata, { baseUrl = DEV_BASE_URL } = {}) {
  const functions = metadata.functions.map((fn) => {
    for (const parameter of fn.parameters ?? []) {
      const type = parameter.type ?? "any";
      if (type !== "any") {
        throw new Error(
          `${fn.id}: parameter ${parameter.name} is declared as ${type}. Declare it as unknown[][] ` +
            "(type any) so that Excel passes error cells to the function instead of skipping it.",
        );
      }
    }
    return fn.helpUrl === undefined
      ? fn
      : { ...fn, helpUrl: rebaseUrl(fn.helpUrl, baseUrl, `${fn.id} @helpurl`) };
  });
  return {
    ...metadata,
    allowErrorForDataTypeAny: ALLOW_ERRORS,
    allowCustomDataForDataTypeAny: ALLOW_DATA_TYPES,
    functions,
  };
}

/** Generates the metadata for `input` (a functions source file) and post-processes it. */
async function functionsMetadata(input, options = {}) {
  const generated = await generateCustomFunctionsMetadata(input, false);
  if (generated.errors.length > 0) {
    throw new Error(`custom functions metadata errors:\n${generated.errors.join("\n")}`);
  }
  return {
    metadata: postProcessMetadata(JSON.parse(generated.metadataJson), options),
    associate: generated.associate,
  };
}

/**
 * Rewrites the functions.json that CustomFunctionsMetadataPlugin emits (it must come earlier
 * in the plugin list). The plugin also appends the CustomFunctions.associate calls to the
 * functions bundle, which is why it stays.
 */
class FunctionsMetadataPostProcessPlugin {
  constructor({ output = "functions.json", baseUrl = DEV_BASE_URL } = {}) {
    this.output = output;
    this.baseUrl = baseUrl;
  }

  apply(compiler) {
    const name = "FunctionsMetadataPostProcessPlugin";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name, stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          const asset = compilation.getAsset(this.output);
          if (!asset) return; // the generator reported its errors already
          try {
            const metadata = JSON.parse(asset.source.source().toString());
            const processed = postProcessMetadata(metadata, { baseUrl: this.baseUrl });
            compilation.updateAsset(
              this.output,
              new sources.RawSource(`${JSON.stringify(processed, null, 2)}\n`),
            );
          } catch (error) {
            compilation.errors.push(
              new compiler.webpack.WebpackError(`${this.output}: ${error.message}`),
            );
          }
        },
      );
    });
  }
}

module.exports = { postProcessMetadata, functionsMetadata, FunctionsMetadataPostProcessPlugin };
