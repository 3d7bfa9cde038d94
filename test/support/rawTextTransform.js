// Mirrors webpack's `asset/source` rule: importing a .csv or .txt file yields its text.
module.exports = {
  process(sourceText) {
    return { code: `module.exports = ${JSON.stringify(sourceText)};` };
  },
};
