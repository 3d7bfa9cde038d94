/** @jest-environment jsdom */
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import { MAPPING_SETTING } from "../../src/taskpane/columnMapping";
import { REFERENCE_DATE_SETTING } from "../../src/taskpane/referenceDate";
import userEvent from "@testing-library/user-event";
import { FakeHost } from "./fakeHost";
import { hostWithStaff, renderPane } from "./support";

jest.setTimeout(60_000);
const user = userEvent.setup({ delay: null });

describe("rejected rows", () => {
  it("lists each rejected row with its sheet row number and reason", async () => {
    const host = hostWithStaff();
    renderPane(host);
    await screen.findByText(/7 rows read, 2 rejected, of 9/);
    await user.click(screen.getByRole("tab", { name: "Data" }));
    const list = screen.getByRole("list", { name: /Rejected rows/ });
    const items = within(list).getAllByRole("button");
    expect(items).toHaveLength(2);
    // Header on row 1: data row 7 (P8) is sheet row 9, data row 8 (P9) is sheet row 10.
    expect(items[0].textContent).toBe('Row 9: FTE "one" is not a number');
    expect(items[1].textContent).toBe("Row 10: FTE is 0 (a post needs a positive FTE)");
  });

  it("selects the row in the sheet on click and on Enter", async () => {
    const host = hostWithStaff();
    renderPane(host);
    await screen.findByText(/7 rows read/);
    await user.click(screen.getByRole("tab", { name: "Data" }));
    await user.click(screen.getByRole("button", { name: /^Row 9:/ }));
    expect(host.selections).toEqual([{ sheet: "Staff", address: "A9:G9" }]);

    screen.getByRole("button", { name: /^Row 10:/ }).focus();
    await user.keyboard("{Enter}");
    expect(host.selections[1]).toEqual({ sheet: "Staff", address: "A10:G10" });
  });

  it("shows the host's error when selecting fails, instead of swallowing it", async () => {
    const host = hostWithStaff();
    renderPane(host);
    await screen.findByText(/7 rows read/);
    await user.click(screen.getByRole("tab", { name: "Data" }));
    const { WorkbookError } = await import("../../src/workbook/types");
    host.failNext = {
      method: "selectRange",
      error: new WorkbookError("Could not select Staff!A9:G9: Excel is editing a cell."),
    };
    await user.click(screen.getByRole("button", { name: /^Row 9:/ }));
    await screen.findByText("Could not select Staff!A9:G9: Excel is editing a cell.");
  });

  it("asks which column is which when a required header is missing, then reads with the choice", async () => {
    const host = new FakeHost();
    host.addUserSheet(
      "Posts",
      ["Unit", "Kind of contract x", "FTE"],
      [
        ["Assessment", "Permanent", 1],
        ["Assessment", "Vacant", 1],
      ],
      "Posts",
    );
    // "Unit" matches Team exactly; rename it so nothing matches Team.
    host.sheet("Posts").cells.set("A1", "Group");
    host.sheet("Posts").tables[0].headers = ["Group", "Kind of contract x", "FTE"];
    renderPane(host);
    await screen.findByText(/rows read/);
    await user.click(screen.getByRole("tab", { name: "Data" }));
    screen.getByText(/No column was found for Team/);

    await user.click(screen.getByRole("combobox", { name: /^Team column/ }));
    await user.click(await screen.findByRole("option", { name: "Group" }));
    await user.click(screen.getByRole("button", { name: "Apply column choices" }));
    await waitFor(() => screen.getByText(/2 rows read, 0 rejected, of 2/));

    // The choice is saved in the workbook and used again after a reload.
    await waitFor(() => expect(host.settings.get(MAPPING_SETTING)).toBeDefined());
    cleanup();
    renderPane(host);
    await waitFor(() => screen.getByText(/2 rows read, 0 rejected, of 2/));
    await user.click(screen.getByRole("tab", { name: "Data" }));
    expect(screen.queryByText(/No column was found/)).toBeNull();
    screen.getByRole("button", { name: "Change which column is which" });
  });
});

describe("sample data", () => {
  it("inserts the sample workbook through the host and reads it, without touching existing sheets", async () => {
    const host = new FakeHost();
    host.addUserSheet("Sheet1", ["Note"], [["mine"]]);
    const before = host.snapshot(["Sheet1"]);
    renderPane(host);
    await screen.findByText(/No staffing data found/);
    await user.click(screen.getByRole("button", { name: "Insert sample data" }));
    await screen.findByText('Sample data added on the sheet "Staffing".');
    const { sample } = await import("../support/bundledTexts");
    const rows = sample().sheets[0].rows.length;
    await waitFor(() =>
      screen.getByText(new RegExp(`rows read, \\d+ rejected, of ${rows} in table StaffingList`)),
    );
    expect(host.sheets.map((s) => s.name)).toEqual([
      "Sheet1",
      "Staffing",
      "Assumptions",
      "Cohorts",
    ]);
    expect(host.snapshot(["Sheet1"])).toEqual(before);
    // The sample's figures are as at 30 September 2021: its reference date is saved with it.
    expect(host.settings.get(REFERENCE_DATE_SETTING)).toContain('"2021-09-30"');
  });
});
