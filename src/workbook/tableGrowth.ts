/**
 * Excel's table AutoExpansion, for the workbench: a row typed (or pasted) directly below a
 * table, with something in the table's columns, becomes part of the table, as in Excel.
 * Pure; rows and columns are 0-based sheet indices.
 */

export interface TableBounds {
  bottom: number;
  left: number;
  right: number;
}

export interface EditBounds {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * How many rows the table grows by after an edit: the rows of the edit, from the one directly
 * below the table down, that hold a value in the table's columns (stopping at the first that
 * holds none). 0 when the edit is not directly below the table.
 */
export function rowsAddedBelow(
  table: TableBounds,
  edit: EditBounds,
  filled: (row: number, column: number) => boolean,
): number {
  if (edit.top > table.bottom + 1 || edit.bottom <= table.bottom) return 0;
  if (edit.right < table.left || edit.left > table.right) return 0;
  const left = Math.max(table.left, edit.left);
  const right = Math.min(table.right, edit.right);
  let added = 0;
  for (let row = table.bottom + 1; row <= edit.bottom; row++) {
    let any = false;
    for (let column = left; column <= right && !any; column++) any = filled(row, column);
    if (!any) break;
    added += 1;
  }
  return added;
}
