/** End-to-end tests: the preview workbench (dist-preview/) in headless Chromium via playwright-core. */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.test.ts"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      { tsconfig: { module: "commonjs", jsx: "react-jsx", isolatedModules: true } },
    ],
  },
  globalSetup: "<rootDir>/test/e2e/support/globalSetup.cjs",
  globalTeardown: "<rootDir>/test/e2e/support/globalTeardown.cjs",
  // One browser at a time: the tests drive a real UI and share a small machine.
  maxWorkers: 1,
  testTimeout: 90_000,
};
