import { WorkbookError } from "../workbook/types";

/** A message fit for the pane. Host errors are already worded for users; anything else is wrapped. */
export function messageOf(error: unknown): string {
  if (error instanceof WorkbookError) return error.message;
  if (error instanceof Error) return `Something went wrong: ${error.message}`;
  return `Something went wrong: ${String(error)}`;
}
