/**
 * One runner for every custom function. A function is declared (./declarations.ts) as the
 * readers of its arguments, in @param order, and the core call they feed; the runner reads
 * each argument, stops at the first that fails with that argument's error, calls the core and
 * turns its result into what Excel shows. Nothing here throws: an unexpected exception (a bug,
 * not bad input, which the core reports as values) becomes #VALUE! naming the function.
 *
 * Two shapes, as Excel has them:
 * - `perElement`: the function is worked out element by element with Excel's broadcasting
 *   (./broadcast), so one bad element spoils only its own cell (VACANCYRATE over two columns);
 * - `perCall`: the arguments are read once and the core answers once, a value or a spill
 *   (SUMMARY, PROJECT).
 */
import { isWorkforceError, unwrapSingle, WorkforceError } from "../core";
import { elementwise } from "./broadcast";
import { plainCell } from "./cellValue";
import { errorResult, spill, toExcelMatrix, toExcelValue } from "./adapter";
import type { ExcelCell } from "./adapter";

/** How one argument is read into what the core takes. */
export interface Reader<T> {
  /** The argument's name, exactly its @param in functions.ts (test/functions/declarations.test.ts). */
  readonly name: string;
  /** Whether the argument may be left out (its @param is [bracketed]). */
  readonly optional: boolean;
  /**
   * "element": reads one element (a cell) and, in a `perElement` function, is broadcast;
   * "whole": reads the whole argument once (a table, a one-cell setting such as RAG's direction).
   * In a `perCall` function an element reader reads the argument's single cell.
   */
  readonly scope: "element" | "whole";
  read(value: unknown): T | WorkforceError;
}

type ReadValues<R extends readonly Reader<unknown>[]> = {
  [K in keyof R]: R[K] extends Reader<infer T> ? T : never;
};

/** A declared custom function: its readers (for the @param check) and how it runs. */
export interface Declaration {
  readonly readers: readonly Reader<unknown>[];
  run(args: readonly unknown[]): ExcelCell[][];
}

/** What a per-call core function may answer: one value, a spill (rows first) or an error. */
export type CallResult =
  number | string | boolean | WorkforceError | readonly (readonly unknown[])[];

/**
 * A function worked out element by element: element readers are broadcast over their
 * arguments (a scalar or 1×1 range repeats, equal shapes pair up), whole readers are read once
 * first and the same value is given to every element.
 */
export function perElement<const R extends readonly Reader<unknown>[]>(
  readers: R,
  call: (...values: ReadValues<R>) => unknown,
): Declaration {
  const elementAt: number[] = [];
  const wholeAt: number[] = [];
  readers.forEach((reader, i) => (reader.scope === "element" ? elementAt : wholeAt).push(i));
  const invoke = call as (...values: unknown[]) => unknown;
  return {
    readers,
    run(args) {
      // One array reused for every element: a million-row call allocates per row only its result.
      const values: unknown[] = new Array<unknown>(readers.length);
      for (const i of wholeAt) {
        const value = readers[i].read(args[i] ?? null);
        if (isWorkforceError(value)) return errorResult(value);
        values[i] = value;
      }
      const result = elementwise(
        elementAt.map((i) => args[i] ?? null),
        (...elements) => {
          for (let e = 0; e < elementAt.length; e++) {
            const i = elementAt[e];
            const value = readers[i].read(plainCell(elements[e]));
            if (isWorkforceError(value)) return value;
            values[i] = value;
          }
          return invoke(...values);
        },
      );
      // One cell (one formula a row, the commonest use) skips the two map callbacks.
      return result.length === 1 && result[0].length === 1
        ? [[toExcelValue(result[0][0])]]
        : toExcelMatrix(result);
    },
  };
}

/** A function whose arguments are read once and whose core call answers once. */
export function perCall<const R extends readonly Reader<unknown>[]>(
  readers: R,
  call: (...values: ReadValues<R>) => CallResult,
): Declaration {
  const invoke = call as (...values: unknown[]) => CallResult;
  return {
    readers,
    run(args) {
      const values: unknown[] = new Array<unknown>(readers.length);
      for (let i = 0; i < readers.length; i++) {
        const reader = readers[i];
        const arg = args[i] ?? null;
        const value = reader.read(reader.scope === "element" ? plainCell(unwrapSingle(arg)) : arg);
        if (isWorkforceError(value)) return errorResult(value);
        values[i] = value;
      }
      const result = invoke(...values);
      if (isWorkforceError(result)) return errorResult(result);
      return Array.isArray(result)
        ? spill(result as readonly (readonly unknown[])[])
        : [[toExcelValue(result)]];
    },
  };
}

/** Runs a declaration; an unexpected exception becomes #VALUE! naming the function. */
export function runDeclared(
  id: string,
  declaration: Declaration,
  args: readonly unknown[],
): ExcelCell[][] {
  try {
    return declaration.run(args);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return errorResult(new WorkforceError("invalidValue", `unexpected error in ${id}: ${detail}`));
  }
}
