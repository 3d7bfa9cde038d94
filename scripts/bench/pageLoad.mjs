// Page-load measures for bench:preview: how long until the workbench is usable, and how long
// `npm start` takes from nothing built to a usable page.
//
// "Usable" means the grid is painted and answers a key. The page's own ready flag marks the
// paint; the bench then clicks an empty cell and types a digit, and times from the key event's
// own timestamp until the grid paints the in-cell editor holding it (input-to-paint latency).
// Playwright takes a few hundred ms on a loaded machine to deliver its first click after the
// flag, so the moment the key was sent is not itself a fair figure; instead anything that could
// have held up a key sent earlier is counted: usable = the later of the ready flag and the end
// of the last long task (> 50 ms, PerformanceObserver "longtask") that started after it and
// before the bench's click (the pane loading and mounting), plus
// the measured latency. Time runs from navigation start (the page's performance clock), so it
// includes fetching, parsing and running the bundle, starting HyperFormula with the sample
// workbook and the first paint.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";

const VIEWPORT = { width: 1440, height: 900 };

/** Records long tasks and the first key's input-to-paint latency, from navigation start. */
function recordInput() {
  const record = { longTasks: [], keyLatency: null, firstInput: null };
  window.__benchInput = record;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      record.longTasks.push({ start: entry.startTime, end: entry.startTime + entry.duration });
  }).observe({ type: "longtask", buffered: true });
  // Long tasks the bench's own click and keys cause are the page answering, not blocking it.
  addEventListener("mousedown", (event) => (record.firstInput ??= event.timeStamp), true);
  addEventListener(
    "keydown",
    (event) => {
      if (record.keyLatency !== null || event.key !== "7") return;
      const sent = event.timeStamp;
      const frame = () => {
        if (document.querySelector(".cell-editor")?.value === "7")
          record.keyLatency = performance.now() - sent;
        else requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    },
    true,
  );
}

/** Clicks the first empty cell of row 2, types 7 and Enter; returns the usable time. */
async function typeIntoEmptyCell(page) {
  const address = await page.evaluate(() => {
    const { model } = window.workbench;
    const { sheet } = model.selection;
    const col = model.usedSize(sheet).cols;
    let letters = "";
    for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
      letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    return `${letters}2`;
  });
  await page.locator(`[role=gridcell][data-address="${address}"]`).click();
  await page.keyboard.press("7");
  await page.keyboard.press("Enter");
  // The value really went in: the cell shows it once the editor commits.
  await page.waitForFunction(
    (a) => document.querySelector(`[role=gridcell][data-address="${a}"]`)?.textContent === "7",
    address,
  );
  return page.evaluate(() => {
    const { longTasks, keyLatency, firstInput } = window.__benchInput;
    const ready = window.workbench.readyAt;
    const blockedUntil = longTasks
      .filter((t) => t.start >= ready && t.start < firstInput)
      .reduce((until, t) => Math.max(until, t.end), ready);
    return { painted: ready, blockedUntil, usable: blockedUntil + keyLatency, keyLatency };
  });
}

/**
 * Opens `url` in a fresh context (no cache, no autosave) and returns, in ms from navigation
 * start: the grid painted (`painted`), the main thread free of long tasks after it
 * (`blockedUntil`), a key's input-to-paint latency (`keyLatency`), usable (`usable`) and the task
 * pane mounted (`pane`, a separate chunk loaded after the grid).
 */
export async function openUntilUsable(browser, url) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.addInitScript(recordInput);
    await page.goto(url, { waitUntil: "commit" });
    await page.waitForSelector("body[data-ready=true]", { timeout: 60_000 });
    // Long tasks up to the pane's mount count against "usable" too.
    await page.waitForSelector("body[data-pane-ready=true]", { timeout: 60_000 });
    const typed = await typeIntoEmptyCell(page);
    const pane = await page.evaluate(() => window.workbench.paneReadyAt);
    return { ...typed, pane };
  } finally {
    await context.close();
  }
}

/**
 * Runs `npm start` (the browser workbench, any free port) with no earlier build in
 * dist-preview/, and returns the ms from the command's start until a typed value shows in the
 * page it serves, with the build's share (until the server prints its address).
 */
export async function timeNpmStart(browser, root) {
  rmSync(path.join(root, "dist-preview"), { recursive: true, force: true });
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const started = performance.now();
  const child = spawn(npm, ["start"], {
    cwd: root,
    env: { ...process.env, PORT: "0", WORKFORCE_PREVIEW: "1", NODE_ENV: "" },
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group, so stopping it stops the server npm started too.
    detached: process.platform !== "win32",
  });
  let output = "";
  try {
    const url = await new Promise((resolve, reject) => {
      const onData = (chunk) => {
        output += chunk;
        const match = /Workbench ready at (\S+)/.exec(output);
        if (match) resolve(match[1]);
      };
      child.stdout.on("data", onData);
      child.stderr.on("data", onData);
      child.once("exit", (code) => reject(new Error(`npm start exited (${code}):\n${output}`)));
    });
    const served = performance.now() - started;
    const context = await browser.newContext({ viewport: VIEWPORT });
    try {
      const page = await context.newPage();
      await page.addInitScript(recordInput);
      const navigated = performance.now();
      await page.goto(url, { waitUntil: "commit" });
      await page.waitForSelector("body[data-pane-ready=true]", { timeout: 60_000 });
      const typed = await typeIntoEmptyCell(page);
      // The page clock starts at navigation; the Node clock started with `npm start`.
      return { served, usable: navigated - started + typed.usable };
    } finally {
      await context.close();
    }
  } finally {
    if (process.platform === "win32") child.kill("SIGTERM");
    else if (child.pid !== undefined) process.kill(-child.pid, "SIGTERM");
  }
}
