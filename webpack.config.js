/* The production add-in that Excel loads. HyperFormula (GPL-3.0) must never appear here:
   test/licences.test.ts checks every bundled package's licence. The browser workbench has
   its own config, webpack.preview.config.js. */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

const sharedModule = {
  rules: [
    {
      test: /\.tsx?$/,
      exclude: /node_modules/,
      use: { loader: "ts-loader", options: { transpileOnly: true } },
    },
    { test: /\.(csv|txt)$/, type: "asset/source" },
  ],
};

module.exports = (_env, argv) => {
  const dev = argv.mode !== "production";
  return {
    devtool: dev ? "eval-source-map" : "source-map",
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: sharedModule,
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: the custom functions run in the task pane's page.
        chunks: ["functions", "taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      port: 3000,
    },
  };
};
