/**
 * Mirrors webpack's `asset/source` rule (and jest's rawTextTransform) under tsx: importing a .csv
 * or .txt file yields its text. Must be the benchmark's first import.
 */
import fs from "fs";

for (const extension of [".csv", ".txt"]) {
  require.extensions[extension] = (module, filename) => {
    module.exports = fs.readFileSync(filename, "utf8");
  };
}
