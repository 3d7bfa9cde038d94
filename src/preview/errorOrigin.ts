/**
 * Where a formula's error comes from. A formula reading a range that holds an error shows that
 * error; Excel's users then need the cell that holds it, not an explanation of this formula's
 * own arithmetic. The engine keeps, with each error, the cell that first made it.
 */
import { DetailedCellError } from "hyperformula";
import type { HyperFormula, SimpleCellAddress } from "hyperformula";

/**
 * The cell that made the error the formula at `address` shows, when the formula passed it on
 * from a cell it reads; null when the formula made the error itself, or shows no error.
 */
export function errorOrigin(
  hf: HyperFormula,
  address: SimpleCellAddress,
): SimpleCellAddress | null {
  const shown = hf.getCellValue(address);
  if (!(shown instanceof DetailedCellError) || shown.address === undefined) return null;
  const origin = hf.simpleCellAddressFromString(shown.address, address.sheet);
  if (!origin) return null;
  const same =
    origin.sheet === address.sheet && origin.row === address.row && origin.col === address.col;
  return same ? null : origin;
}
