/**
 * Excel's keys in the workbench grid, pressed as a person presses them: Ctrl+arrows to the
 * edge of the data (Shift extending), Ctrl+Home and Ctrl+End, Tab and Enter moving within
 * the grid, F6 between the page's regions, the sheet tabs' one Tab stop and arrow keys, and
 * the help that lists the keys.
 */
import type { Locator } from "playwright-core";
import { freshWorkbenchPerTest, type Workbench } from "./support/workbench";

let wb: Workbench;
freshWorkbenchPerTest((opened) => {
  wb = opened;
});

const grid = () => wb.page.getByRole("grid");
const press = (keys: string) => wb.page.keyboard.press(keys);
/** What the Name Box shows: the active cell, or the selected range. */
const selection = () => wb.nameBox.inputValue();
const focusedName = () =>
  wb.page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el
      ? `${el.getAttribute("role") ?? el.tagName.toLowerCase()}:${el.getAttribute("aria-label") ?? el.textContent ?? ""}`
      : "";
  });

/**
 * A sheet of blocks with gaps, in a shape the tests did not pick for convenience: column A
 * holds A1:A5 and A10:A12, row 1 holds A1 and D1:F1, and the last used cell is F12 (G12 is
 * past every block, F12 itself is empty: Ctrl+End goes to the last used row and column).
 */
async function blocksSheet(): Promise<void> {
  await wb.page.getByRole("button", { name: "New sheet" }).click();
  await wb.page.evaluate(() => {
    const { model } = (window as unknown as { workbench: { model: WorkbenchModel } }).workbench;
    const sheet = model.selection.sheet;
    const put = (row: number, col: number, value: string | number) =>
      model.setCells(sheet, { row, col }, [[value]]);
    for (const row of [0, 1, 2, 3, 4, 9, 10, 11]) put(row, 0, row + 1);
    for (const col of [3, 4, 5]) put(0, col, `Head ${col}`);
    put(11, 2, "=A12*2");
    put(6, 5, "tail");
    interface WorkbenchModel {
      selection: { sheet: string };
      setCells(sheet: string, at: { row: number; col: number }, values: unknown[][]): void;
    }
  });
  await wb.goTo("A1");
}

describe("Ctrl+arrows, Ctrl+Home and Ctrl+End", () => {
  beforeEach(blocksSheet);

  it("Ctrl+Down runs to the end of a block, then to the next block, then to the last row", async () => {
    await press("Control+ArrowDown");
    await expect(selection()).resolves.toBe("A5");
    await press("Control+ArrowDown");
    await expect(selection()).resolves.toBe("A10");
    await press("Control+ArrowDown");
    await expect(selection()).resolves.toBe("A12");
    await press("Control+ArrowDown");
    await expect(selection()).resolves.toBe("A1048576");
    // And back up to the data from the sheet's last row.
    await press("Control+ArrowUp");
    await expect(selection()).resolves.toBe("A12");
    await expect(wb.cellText("A12")).resolves.toBe("12");
  });

  it("Ctrl+Right skips a gap to the next filled cell, then to the block's end, then to column XFD", async () => {
    await press("Control+ArrowRight");
    await expect(selection()).resolves.toBe("D1");
    await press("Control+ArrowRight");
    await expect(selection()).resolves.toBe("F1");
    await press("Control+ArrowRight");
    await expect(selection()).resolves.toBe("XFD1");
    await press("Control+ArrowLeft");
    await expect(selection()).resolves.toBe("F1");
    await press("Control+ArrowLeft");
    await expect(selection()).resolves.toBe("D1");
  });

  it("Shift extends each jump to a selection, keeping the active cell", async () => {
    await press("Control+Shift+ArrowDown");
    await expect(selection()).resolves.toBe("A1:A5");
    await press("Control+Shift+ArrowDown");
    await expect(selection()).resolves.toBe("A1:A10");
    await press("Control+Shift+ArrowUp");
    await expect(selection()).resolves.toBe("A1:A5");
    // The far corner's row decides: row 1 runs on to D1, row 5 has nothing to the right.
    await press("Shift+ArrowUp");
    await press("Shift+ArrowUp");
    await press("Shift+ArrowUp");
    await press("Shift+ArrowUp");
    await expect(selection()).resolves.toBe("A1");
    await press("Control+Shift+ArrowRight");
    await expect(selection()).resolves.toBe("A1:D1");
    await press("Shift+ArrowDown");
    await press("Control+Shift+ArrowRight");
    await expect(selection()).resolves.toBe("A1:XFD2");
    // The active cell stayed A1: the formula bar still shows its input.
    await expect(wb.formulaBar.inputValue()).resolves.toBe("1");
  });

  it("Ctrl+End goes to the last used row and column, Ctrl+Home to A1, and Shift selects between", async () => {
    await press("Control+End");
    await expect(selection()).resolves.toBe("F12");
    await press("Control+Home");
    await expect(selection()).resolves.toBe("A1");
    await wb.goTo("B2");
    await press("Control+Shift+End");
    await expect(selection()).resolves.toBe("B2:F12");
    await press("Control+Shift+Home");
    await expect(selection()).resolves.toBe("A1:B2");
  });

  it("Ctrl+End on an empty sheet stays in A1", async () => {
    await wb.page.getByRole("button", { name: "New sheet" }).click();
    await grid().focus();
    await press("Control+End");
    await expect(selection()).resolves.toBe("A1");
  });
});

describe("Tab and Enter move within the grid, as in Excel", () => {
  beforeEach(async () => {
    await wb.page.getByRole("button", { name: "New sheet" }).click();
    await wb.goTo("B3");
  });

  it("typing with Tab, Tab, Enter fills a row and returns to the next row's first column", async () => {
    await wb.page.keyboard.type("North");
    await press("Tab");
    await wb.page.keyboard.type("12");
    await press("Tab");
    await wb.page.keyboard.type("=C3*2");
    await press("Enter");
    await expect(selection()).resolves.toBe("B4");
    await expect(wb.cellText("B3")).resolves.toBe("North");
    await expect(wb.cellText("C3")).resolves.toBe("12");
    await expect(wb.cellText("D3")).resolves.toBe("24");
    // The next row the same way, without touching the mouse.
    await wb.page.keyboard.type("South");
    await press("Tab");
    await wb.page.keyboard.type("7");
    await press("Enter");
    await expect(selection()).resolves.toBe("B5");
    await expect(wb.cellText("C4")).resolves.toBe("7");
  });

  it("Tab outside edit mode moves right and never leaves the grid; Shift+Tab moves left", async () => {
    await press("Tab");
    await press("Tab");
    await expect(selection()).resolves.toBe("D3");
    await expect(focusedName()).resolves.toMatch(/^grid:/);
    await press("Shift+Tab");
    await expect(selection()).resolves.toBe("C3");
    await press("Enter");
    await expect(selection()).resolves.toBe("B4");
    // A plain Enter (no Tabs before it) goes straight down; Shift+Enter goes up.
    await press("Enter");
    await expect(selection()).resolves.toBe("B5");
    await press("Shift+Enter");
    await expect(selection()).resolves.toBe("B4");
  });

  it("an arrow key ends the Tab run: Enter then goes straight down", async () => {
    await press("Tab");
    await press("Tab");
    await press("ArrowRight");
    await press("Enter");
    await expect(selection()).resolves.toBe("E4");
  });
});

describe("F6 moves between the grid, the formula bar, the sheet tabs and the task pane", () => {
  it("cycles forwards with F6 and backwards with Shift+F6", async () => {
    await wb.goTo("C2");
    await expect(focusedName()).resolves.toMatch(/^grid:/);
    await press("F6");
    await expect(focusedName()).resolves.toBe("input:Formula Bar");
    await press("F6");
    const tab = await focusedName();
    expect(tab).toMatch(/^tab:/);
    await expect(
      wb.page.evaluate(() => document.activeElement?.getAttribute("aria-selected")),
    ).resolves.toBe("true");
    await press("F6");
    await expect(
      wb.page.evaluate(() => Boolean(document.activeElement?.closest(".taskpane"))),
    ).resolves.toBe(true);
    await press("F6");
    await expect(focusedName()).resolves.toMatch(/^grid:/);
    await press("Shift+F6");
    await expect(
      wb.page.evaluate(() => Boolean(document.activeElement?.closest(".taskpane"))),
    ).resolves.toBe(true);
    await press("Shift+F6");
    await expect(focusedName()).resolves.toMatch(/^tab:/);
    // Typing in the grid after coming back still goes into the selected cell.
    await press("Shift+F6");
    await press("Shift+F6");
    await expect(focusedName()).resolves.toMatch(/^grid:/);
    await wb.page.keyboard.type("back");
    await press("Enter");
    await expect(wb.cellText("C2")).resolves.toBe("back");
  });
});

describe("sheet tabs", () => {
  const tabs = () => wb.page.getByRole("tablist", { name: "Sheet tabs" }).getByRole("tab");
  const focusedTab = () =>
    wb.page.evaluate(() =>
      document.activeElement?.getAttribute("role") === "tab"
        ? document.activeElement.textContent
        : null,
    );

  it("are one Tab stop with arrow keys between them, on one line with scroll buttons", async () => {
    for (let i = 0; i < 12; i++) await wb.page.getByRole("button", { name: "New sheet" }).click();
    const names = await tabs().allInnerTexts();
    // Exactly one tab is tabbable: the active sheet's.
    await expect(wb.page.locator('[role=tablist] [role=tab][tabindex="0"]').count()).resolves.toBe(
      1,
    );
    await expect(wb.page.locator('[role=tablist] [role=tab][tabindex="-1"]').count()).resolves.toBe(
      names.length - 1,
    );
    // One line: every tab has the same top, and the strip scrolls instead of wrapping.
    const tops = await tabs().evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top));
    expect(new Set(tops).size).toBe(1);
    await expect(
      wb.page.getByRole("button", { name: "Scroll sheet tabs left" }).isEnabled(),
    ).resolves.toBe(true);

    await tabs().first().click();
    await expect(focusedTab()).resolves.toBe(names[0]);
    await press("ArrowRight");
    await expect(focusedTab()).resolves.toBe(names[1]);
    await expect(tabs().nth(1).getAttribute("aria-selected")).resolves.toBe("true");
    await expect(tabs().nth(1).getAttribute("tabindex")).resolves.toBe("0");
    await press("End");
    await expect(focusedTab()).resolves.toBe(names[names.length - 1]);
    await expect(isInView(tabs().last())).resolves.toBe(true);
    await press("Home");
    await expect(focusedTab()).resolves.toBe(names[0]);
    await expect(isInView(tabs().first())).resolves.toBe(true);
    await press("ArrowLeft");
    await expect(focusedTab()).resolves.toBe(names[0]);
    // The scroll buttons move the strip, as Excel's do.
    await wb.page.getByRole("button", { name: "Scroll sheet tabs right" }).click();
    await expect(isInView(tabs().first())).resolves.toBe(false);
  });

  it("the hidden file input is not a Tab stop", async () => {
    await expect(wb.page.getByLabel("Import .xlsx file").getAttribute("tabindex")).resolves.toBe(
      "-1",
    );
  });
});

async function isInView(tab: Locator): Promise<boolean> {
  return tab.evaluate((el) => {
    const strip = el.closest("[role=tablist]") as HTMLElement;
    const a = el.getBoundingClientRect();
    const b = strip.getBoundingClientRect();
    return a.left >= b.left - 1 && a.right <= b.right + 1;
  });
}

describe("charts stay inside the grid's scrolling area", () => {
  it("a chart scrolled sideways goes under the row numbers, never over them", async () => {
    await wb.page.getByRole("button", { name: "New sheet" }).click();
    await wb.page.evaluate(() => {
      const { model } = (
        window as unknown as {
          workbench: {
            model: {
              selection: { sheet: string };
              setCells(s: string, at: { row: number; col: number }, v: unknown[][]): void;
              addChart(s: string, spec: unknown): void;
            };
          };
        }
      ).workbench;
      const sheet = model.selection.sheet;
      model.setCells(sheet, { row: 0, col: 0 }, [
        ["Month", "Caseload"],
        ["Jan", 14],
        ["Feb", 15],
      ]);
      model.addChart(sheet, {
        kind: "line",
        title: "Sideways",
        categoriesAddress: "A2:A3",
        series: [{ name: "Caseload", valuesAddress: "B2:B3" }],
        anchor: "C2",
      });
    });
    const chart = wb.page.locator('figure[data-chart-title="Sideways"]');
    await chart.waitFor();
    // Scroll so the chart's left part is under the row-number column.
    await wb.page.locator(".grid-scroller").evaluate((el) => (el.scrollLeft = 230));
    const rowHeader = wb.page.getByRole("rowheader", { name: "Row 5" });
    const box = await rowHeader.boundingBox();
    const chartBox = await chart.boundingBox();
    if (!box || !chartBox) throw new Error("row header or chart not on screen");
    expect(chartBox.x).toBeLessThan(box.x + box.width); // the chart does reach under it
    const topmost = await wb.page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.closest("[role=rowheader]")?.textContent,
      { x: box.x + box.width / 2, y: box.y + box.height / 2 },
    );
    expect(topmost).toBe("5");
  });
});

describe("the page's help", () => {
  it("lists the keys, including Ctrl+arrows, Ctrl+End, Tab and Enter, and F6", async () => {
    await wb.page.getByRole("button", { name: "Keyboard shortcuts" }).click();
    const dialog = wb.page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await expect(dialog.isVisible()).resolves.toBe(true);
    const text = await dialog.innerText();
    for (const key of ["Ctrl+Arrow", "Ctrl+End", "Ctrl+Home", "Tab", "Enter", "F6", "Shift"]) {
      expect(text).toContain(key);
    }
    await press("Escape");
    await expect(dialog.isVisible()).resolves.toBe(false);
  });
});
