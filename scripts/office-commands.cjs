// The command lines `npm start` and `npm stop` run with desktop Excel (Windows and macOS),
// built as argument lists and run without a shell. Node's `shell: true` joins arguments with
// spaces and no quoting, so on Windows a quoted option such as
// `--dev-server "npx webpack serve --mode development"` is split and the tool fails with
// "unknown option '--mode'"; a path with a space ("C:\Users\Jane Smith\…") breaks the same
// way. Here every program is Node itself (process.execPath) running a tool's own script from
// node_modules at the version package-lock.json pins, so no shell, no .cmd wrapper and no
// `npx --yes` download is involved. test/scripts/officeCommands.test.ts checks the lines for
// Windows and macOS.
const path = require("path");

const DEV_SERVER_PORT = 3000;

/** Where the pinned tools' scripts are, inside `root`'s node_modules. */
function toolPaths(root, pathApi = path) {
  const modules = pathApi.join(root, "node_modules");
  return {
    devCerts: pathApi.join(modules, "office-addin-dev-certs", "cli.js"),
    debugging: pathApi.join(modules, "office-addin-debugging", "cli.js"),
    webpack: pathApi.join(modules, "webpack-cli", "bin", "cli.js"),
    manifest: pathApi.join(root, "manifest.xml"),
  };
}

/**
 * The steps of `npm start` with desktop Excel: trust Office's localhost certificate, run the
 * HTTPS dev server (webpack.config.js; its output stays in this terminal), then sideload the
 * add-in into Excel once the server answers.
 */
function startSteps({ root, node, platform, port = DEV_SERVER_PORT }) {
  const pathApi = platform === "win32" ? path.win32 : path.posix;
  const tools = toolPaths(root, pathApi);
  return [
    {
      name: "certificate",
      title: "Office's development certificate for https://localhost",
      command: node,
      args: [tools.devCerts, "install"],
    },
    {
      name: "dev-server",
      title: `The HTTPS dev server on port ${port} (npm run dev-server)`,
      command: node,
      args: [tools.webpack, "serve", "--mode", "development", "--port", String(port)],
      background: true,
    },
    {
      name: "sideload",
      title: "Sideloading the add-in into desktop Excel",
      command: node,
      args: [
        tools.debugging,
        "start",
        tools.manifest,
        "desktop",
        "--app",
        "excel",
        "--dev-server-port",
        String(port),
      ],
    },
  ];
}

/** `npm stop`: unregister the add-in from Excel (and clear its developer settings). */
function stopSteps({ root, node, platform }) {
  const pathApi = platform === "win32" ? path.win32 : path.posix;
  const tools = toolPaths(root, pathApi);
  return [
    {
      name: "unregister",
      title: "Unregistering the add-in from Excel",
      command: node,
      args: [tools.debugging, "stop", tools.manifest],
    },
  ];
}

/** Options for spawning a step: never a shell (see the top of this file). */
const spawnOptions = (root) => ({ cwd: root, shell: false, windowsHide: false });

/**
 * Office's tools exit 0 even when they fail, so their output is read too: a failure prints
 * "error", "failed" or "unable to".
 */
function toolFailed(status, output) {
  return status !== 0 || /\b(error|failed|unable to)\b/i.test(output);
}

module.exports = { DEV_SERVER_PORT, toolPaths, startSteps, stopSteps, spawnOptions, toolFailed };
