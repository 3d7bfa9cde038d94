/**
 * Column widths in .xlsx files. Excel measures a column in characters of its default font's
 * widest digit (7 pixels for Calibri 11) plus 5 pixels of padding, so 100 pixels are about
 * 13.57 characters; the workbench keeps pixels. Only resized columns are written, and only
 * columns with a width of their own are read back.
 */
import type ExcelJS from "exceljs";

const DIGIT_PIXELS = 7;
const PADDING_PIXELS = 5;

/** Excel's width (characters) for a width in pixels. */
export const excelColumnWidth = (pixels: number): number =>
  Math.round(((pixels - PADDING_PIXELS) / DIGIT_PIXELS) * 100) / 100;

/** Pixels for Excel's width in characters. */
export const pixelColumnWidth = (characters: number): number =>
  Math.round(characters * DIGIT_PIXELS + PADDING_PIXELS);

export function writeColumnWidths(
  worksheet: ExcelJS.Worksheet,
  widths: readonly [number, number][] | undefined,
): void {
  for (const [col, pixels] of widths ?? []) {
    worksheet.getColumn(col + 1).width = excelColumnWidth(pixels);
  }
}

/** The sheet's columns that have a width of their own, as [column, pixels]. */
export function readColumnWidths(worksheet: ExcelJS.Worksheet): [number, number][] {
  const widths: [number, number][] = [];
  // ExcelJS lists the columns the file defines (none: `columns` is null).
  const columns = (worksheet.columns as ExcelJS.Column[] | null) ?? [];
  columns.forEach((column, index) => {
    const width = column.width;
    if (typeof width === "number" && Number.isFinite(width) && width > 0) {
      widths.push([index, Math.min(4000, pixelColumnWidth(width))]);
    }
  });
  return widths;
}
