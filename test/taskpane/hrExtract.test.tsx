/** @jest-environment jsdom */
/**
 * An HR extract as it comes: title rows above the header, headers and status words of its own,
 * blank rows, values the add-in has never seen. The user says once what the values mean; the
 * answer is saved in the workbook and the figures are right after a reload.
 */
import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import type { CellValue } from "../../src/workbook/types";
import { VALUE_MAPPING_SETTING } from "../../src/taskpane/valueMapping";
import { FakeHost } from "./fakeHost";
import { renderPane } from "./support";

jest.setTimeout(90_000);
// Skipping the computed-style pointer check keeps Fluent's dropdowns fast in jsdom; the clicks are the same.
const user = userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });

/**
 * 300 posts: 190 "Perm" and 10 "FTC" employed (200 in post), 20 "Temp/Agency" (recognised as
 * agency), 30 "Contingent (Matrix)" and 40 "Vacant - Advertised" (not recognised) and 10 "Bank"
 * (not recognised; the user ignores them). Two blank rows sit inside the list.
 *
 * Mapped as agency in a funded post / vacant / ignore:
 *   agency = 20 + 30 = 50 → agency rate 50 / (50 + 200) = 20.0%
 *   vacancies = 40 empty + 50 agency-held = 90 → vacancy rate 90 / (90 + 200) = 31.0%
 */
function extract(): CellValue[][] {
  const kinds: [string, number][] = [
    ["Perm", 190],
    ["FTC", 10],
    ["Temp/Agency", 20],
    ["Contingent (Matrix)", 30],
    ["Vacant - Advertised", 40],
    ["Bank", 10],
  ];
  const rows: CellValue[][] = [];
  let n = 0;
  for (const [kind, count] of kinds) {
    for (let i = 0; i < count; i++, n++) {
      const employed = kind === "Perm" || kind === "FTC";
      rows.push([`E${1000 + n}`, `Area ${n % 4}`, kind, 1, employed ? n % 5 : null, null]);
      if (n === 57 || n === 201) rows.push([null, null, null, null, null, null]);
    }
  }
  return [
    ["Children's Services – Establishment by post", null, null, null, null, null],
    ["Extract run 03/10/2025 09:14 from HRSYS (confidential)", null, null, null, null, null],
    [null, null, null, null, null, null],
    [
      "Employee No",
      "Service Team",
      "Employment Type",
      "Hours FTE",
      "Days Absent (12m)",
      "Leaving Date",
    ],
    ...rows,
  ];
}

function hostWithExtract(): FakeHost {
  const host = new FakeHost();
  const [header, ...rest] = extract();
  host.addUserSheet("HR extract", header as string[], rest);
  return host;
}

function serviceRow(label: string): HTMLElement {
  const table = screen.getByRole("table", { name: "Whole service" });
  const row = within(table).getByText(label).closest("tr");
  if (!row) throw new Error(`no row ${label}`);
  return row;
}

async function choose(field: RegExp, option: string): Promise<void> {
  await user.selectOptions(screen.getByRole("combobox", { name: field }), option);
}

describe("an HR extract with title rows and status values of its own", () => {
  it("asks once what the unknown values mean, then shows the right agency rate, also after a reload", async () => {
    const host = hostWithExtract();
    renderPane(host);

    // The header was found below the title rows; blank rows are not rejected.
    await screen.findByText(/220 rows read, 80 rejected, 2 blank, of 302 in HR extract!A4:F306/);
    // Until the values are explained, no figure claims to be on target.
    screen.getByText(/80 rows hold values the add-in does not recognise/);
    const agency = serviceRow("Agency rate");
    within(agency).getByText("9.1%"); // 20 / 220, without the unknown rows
    within(agency).getByText(/No status/);
    expect(within(serviceRow("Sickness days per FTE")).queryByText("No data")).toBeNull();

    await user.click(screen.getByRole("button", { name: "Say what they mean" }));
    const section = screen.getByRole("region", { name: "Values the add-in does not recognise" });
    within(section).getByText(/80 rows hold a value below/);
    await choose(
      /Status "Contingent \(Matrix\)" \(30 rows\)/,
      "Agency, in a funded post (covers a vacancy)",
    );
    await choose(/Status "Vacant - Advertised" \(40 rows\)/, "Vacant (empty post)");
    await choose(/Status "Bank" \(10 rows\)/, "Ignore these rows");
    await user.click(screen.getByRole("button", { name: "Apply value meanings" }));

    await screen.findByText(
      /300 rows read \(10 ignored as you chose\), 0 rejected, 2 blank, of 302/,
    );
    expect(
      screen.queryByRole("region", { name: "Values the add-in does not recognise" }),
    ).toBeNull();
    await user.click(screen.getByRole("tab", { name: "Dashboard" }));
    within(serviceRow("Agency rate")).getByText("20.0%");
    within(serviceRow("Agency rate")).getByText("Red: off target");
    within(serviceRow("Vacancy rate")).getByText("31.0%");
    expect(screen.queryByText(/values the add-in does not recognise/)).toBeNull();

    // Saved in the workbook: a reload reads the extract the same way without asking again.
    await waitFor(() => expect(host.settings.get(VALUE_MAPPING_SETTING)).toBeDefined());
    const saved = JSON.parse(host.settings.get(VALUE_MAPPING_SETTING) ?? "{}") as {
      data: { status: Record<string, string> };
    };
    expect(saved.data.status).toEqual({
      "contingent matrix": "agency",
      "vacant advertised": "vacant",
      bank: "ignore",
    });
    cleanup();
    renderPane(host);
    await screen.findByText(
      /300 rows read \(10 ignored as you chose\), 0 rejected, 2 blank, of 302/,
    );
    within(serviceRow("Agency rate")).getByText("20.0%");
    within(serviceRow("Vacancy rate")).getByText("31.0%");
    await user.click(screen.getByRole("tab", { name: "Data" }));
    expect(
      screen.queryByRole("region", { name: "Values the add-in does not recognise" }),
    ).toBeNull();
    screen.getByText(/3 value meanings saved in this workbook/);
  });

  it("a measure whose column is missing says it has no data instead of showing on target", async () => {
    const host = new FakeHost();
    host.addUserSheet(
      "Posts",
      ["Team", "FTE", "Status"],
      [
        ["A", 1, "Permanent"],
        ["A", 1, "Permanent"],
      ],
      "Posts",
    );
    renderPane(host);
    await screen.findByText(/2 rows read/);
    for (const label of ["Turnover rate", "Sickness absence rate", "Sickness days per FTE"]) {
      const row = serviceRow(label);
      within(row).getByText("No data");
      expect(within(row).queryByText(/Green/)).toBeNull();
      expect(row.textContent).toMatch(/no data: the list has no (Leaver|Sickness days) column/);
    }
  });

  it("a list where every row is rejected shows no figure as on target", async () => {
    const host = new FakeHost();
    host.addUserSheet("Posts", ["Team", "FTE", "Status"], [["A", "x", "Permanent"]], "Posts");
    renderPane(host);
    await screen.findByText(/0 rows read, 1 rejected/);
    expect(screen.queryByText(/Green: on target/)).toBeNull();
  });
});
