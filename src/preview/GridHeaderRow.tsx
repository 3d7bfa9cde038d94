/**
 * The grid's column headers, as Excel has them: click (Shift+click to extend) selects whole
 * columns, dragging a header's right edge resizes its column, and double-clicking the edge
 * fits the column to its contents.
 */
import { useRef } from "react";
import type { MouseEvent as ReactMouseEvent } from "react";
import { columnLetters } from "../workbook/a1";
import type { RangeRef } from "../workbook/a1";
import { ROW_HEADER_WIDTH, type ColumnLayout } from "./gridLayout";

export interface GridHeaderRowProps {
  columns: number[];
  totalWidth: number;
  layout: ColumnLayout;
  range: RangeRef;
  /** Whole columns from the anchor's to `col` (extend) or `col` alone. */
  onSelectColumn: (col: number, extend: boolean) => void;
  /** A new width while dragging (`done` on release). */
  onResize: (col: number, width: number, done: boolean) => void;
  onAutofit: (col: number) => void;
}

export function GridHeaderRow({
  columns,
  totalWidth,
  layout,
  range,
  onSelectColumn,
  onResize,
  onAutofit,
}: GridHeaderRowProps) {
  const drag = useRef<{ col: number; startX: number; startWidth: number } | null>(null);

  const startResize = (event: ReactMouseEvent, col: number) => {
    event.preventDefault();
    event.stopPropagation();
    drag.current = { col, startX: event.clientX, startWidth: layout.width(col) };
    const widthAt = (x: number) => {
      const current = drag.current;
      return current ? current.startWidth + x - current.startX : 0;
    };
    const move = (e: MouseEvent) => {
      if (drag.current) onResize(drag.current.col, widthAt(e.clientX), false);
    };
    const up = (e: MouseEvent) => {
      if (drag.current) onResize(drag.current.col, widthAt(e.clientX), true);
      drag.current = null;
      window.removeEventListener("mousemove", move);
      window.removeEventListener("mouseup", up);
    };
    window.addEventListener("mousemove", move);
    window.addEventListener("mouseup", up);
  };

  return (
    <div
      role="row"
      aria-rowindex={1}
      className="grid-header-row"
      style={{ width: ROW_HEADER_WIDTH + totalWidth }}
    >
      <div role="columnheader" className="corner">
        <span className="visually-hidden">Rows and columns</span>
      </div>
      {columns.map((col) => {
        const letters = columnLetters(col);
        const selected = col >= range.start.col && col <= range.end.col;
        return (
          <div
            key={col}
            role="columnheader"
            aria-colindex={col + 2}
            aria-label={`Column ${letters}`}
            data-col={col}
            className={`col-header${selected ? " col-header-selected" : ""}`}
            style={{ left: ROW_HEADER_WIDTH + layout.left(col), width: layout.width(col) }}
            onMouseDown={(event) => {
              if (event.button !== 0) return;
              event.preventDefault();
              onSelectColumn(col, event.shiftKey);
            }}
          >
            {letters}
            <span
              className="col-resize"
              data-resize={letters}
              aria-hidden="true"
              onMouseDown={(event) => startResize(event, col)}
              onDoubleClick={(event) => {
                event.stopPropagation();
                onAutofit(col);
              }}
            />
          </div>
        );
      })}
    </div>
  );
}
