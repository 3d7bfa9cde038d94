/**
 * The pane's "Insert sample data": the sample's sheets, and its reference date when the workbook
 * has none (so the dashboard counts its leavers); otherwise a note that its figures are as at
 * 30 September 2021.
 */
import { useState } from "react";
import { longDate } from "../core/dates";
import type { WorkbookHost } from "../workbook/types";
import type { Notice } from "./notices";
import { messageOf } from "./errors";
import { insertSampleWorkbook, SAMPLE_REFERENCE_SERIAL } from "./sampleInsert";

export function useSampleInsert({
  host,
  referenceDate,
  setReferenceDate,
  notify,
  reportError,
  refresh,
}: {
  host: WorkbookHost;
  /** The reference date in use; undefined while the settings load. */
  referenceDate: number | undefined;
  setReferenceDate: (serial: number) => void;
  notify: (notice: Notice) => void;
  reportError: (message: string) => void;
  refresh: () => void;
}): { inserting: boolean; insertSample: () => void } {
  const [inserting, setInserting] = useState(false);
  const insertSample = () => {
    setInserting(true);
    insertSampleWorkbook(host).then(
      ({ sheet, referenceDateSet }) => {
        setInserting(false);
        if (referenceDateSet) setReferenceDate(SAMPLE_REFERENCE_SERIAL);
        const differs = !referenceDateSet && referenceDate !== SAMPLE_REFERENCE_SERIAL;
        notify({
          intent: "success",
          text:
            `Sample data added on the sheet "${sheet}".` +
            (differs
              ? ` Its figures are as at ${longDate(SAMPLE_REFERENCE_SERIAL)}: set that reference date on the Data tab to count its leavers and starters.`
              : ""),
        });
        refresh();
      },
      (e: unknown) => {
        setInserting(false);
        reportError(messageOf(e));
      },
    );
  };
  return { inserting, insertSample };
}
