/** Shared fixtures for the task pane's component tests. */
// jsdom has no ResizeObserver; Fluent's popups (Dropdown, Combobox) only need it to exist.
if (typeof globalThis.ResizeObserver === "undefined") {
  globalThis.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { configure, render } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import type { CellValue } from "../../src/workbook/types";
import { FakeHost } from "./fakeHost";

// On a loaded two-core machine the pane's first read can take several seconds; the default
// 1 s wait made the component tests fail by timing, not by behaviour.
configure({ asyncUtilTimeout: 10_000 });

export const STAFF_HEADERS = [
  "Post ID",
  "Team",
  "Status",
  "FTE",
  "Cases",
  "Sickness days",
  "Leaver",
];

/**
 * Nine posts: seven readable, two not (text FTE, FTE 0).
 * Whole service: in post 3.5, one post held by an agency worker, 2 empty → vacancies 3 (DfE: the
 * agency-held post is a vacancy covered by agency), vacancy 3/6.5 = 46.2%, agency 1/4.5 = 22.2%,
 * turnover 1/3.5 = 28.6%, 15 days lost → 4.3 days per FTE, caseload 67/4.5 = 14.9.
 */
export const STAFF_ROWS: CellValue[][] = [
  ["P1", "Assessment", "Permanent", 1, 18, 5, "No"],
  ["P2", "Assessment", "Permanent", 1, 15, 0, "Yes"],
  ["P3", "Assessment", "Agency", 1, 16, 0, "No"],
  ["P4", "Assessment", "Vacant", 1, null, null, null],
  ["P5", "Child protection", "Permanent", 1, 12, 10, "No"],
  ["P6", "Child protection", "Permanent", 0.5, 6, 0, "No"],
  ["P7", "Child protection", "Vacant", 1, null, null, null],
  ["P8", "Child protection", "Permanent", "one", 4, 0, "No"],
  ["P9", "Child protection", "Permanent", 0, 0, 0, "No"],
];

export function hostWithStaff(): FakeHost {
  const host = new FakeHost();
  // A user's sheet with content of its own besides the table, to prove it is never touched.
  host.addUserSheet("Staff", STAFF_HEADERS, STAFF_ROWS, "StaffList");
  host.addUserSheet(
    "Notes",
    ["Budget", "Amount"],
    [
      ["Agency", 120000],
      ["Training", 30000],
    ],
  );
  return host;
}

export function renderPane(host: FakeHost) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} />
    </FluentProvider>,
  );
}
