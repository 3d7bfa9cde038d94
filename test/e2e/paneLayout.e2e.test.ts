/**
 * The task pane at 320 px, the narrowest Excel gives it: nothing spills past its edge and the
 * cohort row's fields do not overlap (issue 12: they did, and the agency policy list spilled).
 */
import { freshWorkbenchPerTest, screenshotPath, type Workbench } from "./support/workbench";

let wb: Workbench;
freshWorkbenchPerTest((opened) => {
  wb = opened;
});

interface Box {
  what: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Controls that reach past the pane's right edge, and pairs of a cohort's fields that overlap. */
async function layoutProblems(): Promise<{ overflow: Box[]; overlaps: string[]; width: number }> {
  return wb.pane.evaluate((pane) => {
    const root = pane.getBoundingClientRect();
    const box = (el: Element, what: string) => {
      const r = el.getBoundingClientRect();
      return { what, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    const describe = (el: Element) =>
      el.getAttribute("aria-label") ?? el.textContent?.trim().slice(0, 40) ?? el.tagName;
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0;
    };
    // A wide table may scroll sideways in a box of its own (the dashboard's By team table).
    const scrollsSideways = (el: Element) => {
      for (let up = el.parentElement; up && up !== pane; up = up.parentElement) {
        if (["auto", "scroll"].includes(getComputedStyle(up).overflowX)) return true;
      }
      return false;
    };
    const controls = [...pane.querySelectorAll("input, select, button, label, h2, h3, table")]
      .filter((el) => visible(el) && !scrollsSideways(el))
      .map((el) => box(el, describe(el)));
    // Half a pixel of rounding; the pane's own scrollbar is inside its box.
    const overflow = controls.filter((b) => b.right > root.right + 0.5 || b.left < root.left - 0.5);
    const overlaps: string[] = [];
    for (const fieldset of pane.querySelectorAll("fieldset")) {
      const fields = [...fieldset.children].filter(visible).map((el) => box(el, describe(el)));
      for (let i = 0; i < fields.length; i++)
        for (let j = i + 1; j < fields.length; j++) {
          const [a, b] = [fields[i], fields[j]];
          const apart =
            a.right <= b.left + 0.5 ||
            b.right <= a.left + 0.5 ||
            a.bottom <= b.top + 0.5 ||
            b.bottom <= a.top + 0.5;
          if (!apart) overlaps.push(`${a.what} / ${b.what}`);
        }
    }
    return { overflow, overlaps, width: root.width };
  });
}

describe("task pane at 320 px", () => {
  beforeEach(async () => {
    await wb.page.addStyleTag({ content: ".taskpane { width: 320px !important; }" });
  });

  it("lays the scenario form, its cohorts and the saved list out inside the pane", async () => {
    await wb.pane.getByRole("tab", { name: "Scenarios" }).click();
    await wb.pane.getByRole("button", { name: "Add cohort" }).click();
    await wb.pane.getByRole("button", { name: "Add cohort" }).click();
    await wb.pane.getByText("More assumptions (newcomers and uncertainty)").click();
    await wb.pane.getByLabel("Cohort 2 label (optional)").waitFor();
    await wb.pane.evaluate((pane) => pane.scrollTo(0, 0));
    await wb.pane.screenshot({ path: screenshotPath("taskpane-320-scenarios.png") });
    await wb.pane.getByRole("heading", { name: "Recruitment cohorts" }).scrollIntoViewIfNeeded();
    await wb.pane.screenshot({ path: screenshotPath("taskpane-320-cohorts.png") });
    const problems = await layoutProblems();
    expect(problems.width).toBeLessThanOrEqual(321);
    expect(problems.overflow).toEqual([]);
    expect(problems.overlaps).toEqual([]);
  });

  it("lays the dashboard and the targets out inside the pane", async () => {
    await wb.pane.getByRole("tab", { name: "Dashboard" }).click();
    await wb.pane.getByLabel("A caseload below the band is").waitFor();
    await wb.pane.screenshot({ path: screenshotPath("taskpane-320-dashboard.png") });
    const problems = await layoutProblems();
    expect(problems.overflow).toEqual([]);
  });
});
