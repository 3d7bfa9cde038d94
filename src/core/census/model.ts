/**
 * A census return as read, before any interpretation: every item's text exactly as the file
 * held it, so validation can quote it and the sheet can show it. Readers (XML and table) both
 * produce this shape; validation and the indicators take it from here.
 */
import type { VacancyItem, WorkerItem } from "./items";

export interface CensusHeader {
  collection?: string;
  year?: string;
  referenceDate?: string;
  /** The three-digit DfE local-authority code. */
  lea?: string;
  sourceLevel?: string;
  softwareCode?: string;
  dateTime?: string;
}

export interface RawWorker {
  /**
   * Where the worker came from, for messages: "worker 12" in an XML file (the 12th CSWWWorker),
   * "row 14" in a table (its row number in the sheet or file).
   */
  source: string;
  /** Each item's values in file order; repeatable items may hold several. Text is trimmed. */
  items: Partial<Record<WorkerItem, string[]>>;
  /** Elements or columns that are not census items, kept so nothing disappears unseen. */
  unknown: string[];
}

export interface CensusReturn {
  header: CensusHeader;
  /** LALevelVacancies, as text; undefined when the return (or table) has none. */
  vacancies?: Partial<Record<VacancyItem, string>>;
  workers: RawWorker[];
  /** Problems with the file itself (as opposed to one worker), already worded for a user. */
  fileProblems: string[];
  /** Things read differently from what the file may mean (extra columns, extra elements). */
  fileWarnings?: string[];
}

/** The first value of an item, or undefined when the worker does not have it. */
export function firstValue(worker: RawWorker, item: WorkerItem): string | undefined {
  const values = worker.items[item];
  return values && values.length > 0 ? values[0] : undefined;
}
