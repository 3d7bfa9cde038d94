/** @jest-environment jsdom */

import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { mountTaskPane } from "../../src/taskpane/mount";
import { TARGETS_SETTING } from "../../src/taskpane/targets";
import { hostWithStaff, renderPane } from "./support";

function targetInput(name: RegExp): HTMLInputElement {
  return screen.getByRole<HTMLInputElement>("spinbutton", { name });
}

function vacancyStatus(): string {
  const table = screen.getByRole("table", { name: "Whole service" });
  const row = within(table).getByText("Vacancy rate").closest("tr") as HTMLElement;
  return row.textContent ?? "";
}

// Fluent's components are heavy in jsdom; this is headroom, not a speed assertion.
jest.setTimeout(30_000);
const user = userEvent.setup({ delay: null });

describe("targets", () => {
  it("validates with a message naming the field and saves nothing while invalid", async () => {
    const host = hostWithStaff();
    renderPane(host);
    await screen.findByText(/7 rows read/);
    const input = targetInput(/Vacancy rate target/);
    await user.clear(input);
    await user.type(input, "140");
    await user.click(screen.getByRole("button", { name: "Save targets" }));
    await screen.findByText("Vacancy rate target: must be between 0 and 100%.");

    await user.clear(targetInput(/Caseload band, upper/));
    await user.type(targetInput(/Caseload band, upper/), "10");
    await user.click(screen.getByRole("button", { name: "Save targets" }));
    await screen.findByText("Caseload band, upper: must not be below the lower bound.");
    expect(host.calls.some((c) => c.method === "setSetting")).toBe(false);
  });

  it("saves edited targets as versioned JSON through the host and re-rates the dashboard", async () => {
    const host = hostWithStaff();
    renderPane(host);
    await screen.findByText(/7 rows read/);
    expect(vacancyStatus()).toContain("Red: off target");
    const input = targetInput(/Vacancy rate target/);
    await user.clear(input);
    await user.type(input, "50");
    await user.click(screen.getByRole("button", { name: "Save targets" }));
    await screen.findByText("Targets saved in this workbook.");
    const saved = JSON.parse(host.settings.get(TARGETS_SETTING) ?? "null") as {
      version: number;
      data: Record<string, number>;
    };
    expect(saved.version).toBe(1);
    expect(saved.data.vacancyRate).toBeCloseTo(0.5);
    expect(saved.data.caseloadLow).toBe(13);
    await waitFor(() => expect(vacancyStatus()).toContain("Green: on target"));
    expect(vacancyStatus()).toContain("at most 50.0%");
  });

  it("survives a reload: unmount and mount again with the same workbook settings", async () => {
    const host = hostWithStaff();
    const container = document.createElement("div");
    document.body.appendChild(container);
    let unmount = () => {};
    act(() => {
      unmount = mountTaskPane(container, host);
    });
    await screen.findByText(/7 rows read/);
    await user.clear(targetInput(/Sickness days per FTE target/));
    await user.type(targetInput(/Sickness days per FTE target/), "3");
    await user.click(screen.getByRole("button", { name: "Save targets" }));
    await screen.findByText("Targets saved in this workbook.");
    act(() => unmount());
    expect(screen.queryByText(/rows read/)).toBeNull();

    act(() => {
      unmount = mountTaskPane(container, host, { theme: "dark" });
    });
    await screen.findByText(/7 rows read/);
    await waitFor(() => expect(targetInput(/Sickness days per FTE target/).value).toBe("3"));
    const table = screen.getByRole("table", { name: "Whole service" });
    const row = within(table).getByText("Sickness days per FTE").closest("tr") as HTMLElement;
    expect(row.textContent).toContain("at most 3.0");
    expect(row.textContent).toContain("Red: off target");
    act(() => unmount());
    container.remove();
  });

  it("on damaged saved targets shows a message, uses defaults, and keeps the saved value until the user saves", async () => {
    const host = hostWithStaff();
    const damaged = '{"version":1,"data":{"vacancyRate":"lots"}';
    host.settings.set(TARGETS_SETTING, damaged);
    render();
    function render() {
      renderPane(host);
    }
    await screen.findByText("Saved targets could not all be read");
    screen.getByText(/not readable JSON.*defaults.*kept unchanged in the workbook/);
    expect(targetInput(/Vacancy rate target/).value).toBe("24");
    await screen.findByText(/7 rows read/);
    // Using the pane (refresh, switching tabs) must not write the settings.
    await user.click(screen.getByRole("button", { name: "Refresh" }));
    await user.click(screen.getByRole("tab", { name: "Data" }));
    expect(host.settings.get(TARGETS_SETTING)).toBe(damaged);
    expect(host.calls.some((c) => c.method === "setSetting" && c.args[0] === TARGETS_SETTING)).toBe(
      false,
    );
    // The damaged text is kept beside the setting, so saving new targets cannot lose it.
    expect(host.settings.get(`${TARGETS_SETTING}.damaged`)).toBe(damaged);
  });

  it("a saved target out of range (1e308) keeps its default; the other saved targets are used", async () => {
    const host = hostWithStaff();
    host.settings.set(
      TARGETS_SETTING,
      JSON.stringify({
        version: 1,
        data: { vacancyRate: 1e308, agencyRate: 0.2, caseloadHigh: -5 },
      }),
    );
    renderPane(host);
    await screen.findByText(
      /"Vacancy rate target" is .*outside 0 to 100%; "Caseload band, upper" is -5, outside 0 to 100\. The rest are/,
    );
    expect(targetInput(/Vacancy rate target/).value).toBe("24");
    expect(targetInput(/Agency rate target/).value).toBe("20");
  });

  it("a saved state from a different version is reported, not trusted", async () => {
    const host = hostWithStaff();
    const future = JSON.stringify({ version: 9, data: { vacancyRate: 0.5 } });
    host.settings.set(TARGETS_SETTING, future);
    renderPane(host);
    await screen.findByText(/version 9; this add-in reads version 1/);
    expect(host.settings.get(TARGETS_SETTING)).toBe(future);
  });
});
