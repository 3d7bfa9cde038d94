/**
 * A census return as read, before any interpretation: every item's text exactly as the file
 * held it, so validation can quote it and the sheet can show it. Readers (XML and table) both
 * produce this shape; validation and the indicators take it from here.
 */
import { WORKER_ITEMS, type VacancyItem, type WorkerItem } from "./items";

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

/** Each item's position in WORKER_ITEMS, the order a worker's values are kept in. */
export const ITEM_INDEX: ReadonlyMap<WorkerItem, number> = new Map(
  WORKER_ITEMS.map((item, i) => [item, i]),
);

/** An item's values in file order; repeatable items may hold several. Text is trimmed. */
export type ItemValues = readonly string[];

/**
 * One worker as read. Values are kept by item position (WORKER_ITEMS order) rather than by
 * name: a table of 200,000 workers is read and checked item by item, and an array of 23 is
 * much cheaper to fill and read than an object of 23 named keys.
 */
export class RawWorker {
  /** Indexed like WORKER_ITEMS; undefined where the worker does not have the item. */
  readonly values: (ItemValues | undefined)[];

  /**
   * `source` says where the worker came from, for messages: "worker 12" in an XML file (the
   * 12th CSWWWorker), "row 14" in a table (its row number in the sheet or file). `unknown`
   * lists elements or columns that are not census items, kept so nothing disappears unseen.
   */
  constructor(
    readonly source: string,
    readonly unknown: readonly string[] = [],
  ) {
    this.values = new Array<ItemValues | undefined>(WORKER_ITEMS.length).fill(undefined);
  }

  /** The values of `item`, or undefined when the worker does not have it. */
  get(item: WorkerItem): ItemValues | undefined {
    return this.values[ITEM_INDEX.get(item) as number];
  }

  set(item: WorkerItem, values: ItemValues | undefined): void {
    this.values[ITEM_INDEX.get(item) as number] = values;
  }

  /** The items the worker has, by name (made on each call: for reading one worker, not many). */
  get items(): Partial<Record<WorkerItem, ItemValues>> {
    const items: Partial<Record<WorkerItem, ItemValues>> = {};
    this.values.forEach((values, i) => {
      if (values !== undefined) items[WORKER_ITEMS[i]] = values;
    });
    return items;
  }
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
  const values = worker.get(item);
  return values && values.length > 0 ? values[0] : undefined;
}
