/** @jest-environment jsdom */
/** A caseload below the band is a question (amber) by default, and the user can say otherwise. */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { serialise } from "../../src/taskpane/persisted";
import { DEFAULT_TARGET_VALUES, loadTargets, TARGETS_SETTING } from "../../src/taskpane/targets";
import { hostWithStaff, renderPane } from "./support";

jest.setTimeout(60_000);
const user = userEvent.setup({ delay: null });

function caseloadRow(): HTMLElement {
  const table = screen.getByRole("table", { name: "Whole service" });
  const row = within(table).getByText("Caseload per worker").closest("tr");
  if (!row) throw new Error("no caseload row");
  return row;
}

describe("caseload below the band", () => {
  it("is Amber by default, Red when the user chooses it, and the choice is saved", async () => {
    const host = hostWithStaff();
    // The sample's caseload is 14.9: well below a 20–25 band (beyond its 2.5 margin).
    host.settings.set(
      TARGETS_SETTING,
      serialise(1, { ...DEFAULT_TARGET_VALUES, caseloadLow: 20, caseloadHigh: 25 }),
    );
    renderPane(host);
    await screen.findByText(/7 rows read/);
    await waitFor(() => within(caseloadRow()).getByText("20–25"));
    within(caseloadRow()).getByText("Amber: near target");

    await user.selectOptions(screen.getByLabelText("A caseload below the band is"), "red");
    await user.click(screen.getByRole("button", { name: "Save targets" }));
    await screen.findByText("Targets saved in this workbook.");
    within(caseloadRow()).getByText("Red: off target");
    expect(loadTargets(host.settings.get(TARGETS_SETTING) ?? null).value.caseloadBelowBand).toBe(
      "red",
    );
  });

  it("reads old saved targets, which have no below-band status, as Amber", () => {
    const { caseloadBelowBand: _omitted, ...older } = DEFAULT_TARGET_VALUES;
    const loaded = loadTargets(serialise(1, older));
    expect(loaded.status).toBe("ok");
    expect(loaded.value.caseloadBelowBand).toBe("amber");
    expect(loadTargets(serialise(1, { ...older, caseloadBelowBand: "purple" })).status).toBe(
      "damaged",
    );
  });
});
