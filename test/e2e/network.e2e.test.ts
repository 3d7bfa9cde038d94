/**
 * The workbench must work offline: the page requests nothing beyond the local server (no
 * office.js from Microsoft's CDN, no fonts, no telemetry), even while it is used. The local
 * server's Content-Security-Policy (scripts/static-server.cjs) enforces it, and the page works
 * under that policy without a single violation.
 */
import type { Browser } from "playwright-core";
import { baseUrl, launchBrowser, openWorkbench } from "./support/workbench";

let browser: Browser;
const afterThis: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of afterThis.splice(0)) await close();
});

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

it("works under the server's Content-Security-Policy without a violation, which blocks other origins", async () => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const wb = await openWorkbench(browser, { context });
  await wb.enter("A1", "=WORKFORCE.CASELOAD(160,10)");
  for (const view of ["Data", "Dashboard", "Scenarios", "Benchmarks"]) {
    await wb.pane.getByRole("tab", { name: view }).click();
  }
  const violations = () =>
    wb.page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  expect(await violations()).toEqual([]);
  const blocked = await wb.page.evaluate(() =>
    fetch("https://example.invalid/x").then(
      () => "fetched",
      () => "blocked",
    ),
  );
  expect(blocked).toBe("blocked");
  await wb.page.waitForFunction(
    () => (window as unknown as { cspViolations: string[] }).cspViolations.length > 0,
  );
  expect(await violations()).toEqual([
    expect.stringMatching(/^connect-src https:\/\/example\.invalid/),
  ]);
  await wb.close();
  await context.close();
});

it("would notice a request to another address (the check can fail)", async () => {
  // Without the server's policy, so that the page may try the request the monitor must see.
  const context = await browser.newContext({ bypassCSP: true });
  afterThis.push(() => context.close());
  const wb = await openWorkbench(browser, { context });
  const origin = new URL(baseUrl()).origin;
  await wb.page.route("https://example.invalid/**", (route) => route.abort());
  await wb.page.evaluate(() => fetch("https://example.invalid/x").catch(() => undefined));
  const foreign = wb.requests.filter(
    (url) => !url.startsWith("data:") && new URL(url).origin !== origin,
  );
  expect(foreign).toEqual(["https://example.invalid/x"]);
  await wb.close();
});
