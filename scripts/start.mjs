// npm start. With desktop Excel (Windows/macOS) it builds the add-in and sideloads it the way
// Office's tooling does; everywhere else (or with WORKFORCE_PREVIEW=1) it builds the browser
// preview workbench and serves it on http://localhost:3000/ (or the next free port; PORT
// overrides). Needs no sudo, no certificate store and no internet.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serveDirectory } from "./static-server.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const npx = process.platform === "win32" ? "npx.cmd" : "npx";

function run(command, args, { capture = false } = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: capture ? ["inherit", "pipe", "pipe"] : "inherit",
    encoding: "utf8",
    shell: process.platform === "win32",
  });
  if (capture) {
    process.stdout.write(result.stdout ?? "");
    process.stderr.write(result.stderr ?? "");
  }
  return result;
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

function startInExcel() {
  console.log(
    "Desktop Excel found: building the add-in and sideloading it (set WORKFORCE_PREVIEW=1 for the browser workbench).",
  );
  const build = run(npx, ["webpack", "--mode", "development"]);
  if (build.status !== 0) process.exit(build.status ?? 1);
  // Office's tools exit 0 even when they fail, so each step's output is read too.
  const failed = (result) =>
    result.status !== 0 ||
    /\b(error|failed|unable to)\b/i.test(`${result.stdout ?? ""}\n${result.stderr ?? ""}`);
  // Excel loads add-ins over HTTPS only: Office's developer certificate for localhost.
  const certs = run(npx, ["--yes", "office-addin-dev-certs", "install"], { capture: true });
  if (failed(certs)) {
    console.error("\nCould not install Office's localhost development certificate (see above).");
    process.exit(1);
  }
  const certDir = path.join(os.homedir(), ".office-addin-dev-certs");
  const devServer = [
    "npx webpack serve --mode development --port 3000 --server-type https",
    `--server-options-key "${path.join(certDir, "localhost.key")}"`,
    `--server-options-cert "${path.join(certDir, "localhost.crt")}"`,
    `--server-options-ca "${path.join(certDir, "ca.crt")}"`,
  ].join(" ");
  // office-addin-debugging runs through npx, never as a dependency: it pulls in keytar, which
  // does not build everywhere.
  const result = run(
    npx,
    [
      "--yes",
      "office-addin-debugging",
      "start",
      "manifest.xml",
      "desktop",
      "--dev-server",
      devServer,
      "--dev-server-port",
      "3000",
    ],
    { capture: true },
  );
  if (failed(result)) {
    console.error(
      "\nSideloading into Excel failed (see above). Run with WORKFORCE_PREVIEW=1 to use the browser workbench instead.",
    );
    process.exit(1);
  }
}

async function startPreview() {
  const mode = process.env.NODE_ENV === "development" ? "development" : "production";
  console.log(`Building the preview workbench (webpack.preview.config.js, ${mode})…`);
  const build = run(npx, ["webpack", "--config", "webpack.preview.config.js", "--mode", mode]);
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
  startInExcel();
} else {
  await startPreview();
}
