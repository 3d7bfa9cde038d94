/**
 * Versioned JSON saved in workbook settings. Reading never throws and never writes: a damaged
 * or unknown value is reported (so the pane can show a message) and the caller falls back to
 * defaults, leaving the saved text untouched until the user chooses to save again.
 */
export interface Envelope<T> {
  version: number;
  data: T;
}

export type LoadResult<T> =
  | { status: "absent"; value: T }
  | { status: "ok"; value: T }
  | { status: "damaged"; value: T; problem: string };

export function serialise<T>(version: number, data: T): string {
  const envelope: Envelope<T> = { version, data };
  return JSON.stringify(envelope);
}

/**
 * Parses `text` saved under `what` (used in messages). `validate` returns the data or a
 * sentence saying what is wrong with it.
 */
export function parseSaved<T>(
  text: string | null,
  what: string,
  version: number,
  fallback: T,
  validate: (data: unknown) => T | string,
): LoadResult<T> {
  if (text === null) return { status: "absent", value: fallback };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {
      status: "damaged",
      value: fallback,
      problem: `The saved ${what} are not readable JSON.`,
    };
  }
  if (
    typeof parsed !== "object" ||
    parsed === null ||
    !("version" in parsed) ||
    !("data" in parsed)
  ) {
    return {
      status: "damaged",
      value: fallback,
      problem: `The saved ${what} have an unknown layout.`,
    };
  }
  const envelope = parsed;
  if (envelope.version !== version) {
    return {
      status: "damaged",
      value: fallback,
      problem: `The saved ${what} are version ${String(envelope.version)}; this add-in reads version ${version}.`,
    };
  }
  const result = validate(envelope.data);
  if (typeof result === "string") {
    return {
      status: "damaged",
      value: fallback,
      problem: `The saved ${what} are damaged: ${result}`,
    };
  }
  return { status: "ok", value: result };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
