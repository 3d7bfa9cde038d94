/**
 * axe scans: no serious or critical violation on the workbench or on any task pane view.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Browser } from "playwright-core";
import { launchBrowser, openWorkbench, type Workbench } from "./support/workbench";

let browser: Browser;
let wb: Workbench;

beforeAll(async () => {
  browser = await launchBrowser();
  wb = await openWorkbench(browser);
});
afterAll(async () => {
  await wb.close();
  await browser.close();
});

async function seriousViolations(include?: string): Promise<string[]> {
  // Fluent UI's focus manager (tabster) adds invisible <i data-tabster-dummy> sentinels that
  // are focusable on purpose (they hand focus on when tabbing out of a focus group) and
  // aria-hidden so screen readers skip them; axe's aria-hidden-focus rule cannot tell. Known
  // false positive (microsoft/tabster#288); Microsoft's Accessibility Insights suppresses it
  // the same way (microsoft/accessibility-insights-web#7605). Only these nodes are excluded.
  let builder = new AxeBuilder({ page: wb.page }).exclude("[data-tabster-dummy]");
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    );
}

describe("accessibility (axe)", () => {
  it("finds no serious or critical violation on the workbench", async () => {
    await expect(seriousViolations()).resolves.toEqual([]);
  });

  it("finds none with an error cell selected and a spilled formula on the sheet", async () => {
    await wb.enter("Z1", "=WORKFORCE.VACANCYRATE(0,0)");
    await wb.goTo("Z1");
    await expect(seriousViolations()).resolves.toEqual([]);
  });

  for (const view of ["Data", "Dashboard", "Scenarios", "Benchmarks"]) {
    it(`finds no serious or critical violation on the task pane's ${view} view`, async () => {
      await wb.pane.getByRole("tab", { name: view }).click();
      await wb.page.waitForTimeout(300);
      await expect(seriousViolations('[aria-label="Task pane"]')).resolves.toEqual([]);
    });
  }
});
