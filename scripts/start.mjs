// npm start. With desktop Excel (Windows/macOS) it trusts Office's localhost certificate,
// runs the HTTPS dev server (webpack.config.js) in this terminal and sideloads the add-in,
// using the Office tools pinned in package-lock.json (command lines in
// scripts/office-commands.cjs, run without a shell). Everywhere else (or with
// WORKFORCE_PREVIEW=1) it builds the browser preview workbench and serves it on
// http://localhost:3000/ (or the next free port; PORT overrides). `npm stop` unregisters the
// add-in.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import https from "node:https";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const { serveDirectory } = require("./static-server.cjs");
const { npmRun } = require("./npmRun.cjs");
const {
  DEV_SERVER_PORT,
  spawnOptions,
  startSteps,
  toolFailed,
  toolPaths,
} = require("./office-commands.cjs");

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Runs a step, showing its output as it comes and keeping it to check for failure. */
function runVisible(step) {
  console.log(`\n== ${step.title}`);
  return new Promise((resolve) => {
    const child = spawn(step.command, step.args, {
      ...spawnOptions(root),
      stdio: ["inherit", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
      process.stderr.write(chunk);
    });
    child.on("error", (error) => resolve({ status: 1, output: `${output}\n${error.message}` }));
    child.on("close", (status) => resolve({ status: status ?? 1, output }));
  });
}

function desktopExcelInstalled() {
  if (process.platform === "darwin") return existsSync("/Applications/Microsoft Excel.app");
  if (process.platform === "win32") {
    const dirs = [process.env.ProgramFiles, process.env["ProgramFiles(x86)"]].filter(Boolean);
    return dirs.some((dir) =>
      ["Microsoft Office/root/Office16/EXCEL.EXE", "Microsoft Office/Office16/EXCEL.EXE"].some(
        (p) => existsSync(path.join(dir, p)),
      ),
    );
  }
  return false;
}

/** Resolves once the dev server answers over HTTPS, or rejects after `seconds`. */
function waitForDevServer(port, seconds) {
  const deadline = Date.now() + seconds * 1000;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      // Only asks whether the server is up; Excel itself checks the certificate.
      const req = https.get(
        { host: "localhost", port, path: "/taskpane.html", rejectUnauthorized: false },
        (res) => {
          res.resume();
          resolve();
        },
      );
      req.on("error", () => {
        if (Date.now() > deadline)
          reject(new Error(`nothing answered on https://localhost:${port}/ within ${seconds} s`));
        else setTimeout(attempt, 1000);
      });
    };
    attempt();
  });
}

async function startInExcel() {
  console.log(
    "Desktop Excel found: starting the add-in in Excel (set WORKFORCE_PREVIEW=1 for the browser workbench).",
  );
  const tools = toolPaths(root);
  for (const [tool, file] of [
    ["office-addin-dev-certs", tools.devCerts],
    ["office-addin-debugging", tools.debugging],
  ]) {
    if (!existsSync(file)) {
      console.error(
        `\n${tool} is not installed. Run npm install on this machine (office-addin-debugging is an optional dependency: its install fails where keytar cannot be built).`,
      );
      process.exit(1);
    }
  }
  const [certificate, devServer, sideload] = startSteps({
    root,
    node: process.execPath,
    platform: process.platform,
  });

  const certs = await runVisible(certificate);
  if (toolFailed(certs.status, certs.output)) {
    console.error("\nCould not install Office's localhost development certificate (see above).");
    process.exit(1);
  }

  console.log(`\n== ${devServer.title}`);
  const server = spawn(devServer.command, devServer.args, {
    ...spawnOptions(root),
    stdio: "inherit",
  });
  mkdirSync(path.join(root, ".cache"), { recursive: true });
  writeFileSync(path.join(root, ".cache", "dev-server.pid"), String(server.pid));
  let serverExited = false;
  server.on("exit", (code) => {
    serverExited = true;
    if (code !== 0 && code !== null)
      console.error(`\nThe dev server stopped (exit ${code}); see its messages above.`);
  });
  const stopServer = () => {
    if (!serverExited) server.kill();
  };
  process.on("SIGINT", () => {
    stopServer();
    process.exit(130);
  });
  try {
    await waitForDevServer(DEV_SERVER_PORT, 180);
  } catch (error) {
    console.error(`\nThe dev server did not start: ${error.message}. Its messages are above.`);
    stopServer();
    process.exit(1);
  }

  const sideloaded = await runVisible(sideload);
  if (toolFailed(sideloaded.status, sideloaded.output)) {
    console.error(
      "\nSideloading into Excel failed (see above). Run with WORKFORCE_PREVIEW=1 to use the browser workbench instead.",
    );
    stopServer();
    process.exit(1);
  }
  console.log(
    "\nExcel is opening with the add-in. The dev server runs here: Ctrl+C stops it; npm stop unregisters the add-in.",
  );
}

async function startPreview() {
  const script = process.env.NODE_ENV === "development" ? "build:preview:dev" : "build:preview";
  console.log(`Building the preview workbench (npm run ${script})…`);
  const build = npmRun(script, [], { cwd: root });
  if (build.status !== 0) {
    console.error("The preview build failed.");
    process.exit(build.status ?? 1);
  }
  const requested = process.env.PORT ? Number(process.env.PORT) : 3000;
  if (!Number.isInteger(requested) || requested < 0 || requested > 65535) {
    console.error(`PORT must be a port number, not "${process.env.PORT}".`);
    process.exit(1);
  }
  const { url } = await serveDirectory(path.join(root, "dist-preview"), requested);
  console.log(`\nWorkbench ready at ${url}\nOpen it in a browser. Press Ctrl+C to stop.`);
}

if (
  !process.env.WORKFORCE_PREVIEW &&
  (process.platform === "win32" || process.platform === "darwin") &&
  desktopExcelInstalled()
) {
  await startInExcel();
} else {
  await startPreview();
}
