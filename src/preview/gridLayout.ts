/** The grid's geometry in CSS pixels (fixed row height and column width for now). */
export const ROW_HEIGHT = 24;
export const HEADER_HEIGHT = 24;
export const COLUMN_WIDTH = 100;
export const ROW_HEADER_WIDTH = 52;
