/**
 * Office errors in words a user can act on. The codes are those Microsoft documents for the
 * application-specific APIs ("Error handling with the application-specific JavaScript APIs",
 * office-js-docs-pr docs/testing/application-specific-api-error-handling.md: the common table
 * and the Excel-specific one). A code not listed falls back to Office's own message.
 */

/** Each documented code and what the user should do about it. */
const ADVICE: Readonly<Record<string, string>> = {
  AccessDenied:
    "Excel refused access. The workbook or sheet may be protected or read-only, or security software may be blocking Office: unprotect it or check with IT, then try again.",
  InsufficientPermission:
    "the workbook or sheet is protected or read-only. Unprotect it and try again.",
  ActivityLimitReached: "Excel is busy with too many requests. Wait a moment and try again.",
  ApiNotAvailable:
    "this version of Excel does not offer what the add-in needs. Update Excel and try again.",
  ApiNotFound:
    "this version of Excel does not offer what the add-in needs (ExcelApi 1.9). Update Excel, or use Microsoft 365 or Excel on the web.",
  Conflict: "someone else changed the workbook at the same time. Try again.",
  EmptyChartSeries: "a chart series has no data to draw.",
  FilteredRangeConflict: "a filter is in the way. Clear the filter on the sheet and try again.",
  FormulaLengthExceedsLimit: "a formula is longer than Excel allows.",
  GeneralException:
    "Excel reported an internal error. Try again; if it keeps happening, reopen the workbook.",
  InactiveWorkbook:
    "several workbooks are open and this one lost focus. Click into this workbook and try again.",
  InsertDeleteConflict: "inserting or deleting cells would clash with something on the sheet.",
  InvalidArgument: "Excel rejected the request as not valid.",
  InvalidBinding: "a link to part of the workbook is no longer valid. Refresh and try again.",
  InvalidOperation: "Excel cannot do that to the workbook as it is now.",
  InvalidOperationInCellEditMode:
    "Excel is editing a cell. Press Enter or Esc to finish editing, then try again.",
  InvalidReference:
    "a sheet, table or range it needs is not valid any more. Refresh and try again.",
  InvalidRequest: "Excel could not process the request. Try again.",
  InvalidSelection:
    "the current selection cannot be used for this. Select a single cell or range and try again.",
  ItemAlreadyExists: "something with that name already exists. Try again with another name.",
  ItemNotFound: "a sheet, table or range it needs no longer exists. Refresh and try again.",
  MemoryLimitReached:
    "Excel ran out of memory for this request. Close other workbooks or use a smaller table, then try again.",
  MergedRangeConflict:
    "merged cells, a PivotTable or another table are in the way. Unmerge or move them and try again.",
  NonBlankCellOffSheet:
    "there is no room: cells would be pushed off the end of the sheet. Delete unused rows or columns and try again.",
  NotImplemented: "this version of Excel does not support it. Update Excel and try again.",
  OperationCellsExceedLimit:
    "it would change more cells than Excel on the web allows in one go. Remove unused data beside the table and try again.",
  PivotTableRangeConflict: "a PivotTable is in the way. Move it and try again.",
  RangeExceedsLimit:
    "the range has more cells than Excel allows in one request. Use a smaller table.",
  RequestAborted: "the request was interrupted. Try again.",
  RequestPayloadSizeLimitExceeded:
    "one piece of data is bigger than Excel on the web accepts in one request (5 MB). The add-in already sends big tables in parts, so a single row must be very large: shorten very long cells and try again.",
  ResponsePayloadSizeLimitExceeded:
    "the data is bigger than Excel on the web returns in one request (5 MB), even one row at a time. Shorten very long cells and try again.",
  ServiceNotAvailable: "the Excel service is not available. Check the connection and try again.",
  Unauthenticated: "you are not signed in, or your sign-in has expired. Sign in again and retry.",
  UndoNotSupported: "Excel could not do this because it cannot be undone here.",
  UnsupportedFeature: "the sheet uses a feature this operation does not support.",
  UnsupportedOperation: "Excel does not support that operation here.",
  UnsupportedSheet: "it works on worksheets only, not chart or macro sheets.",
};

/** The `code` of an OfficeExtension.Error (or any error-shaped value), or "". */
export function officeErrorCode(error: unknown): string {
  return typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
}

/** "Could not <action>: <advice>", or Office's own message for an undocumented code. */
export function friendlyOfficeMessage(action: string, error: unknown): string {
  const advice = ADVICE[officeErrorCode(error)];
  if (advice) return `Could not ${action}: ${advice}`;
  const detail = error instanceof Error && error.message ? ` (${error.message})` : ".";
  return `Could not ${action}${detail}`;
}

/** The codes above, for tests. */
export const DOCUMENTED_OFFICE_ERROR_CODES: readonly string[] = Object.keys(ADVICE);
