/**
 * Excel's broadcasting for array arithmetic (what `=A1:A3/B1:B3` does), for the custom
 * functions worked out element by element (./runner's `perElement`).
 */
import { NOT_SINGLE, notAvailable, singleElement, toMatrix } from "../core";
import type { Arg, Matrix, WorkforceError } from "../core";
import { trimWholeColumnRows } from "./wholeColumns";

/**
 * Applies `fn` element by element with Excel's broadcasting rules for array arithmetic
 * (what `=A1:A3/B1:B3` does):
 * - a scalar or 1×1 range is used for every element;
 * - ranges of equal shape pair up element by element;
 * - a single row is repeated down, a single column across, to meet a larger range;
 * - where shapes do not match otherwise, the result has the larger extent in each direction
 *   and elements beyond the smaller range are #N/A (Excel fills them with #N/A too);
 * - trailing rows empty in every whole-column argument (A:A) are not elements: the result ends
 *   with the data (`trimWholeColumnRows`).
 * `fn` receives the raw elements (./runner reads them with the declared readers).
 */
export function elementwise<T>(
  args: readonly Arg[],
  fn: (...values: unknown[]) => T | WorkforceError,
): Matrix<T | WorkforceError> {
  const singles = singleElements(args);
  if (singles !== undefined) return [[fn(...singles)]];
  // One result per row: the empty rest of a whole column is not data (see ./ranges).
  const matrices = trimWholeColumnRows(args).map(toMatrix);
  let rows = 1;
  let cols = 1;
  for (const m of matrices) {
    rows = Math.max(rows, m.length);
    cols = Math.max(cols, m[0].length);
  }
  const result: Matrix<T | WorkforceError> = new Array<(T | WorkforceError)[]>(rows);
  // One arguments array reused for every element (fn receives copies through the spread), so a
  // million-row call allocates per row only what it returns.
  const values: unknown[] = new Array<unknown>(matrices.length);
  for (let r = 0; r < rows; r++) {
    const row: (T | WorkforceError)[] = new Array<T | WorkforceError>(cols);
    for (let c = 0; c < cols; c++) {
      let outside = false;
      for (let i = 0; i < matrices.length; i++) {
        const m = matrices[i];
        const rr = m.length === 1 ? 0 : r;
        const cc = m[0].length === 1 ? 0 : c;
        if (rr >= m.length || cc >= m[0].length) {
          outside = true;
          break;
        }
        values[i] = m[rr][cc];
      }
      row[c] = outside
        ? notAvailable("the ranges have different sizes; this element has no partner")
        : fn(...values);
    }
    result[r] = row;
  }
  return result;
}

/**
 * Each argument's only element when every argument is 1×1, so the result is a single element
 * and the broadcasting in `elementwise` would give exactly `fn(...elements)`; else undefined.
 */
function singleElements(args: readonly Arg[]): unknown[] | undefined {
  const elements: unknown[] = [];
  for (let i = 0; i < args.length; i++) {
    const element = singleElement(args[i]);
    if (element === NOT_SINGLE) return undefined;
    elements.push(element);
  }
  return elements;
}
