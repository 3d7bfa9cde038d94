/* The browser preview workbench (npm start on Linux, the e2e tests, bench:preview).
   Unlike webpack.config.js it bundles HyperFormula (GPL-3.0) and ExcelJS, so its output goes
   to dist-preview/ and is never what Excel loads.

   The custom functions come from src/functions/functions.ts exactly as in the add-in; their
   metadata is generated and post-processed here exactly as for the add-in, and compiled in as
   __WORKFORCE_FUNCTIONS_METADATA__. */
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
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
    // No minification or source maps in production mode: the page is served locally, and
    // minifying HyperFormula + ExcelJS would triple the time `npm start` takes to build.
    devtool: dev ? "eval-cheap-module-source-map" : false,
    optimization: { minimize: false },
    entry: { workbench: "./src/preview/index.tsx" },
    output: {
      path: path.resolve(root, "dist-preview"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
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
