/* Builds the "hello" Fluent v9 baseline pane with the same loader and mode as the add-in. */
const path = require("path");

module.exports = {
  mode: "production",
  entry: { hello: path.resolve(__dirname, "hello.tsx") },
  output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", clean: true },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: { loader: "ts-loader", options: { transpileOnly: true } },
      },
    ],
  },
  performance: { hints: false },
};
