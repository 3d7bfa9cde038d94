/**
 * The sheet grid: virtualised rows (a 10,000-row sheet renders only what is visible), Excel's
 * keys (useGridKeys), the in-cell editor, and charts drawn over the sheet at their anchor
 * cells, inside the scrolling area and under the row and column headers.
 */
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import type { UIEvent } from "react";
import { cellAddress, columnLetters, parseCell } from "../workbook/a1";
import type { CellRef } from "../workbook/a1";
import { CellEditor, type Advance, type Editing } from "./CellEditor";
import { ChartView } from "./ChartView";
import { farCorner, LAST_COL, LAST_ROW, spanning } from "./gridNavigation";
import { COLUMN_WIDTH, HEADER_HEIGHT, ROW_HEADER_WIDTH, ROW_HEIGHT } from "./gridLayout";
import { GridRow } from "./GridRow";
import { useGridKeys } from "./useGridKeys";
import type { WorkbookModel } from "./workbookModel";

const MIN_ROWS = 200;
const MIN_COLS = 26;
const OVERSCAN = 8;

export interface GridProps {
  model: WorkbookModel;
  version: number;
  /** Commits typed text into a cell (Enter in the in-cell editor). */
  onCommit: (ref: CellRef, text: string) => void;
}

export function Grid({ model, version, onCommit }: GridProps) {
  const sheet = model.selection.sheet;
  const active = model.selection.active;
  const range = model.selection.range;
  const scroller = useRef<HTMLDivElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const [viewport, setViewport] = useState({ top: 0, left: 0, height: 600, width: 1000 });
  const [editing, setEditing] = useState<Editing | null>(null);

  const used = model.usedSize(sheet);
  // Room past the data and past the selection, never past the sheet's last row and column.
  const rowCount = Math.min(LAST_ROW + 1, Math.max(MIN_ROWS, used.rows + 50, range.end.row + 20));
  const colCount = Math.min(LAST_COL + 1, Math.max(MIN_COLS, used.cols + 5, range.end.col + 5));

  const onScroll = (event: UIEvent<HTMLDivElement>) => {
    const el = event.currentTarget;
    setViewport({
      top: el.scrollTop,
      left: el.scrollLeft,
      height: el.clientHeight,
      width: el.clientWidth,
    });
  };

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () =>
      setViewport({
        top: el.scrollTop,
        left: el.scrollLeft,
        height: el.clientHeight,
        width: el.clientWidth,
      });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // Keep the cell the keys last moved in view, as Excel does: the active cell, or the far
  // corner of a selection that Shift extended.
  const far = farCorner(range, active);
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const top = HEADER_HEIGHT + far.row * ROW_HEIGHT;
    const left = ROW_HEADER_WIDTH + far.col * COLUMN_WIDTH;
    if (top - HEADER_HEIGHT < el.scrollTop) el.scrollTop = top - HEADER_HEIGHT;
    else if (top + ROW_HEIGHT > el.scrollTop + el.clientHeight)
      el.scrollTop = top + ROW_HEIGHT - el.clientHeight;
    if (left - ROW_HEADER_WIDTH < el.scrollLeft) el.scrollLeft = left - ROW_HEADER_WIDTH;
    else if (left + COLUMN_WIDTH > el.scrollLeft + el.clientWidth) {
      el.scrollLeft = left + COLUMN_WIDTH - el.clientWidth;
    }
  }, [far.row, far.col, sheet]);

  const focusGrid = () => gridRef.current?.focus();
  const pageRows = Math.max(1, Math.floor(viewport.height / ROW_HEIGHT) - 2);
  const { onGridKeyDown, advance } = useGridKeys({
    model,
    sheet,
    active,
    range,
    pageRows,
    startEdit: (text) => setEditing({ ref: active, text }),
  });

  const endEdit = (commit: boolean, then?: Advance, refocus = true) => {
    if (!editing) return;
    if (commit) onCommit(editing.ref, editing.text);
    setEditing(null);
    if (commit && then) advance(then.key, then.shift);
    if (refocus) focusGrid();
  };

  const onCellMouseDown = (ref: CellRef, extend: boolean) => {
    if (extend) model.select(sheet, spanning(active, ref), active);
    else model.selectCell(sheet, ref);
    focusGrid();
  };

  // Visible window.
  const firstRow = Math.max(0, Math.floor(viewport.top / ROW_HEIGHT) - OVERSCAN);
  const lastRow = Math.min(
    rowCount - 1,
    Math.ceil((viewport.top + viewport.height) / ROW_HEIGHT) + OVERSCAN,
  );
  const firstCol = Math.max(0, Math.floor(viewport.left / COLUMN_WIDTH) - 2);
  const lastCol = Math.min(
    colCount - 1,
    Math.ceil((viewport.left + viewport.width) / COLUMN_WIDTH) + 2,
  );
  const columns: number[] = [];
  for (let c = firstCol; c <= lastCol; c++) columns.push(c);

  // Excel outlines the whole spill range while one of its cells is selected.
  const spill = model.spillRangeAt(sheet, active);
  const rows = [];
  for (let row = firstRow; row <= lastRow; row++) {
    rows.push(
      <GridRow
        key={row}
        model={model}
        sheet={sheet}
        row={row}
        columns={columns}
        colCount={colCount}
        active={active}
        range={range}
        spill={spill}
        onCellMouseDown={onCellMouseDown}
        onCellDoubleClick={(ref) => setEditing({ ref, text: model.getInput(sheet, ref) })}
      />,
    );
  }

  return (
    <div className="grid-scroller" ref={scroller} onScroll={onScroll}>
      <div
        className="grid-sizer"
        style={{
          height: HEADER_HEIGHT + rowCount * ROW_HEIGHT,
          width: ROW_HEADER_WIDTH + colCount * COLUMN_WIDTH,
        }}
      >
        <div
          ref={gridRef}
          role="grid"
          aria-label={`Sheet ${sheet}`}
          aria-rowcount={rowCount + 1}
          aria-colcount={colCount + 1}
          aria-multiselectable="true"
          // Only point at the active cell while it is rendered (rows are virtualised).
          aria-activedescendant={
            active.row >= firstRow &&
            active.row <= lastRow &&
            active.col >= firstCol &&
            active.col <= lastCol
              ? `cell-${cellAddress(active)}`
              : undefined
          }
          tabIndex={0}
          className="grid"
          data-version={version}
          onKeyDown={onGridKeyDown}
          onCopy={(event) => {
            event.preventDefault();
            event.clipboardData.setData("text/plain", model.rangeAsText(sheet, range));
          }}
          onPaste={(event) => {
            // Tab-separated rows, as Excel and other spreadsheets put on the clipboard.
            event.preventDefault();
            const text = event.clipboardData.getData("text/plain");
            if (text === "") return;
            model.pasteText(sheet, active, text);
          }}
        >
          <div
            role="row"
            aria-rowindex={1}
            className="grid-header-row"
            style={{ width: ROW_HEADER_WIDTH + colCount * COLUMN_WIDTH }}
          >
            <div role="columnheader" className="corner">
              <span className="visually-hidden">Rows and columns</span>
            </div>
            {columns.map((col) => (
              <div
                key={col}
                role="columnheader"
                aria-colindex={col + 2}
                className={`col-header${col >= range.start.col && col <= range.end.col ? " col-header-selected" : ""}`}
                style={{ left: ROW_HEADER_WIDTH + col * COLUMN_WIDTH }}
              >
                {columnLetters(col)}
              </div>
            ))}
          </div>
          {rows}
        </div>
        {model.charts
          .filter((chart) => chart.sheet === sheet)
          .map((chart) => {
            const anchor = parseCell(chart.spec.anchor) ?? { row: 0, col: 0 };
            return (
              <ChartView
                key={chart.id}
                model={model}
                sheet={sheet}
                spec={chart.spec}
                style={{
                  top: HEADER_HEIGHT + anchor.row * ROW_HEIGHT,
                  left: ROW_HEADER_WIDTH + anchor.col * COLUMN_WIDTH,
                }}
              />
            );
          })}
        {editing && <CellEditor editing={editing} onChange={setEditing} onEnd={endEdit} />}
      </div>
    </div>
  );
}
