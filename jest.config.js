/** Unit, property, oracle and component tests. End-to-end browser tests live in jest.e2e.config.js. */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  setupFiles: ["<rootDir>/test/support/setupCustomFunctions.ts"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      { tsconfig: { module: "commonjs", jsx: "react-jsx", isolatedModules: true } },
    ],
  },
  moduleNameMapper: {
    // office-addin-mock imports office-addin-manifest, which pulls in ESM-only packages.
    "^office-addin-manifest$": "<rootDir>/test/support/officeAddinManifestStub.js",
  },
};
