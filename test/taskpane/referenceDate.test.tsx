/** @jest-environment jsdom */
/** The reference date leavers count to: saved in the workbook, editable, checked as typed. */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { REFERENCE_DATE_SETTING, saveReferenceDateText } from "../../src/taskpane/referenceDate";
import { serialFromYmd } from "../../src/core/dates";
import { FakeHost } from "./fakeHost";
import { renderPane } from "./support";

jest.setTimeout(60_000);
const user = userEvent.setup({ delay: null });

function turnover(): string {
  const table = screen.getByRole("table", { name: "Whole service" });
  return (within(table).getByText("Turnover rate").closest("tr") as HTMLElement).textContent ?? "";
}

describe("reference date", () => {
  it("counts leavers in the year to the saved date, and to a new one the user types", async () => {
    const host = new FakeHost();
    host.addUserSheet(
      "Posts",
      ["Team", "FTE", "Status", "Date left"],
      [
        ["A", 1, "Permanent", "15/06/2025"],
        ["A", 1, "Permanent", "20/10/2025"],
        ["A", 1, "Permanent", null],
        ["A", 1, "Permanent", null],
      ],
      "Posts",
    );
    host.settings.set(
      REFERENCE_DATE_SETTING,
      saveReferenceDateText(serialFromYmd(2025, 9, 30) as number),
    );
    renderPane(host);
    await screen.findByText(/4 rows read/);
    // 15 June 2025 is in the year to 30 September 2025; 20 October 2025 is after it.
    expect(turnover()).toContain("25.0%");

    await user.click(screen.getByRole("tab", { name: "Data" }));
    screen.getByText(/1 leaving date is after the reference date/);
    const field = screen.getByLabelText<HTMLInputElement>(/Staffing list reference date/);
    expect(field.value).toBe("30/09/2025");
    await user.clear(field);
    await user.type(field, "31/02/2026");
    await user.click(screen.getByRole("button", { name: "Set the list's reference date" }));
    screen.getByText(/"31\/02\/2026" is not a date/);

    await user.clear(screen.getByLabelText(/Staffing list reference date/));
    await user.type(screen.getByLabelText(/Staffing list reference date/), "31/12/2025");
    await user.click(screen.getByRole("button", { name: "Set the list's reference date" }));
    await screen.findByText(/count from 1 January 2025 to 31 December 2025/);
    await waitFor(() =>
      expect(host.settings.get(REFERENCE_DATE_SETTING)).toBe(
        saveReferenceDateText(serialFromYmd(2025, 12, 31) as number),
      ),
    );
    await user.click(screen.getByRole("tab", { name: "Dashboard" }));
    expect(turnover()).toContain("50.0%");
  });
});
