/** @jest-environment jsdom */
/**
 * The Data tab's "Import census return": the sample return is read onto a new sheet (never an
 * existing one), the checks are listed and select their worker's row, the reference date can
 * be changed, and "Plan from this census" fills the scenario form.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FakeHost } from "./fakeHost";
import { hostWithStaff, renderPane } from "./support";

jest.setTimeout(60_000);
const user = userEvent.setup({ delay: null });
const samples = join(__dirname, "../../../shared/data/csww-samples");

function sampleFile(name: string, text = readFileSync(join(samples, name), "utf8")): File {
  const file = new File([text], name, { type: "text/xml" });
  // jsdom's File has no text(); the browser's does.
  Object.defineProperty(file, "text", { value: () => Promise.resolve(text) });
  Object.defineProperty(file, "slice", { value: () => file });
  return file;
}

async function importSample(host: FakeHost, file = sampleFile("social_work_workforce_2022.xml")) {
  renderPane(host);
  await user.click(screen.getByRole("tab", { name: "Data" }));
  await user.upload(screen.getByLabelText("Census return file"), file);
  await screen.findByText(
    /30 workers from social_work_workforce_2022\.xml written to the new sheet/,
  );
}

afterEach(cleanup);

describe("Import census return", () => {
  it("writes the workers to a new sheet with labels beside the codes, leaving other sheets alone", async () => {
    const host = hostWithStaff();
    const before = host.snapshot(["Staff"]);
    await importSample(host);
    expect(host.snapshot(["Staff"])).toEqual(before);
    const sheet = host.sheet("Census 2022 LA316");
    expect(sheet.tables[0].headers.slice(0, 4)).toEqual([
      "AgencyWorker",
      "AgencyWorker (label)",
      "SWENo",
      "FTE",
    ]);
    expect(sheet.cells.get("B1")).toBe("2022-09-30");
    expect(sheet.cells.get("A4")).toBe(99.68);
    expect(sheet.cells.get("A7")).toBe("1");
    expect(sheet.cells.get("B7")).toBe("Agency worker");
    expect(sheet.cells.get("C7")).toBe("Oy2054309383");
  });

  it("brings the new sheet to the front", async () => {
    const host = hostWithStaff();
    await importSample(host);
    expect(host.selections).toEqual([{ sheet: "Census 2022 LA316", address: "A1" }]);
  });

  it("picks another name when the sheet's name is taken", async () => {
    const host = hostWithStaff();
    host.addUserSheet("Census 2022 LA316", ["My notes"], [["keep me"]]);
    await importSample(host);
    expect(host.sheet("Census 2022 LA316").cells.get("A2")).toBe("keep me");
    expect(host.sheets.map((s) => s.name)).toContain("Census 2022 LA316 (2)");
  });

  it("shows DfE's figures and lists the checks; a check selects its worker's row", async () => {
    const host = hostWithStaff();
    await importSample(host);
    expect(screen.getByText("In post (FTE / headcount)").nextSibling?.textContent).toBe("3.4 / 8");
    expect(screen.getByText("Caseload (cases per case-holding FTE)").nextSibling?.textContent).toBe(
      "101.9",
    );
    const list = screen.getByRole("list", { name: /Census checks/ });
    const first = within(list).getAllByRole("button")[0];
    expect(first.textContent).toBe(
      'Error Row 7 (worker 1): ContractWeeks "288.7" must be at most 53 (the weeks in a year)',
    );
    await user.click(first);
    expect(host.selections.at(-1)).toEqual({ sheet: "Census 2022 LA316", address: "A7:AJ7" });
  });

  it("recounts on another reference date and writes it to the sheet", async () => {
    const host = hostWithStaff();
    await importSample(host);
    const date = screen.getByLabelText(/Reference date/);
    await user.clear(date);
    await user.type(date, "2023-09-30");
    // On 30/09/2023 workers 12, 14, 26 and 28 have left, and 4, 16 and 18 have started.
    expect(screen.getByText("In post (FTE / headcount)").nextSibling?.textContent).toBe("4 / 7");
    expect(host.sheet("Census 2022 LA316").cells.get("B1")).toBe("2023-09-30");
  });

  it("fills the scenario form from the census", async () => {
    const host = hostWithStaff();
    await importSample(host);
    await user.click(screen.getByRole("button", { name: "Plan from this census" }));
    screen.getByRole("tab", { name: "Scenarios", selected: true });
    const field = (name: RegExp) => screen.getByLabelText<HTMLInputElement>(name);
    expect(field(/Permanent in post/).value).toBe("3.41");
    expect(field(/Agency workers/).value).toBe("6.81");
    expect(field(/Establishment/).value).toBe("103.09");
    expect(field(/Open cases/).value).toBe("639");
  });

  it("refuses a file that is not a census return, with the reason, and writes nothing", async () => {
    const host = hostWithStaff();
    const sheets = host.sheets.map((s) => s.name);
    renderPane(host);
    await user.click(screen.getByRole("tab", { name: "Data" }));
    await user.upload(
      screen.getByLabelText("Census return file"),
      sampleFile("broken.xml", "<Message><CSWWWorker>"),
    );
    await screen.findByText(/not well-formed XML \(line 1/);
    expect(host.sheets.map((s) => s.name)).toEqual(sheets);
  });
});
