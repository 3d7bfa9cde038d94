/** The zip-bomb guard, on bombs made here (small limits keep the test quick). */
import ExcelJS from "exceljs";
import { zipBomb } from "../support/zipFiles";
import { checkInflatedSize, zipEntries } from "../../src/preview/zipGuard";

const MB = 1024 * 1024;

describe("checkInflatedSize", () => {
  it("passes a real workbook", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("S").getCell("A1").value = "hello";
    const data = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(zipEntries(data).map((e) => e.name)).toContain("xl/worksheets/sheet1.xml");
    await expect(checkInflatedSize(data)).resolves.toBeUndefined();
  });

  it("refuses by the declared sizes before inflating anything", async () => {
    await expect(checkInflatedSize(zipBomb(20), 10 * MB)).rejects.toThrow(
      /would unpack to 20 MB, more than the 10 MB.*zip bomb/,
    );
  });

  it("refuses a bomb that declares small sizes, stopping as soon as a part passes them", async () => {
    await expect(checkInflatedSize(zipBomb(20, { lying: true }), 10 * MB)).rejects.toThrow(
      /unpacks to more than the 1 KB it declares/,
    );
  });

  it("refuses what is not a zip, or is cut short", async () => {
    await expect(checkInflatedSize(new TextEncoder().encode("Team,FTE\nNorth,1"))).rejects.toThrow(
      "it is not an .xlsx file (it is not a zip archive)",
    );
    const bomb = zipBomb(2);
    const cut = new Uint8Array(bomb.subarray(0, bomb.length - 30));
    await expect(checkInflatedSize(cut)).rejects.toThrow(/not a zip archive|cut short|damaged/);
  });
});
