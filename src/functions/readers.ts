/**
 * Argument readers shared by the custom functions (./runner). Each reads what Excel passes for
 * one argument (a cell's value, or a range) into what the core takes, or returns the
 * `WorkforceError` naming the argument; none throws.
 */
import {
  directionOf,
  isBlank,
  isWorkforceError,
  invalidValue,
  latestThirtySeptember,
  parseDateCell,
  ragTargetOf,
  toNumberArg,
  toTextArg,
  unwrapSingle,
} from "../core";
import type { Direction, NumberArgOptions, RagTarget, WorkforceError } from "../core";
import { plainMatrixArg } from "./adapter";
import { plainCell } from "./cellValue";
import type { Reader } from "./runner";

/** A reader of one element (broadcast in a per-element function). */
export function elementReader<T>(
  name: string,
  optional: boolean,
  read: (value: unknown) => T | WorkforceError,
): Reader<T> {
  return { name, optional, scope: "element", read };
}

/** A reader of the whole argument, read once per call. */
export function wholeReader<T>(
  name: string,
  optional: boolean,
  read: (value: unknown) => T | WorkforceError,
): Reader<T> {
  return { name, optional, scope: "whole", read };
}

/** A required number (blank and DfE markers are #N/A, text #VALUE!: core/args). */
export const number = (name: string, options: NumberArgOptions = {}): Reader<number> =>
  elementReader(name, false, (value) => toNumberArg(value, name, options));

/** An optional number: blank, or left out, gives `fallback`. */
export const optionalNumber = (
  name: string,
  fallback: number,
  options: NumberArgOptions = {},
): Reader<number> =>
  elementReader(name, true, (value) =>
    isBlank(value) ? fallback : toNumberArg(value, name, options),
  );

/** An optional number whose absence means something of its own: blank gives undefined. */
export const numberOrNothing = (
  name: string,
  options: NumberArgOptions = {},
): Reader<number | undefined> =>
  elementReader(name, true, (value) =>
    isBlank(value) ? undefined : toNumberArg(value, name, options),
  );

/** Required text, trimmed (a linked data type reads as the text its cell shows). */
export const text = (name: string): Reader<string> =>
  elementReader(name, false, (value) => toTextArg(value, name));

/** An optional year such as 2025 (a number or four digits as text); blank gives undefined. */
export const year = (name: string): Reader<number | undefined> =>
  elementReader(name, true, (value) => {
    if (isBlank(value)) return undefined;
    const digits = typeof value === "string" ? value.trim() : undefined;
    const whole =
      digits !== undefined && /^\d{4}$/.test(digits) ? Number(digits) : toNumberArg(value, name);
    if (isWorkforceError(whole)) return whole;
    return Number.isInteger(whole)
      ? whole
      : invalidValue(`${name} must be a whole year such as 2025 (got ${whole})`);
  });

/** A RAG target: a number, or a measure's name for its default target (core/status). */
export const ragTarget = (name: string): Reader<RagTarget> =>
  elementReader(name, false, ragTargetOf);

/** An optional direction in words ("lower", "higher"), the same for every element. */
export const direction = (name: string): Reader<Direction | undefined> =>
  wholeReader(name, true, (value) => {
    const single = plainCell(unwrapSingle(value));
    if (isBlank(single)) return undefined;
    const words = toTextArg(single, name);
    return isWorkforceError(words) ? words : directionOf(words);
  });

/**
 * An optional reference date: a date serial, or date text (ISO or day-first); the latest
 * 30 September when blank.
 */
export const referenceDate = (name: string): Reader<number> =>
  elementReader(name, true, (value) => {
    if (isBlank(value)) return latestThirtySeptember();
    const serial =
      typeof value === "number" || typeof value === "string" ? parseDateCell(value) : null;
    return (
      serial ??
      invalidValue(
        `${name} ${typeof value === "string" ? `"${value}"` : String(value)} is not a date; give a date such as 30/09/2025`,
      )
    );
  });

/** A range as plain values (data types and error cells read, trailing blank rows dropped). */
export const range = (name: string): Reader<unknown[][]> =>
  wholeReader(name, false, plainMatrixArg);
