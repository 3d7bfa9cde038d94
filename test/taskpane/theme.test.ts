import { isDarkColour } from "../../src/taskpane/theme";

describe("isDarkColour", () => {
  it("reads Office's dark and black themes as dark and the others as light", () => {
    expect(isDarkColour("#262626")).toBe(true); // Dark Grey
    expect(isDarkColour("#000000")).toBe(true); // Black
    expect(isDarkColour("#FFFFFF")).toBe(false); // White
    expect(isDarkColour("#E6E6E6")).toBe(false); // Colorful / light grey
    expect(isDarkColour(undefined)).toBe(false); // outside Office
    expect(isDarkColour("not a colour")).toBe(false);
  });
});
