/**
 * Drives the preview workbench the way a person does: Name Box, Formula Bar, sheet tabs,
 * cells and the task pane. One browser per test file; a fresh page (fresh storage) per test.
 */
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from "playwright-core";
import { mkdirSync } from "fs";
import path from "path";

import chromiumFlags from "../../../scripts/chromium-flags.json";

export const repoRoot = path.resolve(__dirname, "../../..");

export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url)
    throw new Error("E2E_BASE_URL is not set: run the e2e tests with jest -c jest.e2e.config.js");
  return url;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.E2E_CHROMIUM, args: chromiumFlags.flags });
}

export interface Workbench {
  context: BrowserContext;
  page: Page;
  /** Every URL the page requested. */
  requests: string[];
  /** Uncaught page errors. */
  pageErrors: string[];
  nameBox: Locator;
  formulaBar: Locator;
  status: Locator;
  goTo(address: string): Promise<void>;
  enter(address: string, text: string): Promise<void>;
  cellText(address: string): Promise<string>;
  openSheet(name: string): Promise<void>;
  pane: Locator;
  close(): Promise<void>;
}

export async function openWorkbench(
  browser: Browser,
  options: { context?: BrowserContext } = {},
): Promise<Workbench> {
  const context =
    options.context ??
    (await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true }));
  const page = await context.newPage();
  const requests: string[] = [];
  const pageErrors: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto(baseUrl());
  await page.waitForSelector("body[data-ready=true]", { timeout: 30_000 });
  // The task pane is its own chunk, mounted just after the grid.
  await page.waitForSelector("body[data-pane-ready=true]", { timeout: 30_000 });
  const nameBox = page.getByRole("textbox", { name: "Name Box" });
  const formulaBar = page.getByRole("textbox", { name: "Formula Bar" });
  const wb: Workbench = {
    context,
    page,
    requests,
    pageErrors,
    nameBox,
    formulaBar,
    status: page.getByTestId("cell-status"),
    pane: page.getByRole("complementary", { name: "Task pane" }),
    async goTo(address) {
      await nameBox.fill(address);
      await nameBox.press("Enter");
    },
    async enter(address, text) {
      await wb.goTo(address);
      await formulaBar.fill(text);
      await formulaBar.press("Enter");
    },
    async cellText(address) {
      const cell = page.locator(`[role=gridcell][data-address="${address}"]`);
      await cell.waitFor();
      return (await cell.innerText()).trim();
    },
    async openSheet(name) {
      await page
        .getByRole("tablist", { name: "Sheet tabs" })
        .getByRole("tab", { name, exact: true })
        .click();
    },
    async close() {
      if (!options.context) await context.close();
      else await page.close();
    },
  };
  return wb;
}

/**
 * The hooks shared by the files that want a fresh workbench for every test: one browser for
 * the file, a fresh page (fresh storage) before each test, handed to `use`, and after each
 * test no uncaught page error, then the page closed. Hooks a file adds itself run after these.
 */
export function freshWorkbenchPerTest(use: (wb: Workbench) => void): void {
  let browser: Browser;
  let wb: Workbench;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });
  beforeEach(async () => {
    wb = await openWorkbench(browser);
    use(wb);
  });
  afterEach(async () => {
    expect(wb.pageErrors).toEqual([]);
    await wb.close();
  });
}

/**
 * Where an e2e screenshot goes: test-results/screenshots/ (ignored), or the README's
 * docs/screenshots/ when UPDATE_SCREENSHOTS=1, so an ordinary test run leaves the tree clean.
 */
export function screenshotPath(name: string): string {
  const dir =
    process.env.UPDATE_SCREENSHOTS === "1"
      ? path.join(repoRoot, "docs", "screenshots")
      : path.join(repoRoot, "test-results", "screenshots");
  mkdirSync(dir, { recursive: true });
  return path.join(dir, name);
}

/** Polls `read` until `accept` holds (the UI updates asynchronously); returns the last value. */
export async function eventually<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!accept(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}
