/**
 * The workbench must work offline: the page requests nothing beyond the local server (no
 * office.js from Microsoft's CDN, no fonts, no telemetry), even while it is used.
 */
import type { Browser } from "playwright-core";
import { baseUrl, launchBrowser, openWorkbench } from "./support/workbench";

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

it("requests only addresses on the local server", async () => {
  const wb = await openWorkbench(browser);
  const origin = new URL(baseUrl()).origin;
  // Use the page a little: formulas, every task pane view.
  await wb.enter("A1", "=WORKFORCE.CASELOAD(160,10)");
  for (const view of ["Data", "Dashboard", "Scenarios", "Benchmarks"]) {
    await wb.pane.getByRole("tab", { name: view }).click();
  }
  await wb.page.waitForTimeout(500);
  const foreign = wb.requests.filter((url) => {
    if (url.startsWith("data:") || url.startsWith("blob:")) return false;
    return new URL(url).origin !== origin;
  });
  expect(wb.requests.length).toBeGreaterThan(0);
  expect(foreign).toEqual([]);
  await wb.close();
});

it("would notice a request to another address (the check can fail)", async () => {
  const wb = await openWorkbench(browser);
  const origin = new URL(baseUrl()).origin;
  await wb.page.route("https://example.invalid/**", (route) => route.abort());
  await wb.page.evaluate(() => fetch("https://example.invalid/x").catch(() => undefined));
  const foreign = wb.requests.filter(
    (url) => !url.startsWith("data:") && new URL(url).origin !== origin,
  );
  expect(foreign).toEqual(["https://example.invalid/x"]);
  await wb.close();
});
