/**
 * One rendered row of the sheet: its row header and the visible cells, each showing its
 * value, selection, table styling and the outline of a spill range.
 */
import { cellAddress } from "../workbook/a1";
import type { CellRef, RangeRef } from "../workbook/a1";
import { HEADER_HEIGHT, ROW_HEADER_WIDTH, ROW_HEIGHT, type ColumnLayout } from "./gridLayout";
import type { WorkbookModel } from "./workbookModel";

export interface GridRowProps {
  model: WorkbookModel;
  sheet: string;
  row: number;
  columns: number[];
  layout: ColumnLayout;
  /** Width of all the rendered sheet's columns. */
  totalWidth: number;
  active: CellRef;
  range: RangeRef;
  /** The spill range of the active cell's formula, outlined as Excel does. */
  spill: RangeRef | null;
  onCellMouseDown: (ref: CellRef, extend: boolean) => void;
  /** Selects the whole row (Shift: from the active cell's row). */
  onRowHeaderMouseDown: (row: number, extend: boolean) => void;
  onCellDoubleClick: (ref: CellRef) => void;
}

const within = (range: RangeRef, row: number, col: number) =>
  row >= range.start.row && row <= range.end.row && col >= range.start.col && col <= range.end.col;

function spillEdges(spill: RangeRef | null, row: number, col: number): string {
  if (!spill || !within(spill, row, col)) return "";
  const edges = ["cell-spill"];
  if (row === spill.start.row) edges.push("spill-top");
  if (row === spill.end.row) edges.push("spill-bottom");
  if (col === spill.start.col) edges.push("spill-left");
  if (col === spill.end.col) edges.push("spill-right");
  return edges.join(" ");
}

export function GridRow({
  model,
  sheet,
  row,
  columns,
  layout,
  totalWidth,
  active,
  range,
  spill,
  onCellMouseDown,
  onRowHeaderMouseDown,
  onCellDoubleClick,
}: GridRowProps) {
  return (
    <div
      role="row"
      aria-rowindex={row + 2}
      className="grid-row"
      style={{
        top: HEADER_HEIGHT + row * ROW_HEIGHT,
        width: ROW_HEADER_WIDTH + totalWidth,
      }}
    >
      <div
        role="rowheader"
        className={`row-header${row >= range.start.row && row <= range.end.row ? " row-header-selected" : ""}`}
        aria-label={`Row ${row + 1}`}
        data-row={row}
        onMouseDown={(event) => {
          if (event.button !== 0) return;
          event.preventDefault();
          onRowHeaderMouseDown(row, event.shiftKey);
        }}
      >
        {row + 1}
      </div>
      {columns.map((col) => {
        const ref = { row, col };
        const display = model.display(sheet, ref);
        const address = cellAddress(ref);
        const selected = within(range, row, col);
        const table = display.kind === "empty" ? undefined : model.tableAt(sheet, ref);
        const isHeader = table !== undefined && table.range.start.row === row;
        const classes = [
          "cell",
          `cell-${display.kind}`,
          row === active.row && col === active.col ? "cell-active" : "",
          selected ? "cell-selected" : "",
          table ? (isHeader ? "cell-table-header" : "cell-table") : "",
          spillEdges(spill, row, col),
        ];
        return (
          <div
            key={col}
            id={`cell-${address}`}
            role="gridcell"
            aria-colindex={col + 2}
            aria-selected={selected}
            data-address={address}
            className={classes.join(" ")}
            style={{ left: ROW_HEADER_WIDTH + layout.left(col), width: layout.width(col) }}
            title={display.error ? `${display.error.code} ${display.error.message}` : undefined}
            onMouseDown={(event) => {
              event.preventDefault();
              onCellMouseDown(ref, event.shiftKey);
            }}
            onDoubleClick={() => onCellDoubleClick(ref)}
          >
            {display.text}
          </div>
        );
      })}
    </div>
  );
}
