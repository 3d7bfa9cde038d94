/**
 * axe scans: no serious or critical violation on the workbench or on any task pane view, in
 * the light and the dark theme (the browser's preference, which the workbench follows; the
 * pane is then in Fluent's dark theme).
 */
import AxeBuilder from "@axe-core/playwright";
import type { Browser } from "playwright-core";
import { launchBrowser, openWorkbench, type Workbench } from "./support/workbench";

let browser: Browser;
let wb: Workbench;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

/** Whether the first painted background at or under `selector` is dark. */
function isDark(on: Workbench, selector: string): Promise<boolean> {
  return on.page.locator(selector).evaluate((root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    for (let el: Node | null = root; el; el = walker.nextNode()) {
      const colour = getComputedStyle(el as Element).backgroundColor;
      const [r, g, b, a = 1] = (colour.match(/[\d.]+/g) ?? []).map(Number);
      if (a > 0) return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
    }
    throw new Error("nothing painted");
  });
}

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

describe.each(["light", "dark"] as const)("accessibility (axe), %s theme", (theme) => {
  beforeAll(async () => {
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      colorScheme: theme,
    });
    wb = await openWorkbench(browser, { context });
  });
  afterAll(async () => {
    await wb.context.close();
  });

  it("is in the theme the browser asks for, grid and pane alike", async () => {
    await expect(wb.page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe(
      theme,
    );
    await expect(isDark(wb, ".taskpane-root")).resolves.toBe(theme === "dark");
    await expect(isDark(wb, "[role=rowheader] >> nth=0")).resolves.toBe(theme === "dark");
  });

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

describe("the theme toggle", () => {
  it("switches the grid and the pane to dark and back, and a choice lasts after a reload", async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const toggled = await openWorkbench(browser, { context });
    try {
      const toggle = toggled.page.getByRole("button", { name: "Dark theme" });
      await expect(toggle.getAttribute("aria-pressed")).resolves.toBe("false");
      await expect(isDark(toggled, ".taskpane-root")).resolves.toBe(false);
      await toggle.click();
      await expect(toggle.getAttribute("aria-pressed")).resolves.toBe("true");
      await expect(isDark(toggled, ".taskpane-root")).resolves.toBe(true);
      await expect(isDark(toggled, "[role=rowheader] >> nth=0")).resolves.toBe(true);
      await toggled.page.reload();
      await toggled.page.waitForSelector("body[data-pane-ready=true]");
      await expect(
        toggled.page.evaluate(() => document.documentElement.dataset.theme),
      ).resolves.toBe("dark");
      await toggled.page.getByRole("button", { name: "Dark theme" }).click();
      await expect(isDark(toggled, ".taskpane-root")).resolves.toBe(false);
      expect(toggled.pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
