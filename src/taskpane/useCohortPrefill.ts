/**
 * The scenario form's pre-fill: the dashboard's figures and the workbook's own cohorts (its
 * "Cohorts" sheet), with the start month and horizon widened so that no cohort read is left
 * out. The sheet is read again whenever the dashboard's figures change (the workbook changed).
 */
import { useCallback, useEffect, useMemo, useState } from "react";
import type { Assumptions, Cohort } from "../core/planning";
import type { WorkbookHost } from "../workbook/types";
import { messageOf } from "./errors";
import { draftFrom, type ScenarioDraft } from "./scenarioForm";
import { horizonFor, readWorkbookCohorts, type WorkbookCohorts } from "./workbookCohorts";

const NO_COHORTS: readonly Cohort[] = [];

export interface PrefillNote {
  text: string;
  warning: boolean;
}

export interface CohortPrefill {
  /** The pre-filled draft for a new scenario of `months` months called `name`. */
  draftFor: (name: string, months: number) => ScenarioDraft;
  /** What the pre-fill took from the workbook, or why it could not; null when nothing. */
  note: PrefillNote | null;
}

export function prefillNote(
  workbook: WorkbookCohorts | null,
  dashboardStart: string,
  startMonth: string,
): PrefillNote | null {
  if (!workbook || workbook.kind === "none") return null;
  if (workbook.kind === "problem") return { text: workbook.message, warning: true };
  const count = workbook.cohorts.length;
  if (count === 0) return null;
  const moved =
    startMonth !== dashboardStart
      ? ` The start month is ${startMonth}, the first cohort's month, so that none is left out.`
      : "";
  return {
    text: `${count} cohort${count === 1 ? "" : "s"} from the sheet "${workbook.sheet}".${moved}`,
    warning: false,
  };
}

export function useCohortPrefill(host: WorkbookHost, base: Assumptions): CohortPrefill {
  const [workbook, setWorkbook] = useState<WorkbookCohorts | null>(null);

  useEffect(() => {
    let current = true;
    void readWorkbookCohorts(host).then(
      (read) => {
        if (current) setWorkbook(read);
      },
      (error: unknown) => {
        if (!current) return;
        setWorkbook({
          kind: "problem",
          sheet: "",
          message: `The workbook's cohorts could not be read for the form: ${messageOf(error)}`,
        });
      },
    );
    return () => {
      current = false;
    };
  }, [host, base]);

  const cohorts = useMemo(
    () => (workbook?.kind === "read" ? workbook.cohorts : NO_COHORTS),
    [workbook],
  );
  const draftFor = useCallback(
    (name: string, months: number) => {
      const horizon = horizonFor(cohorts, base.startMonth, months);
      return draftFrom(name, { ...base, startMonth: horizon.startMonth }, cohorts, horizon.months);
    },
    [base, cohorts],
  );
  const start = horizonFor(cohorts, base.startMonth, 1).startMonth;
  return { draftFor, note: prefillNote(workbook, base.startMonth, start) };
}
