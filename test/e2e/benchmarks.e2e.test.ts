/**
 * The Benchmarks council picker in the workbench's pane, typed into as a person does: each
 * council once under its current name, even those DfE lists under two area codes.
 */
import { freshWorkbenchPerTest, type Workbench } from "./support/workbench";

let wb: Workbench;
freshWorkbenchPerTest((opened) => {
  wb = opened;
});

async function typeInPicker(text: string): Promise<string[]> {
  await wb.pane.getByRole("tab", { name: "Benchmarks" }).click();
  const council = wb.pane.getByRole("combobox", { name: "Council" });
  await council.click();
  await council.fill(text);
  const listbox = wb.page.getByRole("listbox");
  await listbox.waitFor();
  return listbox.getByRole("option").allInnerTexts();
}

describe("the Benchmarks council picker", () => {
  it('gives Kent alone for "Kent"', async () => {
    await expect(typeInPicker("Kent")).resolves.toEqual(["Kent"]);
  });

  it('gives Dorset once for "Dor", although DfE lists it under two codes', async () => {
    const options = await typeInPicker("Dor");
    expect(options.filter((o) => o === "Dorset")).toEqual(["Dorset"]);
    expect(new Set(options).size).toBe(options.length);
  });

  it("shows a council with a changed code with its earlier years, under its current name", async () => {
    await typeInPicker("North Yorkshire");
    await wb.page.getByRole("option", { name: "North Yorkshire" }).click();
    await wb.pane.getByRole("combobox", { name: "Year" }).click();
    await wb.page.getByRole("option", { name: "2018" }).click();
    // 2018 is the county council's row (code E10000023), joined to today's council.
    const table = wb.pane.getByRole("table", { name: "Benchmarks for North Yorkshire, 2018" });
    const vacancy = await table.getByRole("row", { name: /Vacancy rate/ }).innerText();
    expect(vacancy).toMatch(/Vacancy rate\s+\d+\.\d%/);
  });
});
