// A webpack loader that strips TypeScript and compiles JSX with esbuild: the workbench build
// only needs transpiling (type-checking is `npm run typecheck`), and esbuild does it several
// times faster than ts-loader, which `npm start` pays on every cold build.
const { transform } = require("esbuild");

module.exports = function esbuildLoader(source) {
  const done = this.async();
  transform(source, {
    loader: this.resourcePath.endsWith(".tsx") ? "tsx" : "ts",
    jsx: "automatic",
    target: "es2020",
    sourcefile: this.resourcePath,
    sourcemap: this.sourceMap ? "external" : false,
    tsconfigRaw: { compilerOptions: { useDefineForClassFields: false } },
  }).then(
    (result) => done(null, result.code, result.map || undefined),
    (error) => done(error),
  );
};
