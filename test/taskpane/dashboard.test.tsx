/** @jest-environment jsdom */
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { hostWithStaff, renderPane } from "./support";

function serviceRow(label: string): HTMLElement {
  const table = screen.getByRole("table", { name: "Whole service" });
  const row = within(table).getByText(label).closest("tr");
  if (!row) throw new Error(`no row ${label}`);
  return row;
}

// Fluent's components are heavy in jsdom; this is headroom, not a speed assertion.
jest.setTimeout(30_000);
const user = userEvent.setup({ delay: null });

describe("dashboard", () => {
  it("shows whole-service measures against targets with RAG as words, and a per-team table", async () => {
    const host = hostWithStaff();
    renderPane(host);
    await screen.findByText(/7 rows read, 2 rejected, of 9/);

    const vacancy = serviceRow("Vacancy rate");
    // DfE: the agency-held post is a vacancy covered by agency: (2 empty + 1) / (3 + 3.5).
    within(vacancy).getByText("46.2%");
    within(vacancy).getByText("at most 24.0%");
    within(vacancy).getByText("Red: off target");

    within(serviceRow("Agency rate")).getByText("22.2%");
    within(serviceRow("Turnover rate")).getByText("28.6%");
    within(serviceRow("Sickness days per FTE")).getByText("4.3");
    within(serviceRow("Sickness days per FTE")).getByText("Green: on target");
    const caseload = serviceRow("Caseload per worker");
    within(caseload).getByText("14.9");
    within(caseload).getByText("13–16");
    within(caseload).getByText("Green: on target");

    const teams = screen.getByRole("table", { name: "By team" });
    const assessment = within(teams).getByText("Assessment").closest("tr") as HTMLElement;
    // Assessment: in post 2, one empty post and one held by an agency worker → vacancy 2/4 = 50%,
    // agency 1/3 = 33.3%, turnover 1/2 = 50%; caseload 49/3 = 16.3 → amber (just above the band).
    expect(within(assessment).getAllByText("50.0%")).toHaveLength(2);
    within(assessment).getByText("33.3%");
    within(assessment).getByText("16.3");
    // Narrow per-team cells use the short word, still with the icon and colour.
    expect(within(assessment).getAllByText("Amber").length).toBeGreaterThan(0);
    within(teams).getByText("Child protection");
  });

  it("refreshes after data changes, debounced, keeping the old figures on screen meanwhile", async () => {
    jest.useFakeTimers();
    try {
      const host = hostWithStaff();
      renderPane(host);
      await screen.findByText(/7 rows read/);
      const readsBefore = host.calls.filter((c) => c.method === "findStaffingData").length;

      // Fill the two vacancies in the sheet.
      host.sheet("Staff").cells.set("C5", "Permanent");
      host.sheet("Staff").cells.set("C8", "Permanent");
      act(() => {
        host.changeData();
        host.changeData();
        host.changeData();
      });
      act(() => {
        jest.advanceTimersByTime(299);
      });
      expect(host.calls.filter((c) => c.method === "findStaffingData").length).toBe(readsBefore);
      within(serviceRow("Vacancy rate")).getByText("46.2%");
      act(() => {
        jest.advanceTimersByTime(1);
      });
      // Three changes inside the window cause one read.
      expect(host.calls.filter((c) => c.method === "findStaffingData").length).toBe(
        readsBefore + 1,
      );
      await waitFor(() =>
        // Both empty posts filled; the agency-held post is still a vacancy: 1 / 6.5.
        within(serviceRow("Vacancy rate")).getByText("15.4%"),
      );
    } finally {
      jest.useRealTimers();
    }
  });

  it("never lets a stale read overwrite a newer one", async () => {
    const host = hostWithStaff();
    renderPane(host);
    await screen.findByText(/7 rows read/);
    host.gateReads = true;

    // Read A sees the original data; then a vacancy is filled; read B sees the change.
    await user.click(screen.getByRole("button", { name: "Refresh" }));
    host.sheet("Staff").cells.set("C5", "Permanent");
    await user.click(screen.getByRole("button", { name: "Refresh" }));
    expect(host.pendingReads.length).toBe(2);

    const [releaseA, releaseB] = host.pendingReads;
    await act(async () => {
      releaseB();
      await Promise.resolve();
    });
    await waitFor(() => within(serviceRow("Vacancy rate")).getByText("30.8%"));
    await act(async () => {
      releaseA();
      await new Promise((r) => setTimeout(r, 10));
    });
    // A's answer (46.2%) arrived last but was dropped.
    within(serviceRow("Vacancy rate")).getByText("30.8%");
    expect(screen.queryByText("46.2%")).toBeNull();
  });
});
