// Runs a package.json script the way `npm run` does, so each build command is defined once (in
// package.json) and npm start, npm test and the benchmarks all run that definition. npm's own
// CLI is started with this Node, never through a shell: on Windows npm is npm.cmd, which Node
// only runs through a shell, and a shell joins arguments without quoting them.
const { spawnSync } = require("child_process");
const { existsSync } = require("fs");
const path = require("path");

/** npm's CLI script: the one running this process, else the one installed beside this Node. */
function npmCli() {
  const running = process.env.npm_execpath;
  if (running && /\.[cm]?js$/.test(running) && existsSync(running)) return running;
  const nodeDir = path.dirname(process.execPath);
  const candidates = [
    path.join(nodeDir, "node_modules", "npm", "bin", "npm-cli.js"), // Windows installs
    path.join(nodeDir, "..", "lib", "node_modules", "npm", "bin", "npm-cli.js"), // Unix installs
  ];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) {
    throw new Error(
      `npm's CLI was not found beside ${process.execPath}; run this through npm (npm run …).`,
    );
  }
  return found;
}

/**
 * The command and arguments that run `npm run <script> -- <args>`.
 * @param {string} script
 * @param {readonly string[]} [args]
 */
function npmRunCommand(script, args = []) {
  return {
    command: process.execPath,
    args: [npmCli(), "run", script, ...(args.length > 0 ? ["--", ...args] : [])],
  };
}

/**
 * Runs `npm run <script> -- <args>` to completion; returns spawnSync's result.
 * @param {string} script
 * @param {readonly string[]} [args]
 * @param {import("child_process").SpawnSyncOptions} [options]
 */
function npmRun(script, args = [], options = {}) {
  const { command, args: argv } = npmRunCommand(script, args);
  return spawnSync(command, argv, { stdio: "inherit", ...options });
}

module.exports = { npmRun, npmRunCommand };
