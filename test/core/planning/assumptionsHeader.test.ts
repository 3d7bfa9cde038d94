/** The documented =WORKFORCE.PROJECT(Assumptions!A1:B14, …) takes in the table's header row. */
import { DEFAULT_ASSUMPTIONS, parseAssumptions } from "../../../src/core/planning";
import { isWorkforceError } from "../../../src/core/errors";

const body: unknown[][] = [
  ["establishment_fte", 60],
  ["in_post_fte", 47],
  ["cases", 800],
  ["start_month", "2021-11"],
];
const expected = {
  ...DEFAULT_ASSUMPTIONS,
  establishmentFte: 60,
  inPostFte: 47,
  cases: 800,
  startMonth: "2021-11",
};

describe("assumptions with a header row", () => {
  it.each([
    [["name", "value"]],
    [["Assumption", "Value"]],
    [["Name", null]],
    [["PARAMETER", "Amount"]],
  ])("accepts the header %p above the names", (header) => {
    expect(parseAssumptions([header, ...body])).toEqual(expected);
    // After blank rows too, as a range drawn a little high has them.
    expect(parseAssumptions([[null, null], header, ...body])).toEqual(expected);
  });

  it("still rejects an unknown name in the first row, and a header anywhere but the top", () => {
    const misspelt = parseAssumptions([["establishmnt", 60], ...body]);
    expect(isWorkforceError(misspelt) && misspelt.message).toMatch(/unknown name "establishmnt"/);
    const late = parseAssumptions([...body, ["name", "value"]]);
    expect(isWorkforceError(late) && late.message).toMatch(/row 5: unknown name "name"/);
  });
});
