/* The browser preview workbench (npm start on Linux, the e2e tests, bench:preview).
   Unlike webpack.config.js it bundles HyperFormula (GPL-3.0) and ExcelJS, so its output goes
   to dist-preview/ and is never what Excel loads.

   The custom functions come from src/functions/functions.ts exactly as in the add-in; their
   metadata is generated and post-processed here exactly as for the add-in, and compiled in as
   __WORKFORCE_FUNCTIONS_METADATA__. */
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const MinimizerPlugin = require("minimizer-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { functionsMetadata } = require("./scripts/build/functionsMetadata.cjs");
const { licencePlugin } = require("./scripts/build/licences.cjs");

const root = __dirname;

/** The same post-processed functions.json the add-in ships (scripts/build/functionsMetadata.cjs). */
async function workbenchMetadata() {
  const input = path.resolve(root, "src/functions/functions.ts");
  if (!fs.existsSync(input)) return { functions: [] };
  return (await functionsMetadata(input)).metadata;
}

module.exports = async (_env, argv) => {
  const dev = argv.mode !== "production";
  const metadata = await workbenchMetadata();
  return {
    devtool: dev ? "eval-cheap-module-source-map" : false,
    // Minified with esbuild, not terser: a smaller bundle parses faster (the page is usable
    // sooner), and esbuild minifies HyperFormula + Fluent in a second or two where terser takes
    // tens of seconds, which `npm start` would pay on every run. Licence comments are kept.
    optimization: {
      minimize: !dev,
      minimizer: [
        new MinimizerPlugin({
          minify: MinimizerPlugin.esbuildMinify,
          minimizerOptions: { target: "es2020", legalComments: "eof" },
        }),
      ],
    },
    entry: { workbench: "./src/preview/index.tsx" },
    output: {
      path: path.resolve(root, "dist-preview"),
      filename: "[name].js",
      // The pane, ExcelJS (import/export) and the DfE data are chunks fetched after the grid
      // is on screen or on first use.
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: path.resolve(root, "scripts/build/esbuildLoader.cjs") },
        },
        // Production only: the engine's formula parser built without Chevrotain's grammar checks.
        ...(dev
          ? []
          : [
              {
                test: /hyperformula[\\/]es[\\/]parser[\\/]FormulaParser\.mjs$/,
                use: { loader: path.resolve(root, "scripts/build/parserValidationsLoader.cjs") },
              },
            ]),
        // The bundled data files' text, imported by the entry points only (src/workbook/bundledTexts.ts).
        { test: /\.(csv|txt)$/, type: "asset/source" },
      ],
    },
    plugins: [
      // Same as the production build: appends CustomFunctions.associate(id, fn) to
      // functions.ts, so the workbench registers exactly what Excel registers.
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      // The workbench bundles HyperFormula (GPL-3.0): its notice ships beside it.
      licencePlugin({ allowCopyleft: true }),
      new webpack.DefinePlugin({
        __WORKFORCE_FUNCTIONS_METADATA__: JSON.stringify(metadata),
      }),
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/preview/index.html",
      }),
    ],
    performance: { hints: false },
  };
};
