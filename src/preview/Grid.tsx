/**
 * The sheet grid: virtualised rows (a 10,000-row sheet renders only what is visible),
 * keyboard navigation like Excel (arrows, Enter, Tab, typing starts an edit, F2, Delete)
 * and charts drawn over the sheet at their anchor cells.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import type { KeyboardEvent as ReactKeyboardEvent, UIEvent } from "react";
import { cellAddress, columnLetters, parseCell } from "../workbook/a1";
import type { CellRef } from "../workbook/a1";
import { ChartView } from "./ChartView";
import { MAX_COLUMNS, MAX_ROWS } from "./snapshot";
import type { WorkbookModel } from "./workbookModel";

export const ROW_HEIGHT = 24;
export const HEADER_HEIGHT = 24;
export const COLUMN_WIDTH = 100;
export const ROW_HEADER_WIDTH = 52;
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
  const [editing, setEditing] = useState<{ ref: CellRef; text: string } | null>(null);

  const used = model.usedSize(sheet);
  // Never past the sheet's last row and column (a value in XFD1048576 must not grow it further).
  const rowCount = Math.min(MAX_ROWS, Math.max(MIN_ROWS, used.rows + 50, active.row + 20));
  const colCount = Math.min(MAX_COLUMNS, Math.max(MIN_COLS, used.cols + 5, active.col + 5));

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

  // Keep the active cell in view, as Excel does when you navigate.
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const top = HEADER_HEIGHT + active.row * ROW_HEIGHT;
    const left = ROW_HEADER_WIDTH + active.col * COLUMN_WIDTH;
    if (top - HEADER_HEIGHT < el.scrollTop) el.scrollTop = top - HEADER_HEIGHT;
    else if (top + ROW_HEIGHT > el.scrollTop + el.clientHeight)
      el.scrollTop = top + ROW_HEIGHT - el.clientHeight;
    if (left - ROW_HEADER_WIDTH < el.scrollLeft) el.scrollLeft = left - ROW_HEADER_WIDTH;
    else if (left + COLUMN_WIDTH > el.scrollLeft + el.clientWidth) {
      el.scrollLeft = left + COLUMN_WIDTH - el.clientWidth;
    }
  }, [active.row, active.col, sheet]);

  const move = useCallback(
    (dRow: number, dCol: number, extend = false) => {
      const clampRow = (row: number) => Math.max(0, Math.min(1_048_575, row));
      const clampCol = (col: number) => Math.max(0, Math.min(16_383, col));
      if (extend) {
        // Excel keeps the active cell and moves the selection's far corner.
        const far = {
          row: range.start.row === active.row ? range.end.row : range.start.row,
          col: range.start.col === active.col ? range.end.col : range.start.col,
        };
        const next = { row: clampRow(far.row + dRow), col: clampCol(far.col + dCol) };
        model.select(
          sheet,
          {
            start: { row: Math.min(active.row, next.row), col: Math.min(active.col, next.col) },
            end: { row: Math.max(active.row, next.row), col: Math.max(active.col, next.col) },
          },
          active,
        );
      } else {
        model.selectCell(sheet, {
          row: clampRow(active.row + dRow),
          col: clampCol(active.col + dCol),
        });
      }
    },
    [active, model, range, sheet],
  );

  const focusGrid = () => gridRef.current?.focus();

  // Set while Enter/Tab/Escape end an edit, so the editor's blur does not commit again.
  const finishing = useRef(false);
  const endEdit = (commit: boolean, dRow = 0, dCol = 0) => {
    if (!editing) return;
    finishing.current = true;
    if (commit) onCommit(editing.ref, editing.text);
    setEditing(null);
    if (commit) move(dRow, dCol);
    focusGrid();
    finishing.current = false;
  };

  const onGridKeyDown = (event: ReactKeyboardEvent<HTMLDivElement>) => {
    if (editing) return;
    const page = Math.max(1, Math.floor(viewport.height / ROW_HEIGHT) - 2);
    const keyMoves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      Enter: [event.shiftKey ? -1 : 1, 0],
      PageDown: [page, 0],
      PageUp: [-page, 0],
    };
    // Tab is left to the browser so keyboard users can leave the grid (no keyboard trap);
    // Tab still moves right after typing into a cell, as in Excel.
    const delta = keyMoves[event.key];
    if (delta) {
      event.preventDefault();
      const extend = event.shiftKey && event.key.startsWith("Arrow");
      move(delta[0], delta[1], extend);
      return;
    }
    if (event.key === "Home") {
      event.preventDefault();
      model.selectCell(sheet, event.ctrlKey ? { row: 0, col: 0 } : { row: active.row, col: 0 });
      return;
    }
    if (event.key === "F2") {
      event.preventDefault();
      setEditing({ ref: active, text: model.getInput(sheet, active) });
      return;
    }
    if (event.key === "Delete" || event.key === "Backspace") {
      event.preventDefault();
      model.clearRange(sheet, range);
      return;
    }
    if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      setEditing({ ref: active, text: event.key });
    }
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
  const spillEdges = (row: number, col: number): string => {
    if (!spill) return "";
    const { start, end } = spill;
    if (row < start.row || row > end.row || col < start.col || col > end.col) return "";
    const edges = [];
    if (row === start.row) edges.push("spill-top");
    if (row === end.row) edges.push("spill-bottom");
    if (col === start.col) edges.push("spill-left");
    if (col === end.col) edges.push("spill-right");
    return ["cell-spill", ...edges].join(" ");
  };

  const inRange = (row: number, col: number) =>
    row >= range.start.row &&
    row <= range.end.row &&
    col >= range.start.col &&
    col <= range.end.col;

  const rows = [];
  for (let row = firstRow; row <= lastRow; row++) {
    rows.push(
      <div
        key={row}
        role="row"
        aria-rowindex={row + 2}
        className="grid-row"
        style={{
          top: HEADER_HEIGHT + row * ROW_HEIGHT,
          width: ROW_HEADER_WIDTH + colCount * COLUMN_WIDTH,
        }}
      >
        <div role="rowheader" className="row-header" aria-label={`Row ${row + 1}`}>
          {row + 1}
        </div>
        {columns.map((col) => {
          const ref = { row, col };
          const display = model.display(sheet, ref);
          const address = cellAddress(ref);
          const isActive = row === active.row && col === active.col;
          const table = display.kind === "empty" ? undefined : model.tableAt(sheet, ref);
          const isHeader = table !== undefined && table.range.start.row === row;
          const classes = [
            "cell",
            `cell-${display.kind}`,
            isActive ? "cell-active" : "",
            inRange(row, col) ? "cell-selected" : "",
            table ? (isHeader ? "cell-table-header" : "cell-table") : "",
            spillEdges(row, col),
          ];
          return (
            <div
              key={col}
              id={`cell-${address}`}
              role="gridcell"
              aria-colindex={col + 2}
              aria-selected={inRange(row, col)}
              data-address={address}
              className={classes.join(" ")}
              style={{ left: ROW_HEADER_WIDTH + col * COLUMN_WIDTH }}
              title={display.error ? `${display.error.code} ${display.error.message}` : undefined}
              onMouseDown={(event) => {
                event.preventDefault();
                if (event.shiftKey) {
                  model.select(
                    sheet,
                    {
                      start: { row: Math.min(active.row, row), col: Math.min(active.col, col) },
                      end: { row: Math.max(active.row, row), col: Math.max(active.col, col) },
                    },
                    active,
                  );
                } else {
                  model.selectCell(sheet, ref);
                }
                focusGrid();
              }}
              onDoubleClick={() => setEditing({ ref, text: model.getInput(sheet, ref) })}
            >
              {display.text}
            </div>
          );
        })}
      </div>,
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
        {editing && (
          <input
            className="cell-editor"
            aria-label={`Edit cell ${cellAddress(editing.ref)}`}
            autoFocus
            value={editing.text}
            style={{
              top: HEADER_HEIGHT + editing.ref.row * ROW_HEIGHT,
              left: ROW_HEADER_WIDTH + editing.ref.col * COLUMN_WIDTH,
            }}
            onChange={(event) => setEditing({ ref: editing.ref, text: event.target.value })}
            onBlur={() => {
              // Clicking elsewhere commits, as in Excel.
              if (finishing.current) return;
              onCommit(editing.ref, editing.text);
              setEditing(null);
            }}
            onKeyDown={(event) => {
              if (event.key === "Enter") {
                event.preventDefault();
                endEdit(true, event.shiftKey ? -1 : 1, 0);
              } else if (event.key === "Tab") {
                event.preventDefault();
                endEdit(true, 0, event.shiftKey ? -1 : 1);
              } else if (event.key === "Escape") {
                event.preventDefault();
                endEdit(false);
              }
            }}
          />
        )}
      </div>
    </div>
  );
}
