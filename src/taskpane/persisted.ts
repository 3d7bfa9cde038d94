/**
 * Versioned JSON saved in workbook settings, read one way everywhere (targets, scenarios, column
 * and value choices, the benchmark area): keep the damaged text, show what was lost, and keep
 * everything that is still valid.
 *
 * - Reading never throws and never writes. A validator returns the data, a sentence saying why
 *   none of it can be used, or `salvaged(valid part, what was lost)`, so one bad scenario
 *   drops that scenario only and one bad target falls back to its default alone.
 * - A damaged load is reported with its problem; `keepDamagedCopy` then keeps the saved text
 *   beside the setting (once), so a later save cannot lose it.
 */
import type { WorkbookHost } from "../workbook/types";

export interface Envelope<T> {
  version: number;
  data: T;
}

export type LoadResult<T> =
  | { status: "absent"; value: T }
  | { status: "ok"; value: T }
  | {
      status: "damaged";
      /** What is still valid (the fallback when nothing is). */
      value: T;
      /** One sentence for the user: what could not be read and what is used instead. */
      problem: string;
      /** Each thing that was dropped, with its reason. */
      lost: string[];
    };

/** What a validator could keep from saved data, and a sentence for each thing it dropped. */
export class Salvaged<T> {
  constructor(
    readonly value: T,
    readonly lost: readonly string[],
  ) {}
}

export const salvaged = <T>(value: T, lost: readonly string[]): Salvaged<T> =>
  new Salvaged(value, lost);

export function serialise<T>(version: number, data: T): string {
  const envelope: Envelope<T> = { version, data };
  return JSON.stringify(envelope);
}

/** The setting a damaged saved value is kept under. */
export const damagedKey = (key: string): string => `${key}.damaged`;

/**
 * Parses `text` saved under `what` (used in messages: "the saved targets"). `validate` returns
 * the data, a sentence saying what is wrong with all of it, or what it could salvage.
 */
export function parseSaved<T>(
  text: string | null,
  what: string,
  version: number,
  fallback: T,
  validate: (data: unknown) => T | string | Salvaged<T>,
): LoadResult<T> {
  if (text === null) return { status: "absent", value: fallback };
  const none = (problem: string): LoadResult<T> => ({
    status: "damaged",
    value: fallback,
    problem,
    lost: [`all the saved ${what}`],
  });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return none(`The saved ${what} are not readable JSON.`);
  }
  if (
    typeof parsed !== "object" ||
    parsed === null ||
    !("version" in parsed) ||
    !("data" in parsed)
  ) {
    return none(`The saved ${what} have an unknown layout.`);
  }
  const envelope = parsed;
  if (envelope.version !== version) {
    return none(
      `The saved ${what} are version ${String(envelope.version)}; this add-in reads version ${version}.`,
    );
  }
  const result = validate(envelope.data);
  if (typeof result === "string") return none(`The saved ${what} are damaged: ${result}`);
  if (result instanceof Salvaged) {
    if (result.lost.length === 0) return { status: "ok", value: result.value };
    return {
      status: "damaged",
      value: result.value,
      problem: `Some of the saved ${what} could not be read and are not used: ${result.lost.map((item) => item.replace(/\.$/, "")).join("; ")}. The rest are.`,
      lost: [...result.lost],
    };
  }
  return { status: "ok", value: result };
}

/** Damaged copies kept per setting at most; older ones are never overwritten. */
const MAX_DAMAGED_COPIES = 5;

/**
 * Keeps the text of a damaged setting beside it (`key.damaged`, then `key.damaged.2` …), once
 * per text: an earlier damaged copy is never overwritten. Resolves with the setting it is kept
 * under, or null when no room is left for another copy.
 */
export async function keepDamagedCopy(
  host: WorkbookHost,
  key: string,
  text: string,
): Promise<string | null> {
  for (let i = 1; i <= MAX_DAMAGED_COPIES; i++) {
    const copyKey = i === 1 ? damagedKey(key) : `${damagedKey(key)}.${i}`;
    const existing = await host.getSetting(copyKey);
    if (existing === text) return copyKey;
    if (existing === null) {
      await host.setSetting(copyKey, text);
      return copyKey;
    }
  }
  return null;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
