/**
 * The sheet grid: virtualised rows (a 10,000-row sheet renders only what is visible), Excel's
 * keys (useGridKeys), the in-cell editor, and charts drawn over the sheet at their anchor
 * cells, inside the scrolling area and under the row and column headers.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { UIEvent } from "react";
import { cellAddress, parseCell } from "../workbook/a1";
import type { CellRef } from "../workbook/a1";
import { autofitWidth } from "./autofit";
import { CellEditor, type Advance, type Editing } from "./CellEditor";
import { ChartView } from "./ChartView";
import { GridContextMenu } from "./GridContextMenu";
import { GridHeaderRow } from "./GridHeaderRow";
import { gridMenuItems } from "./gridMenuItems";
import { farCorner, LAST_COL, LAST_ROW, spanning } from "./gridNavigation";
import { ColumnLayout, HEADER_HEIGHT, ROW_HEADER_WIDTH, ROW_HEIGHT } from "./gridLayout";
import { GridRow } from "./GridRow";
import { selectForMenu, selectLines } from "./lineSelection";
import { useGridKeys } from "./useGridKeys";
import type { WorkbookModel } from "./workbookModel";
import { EMPTY_VIEWPORT, viewportOf } from "./gridViewport";

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
  // Measured before the first paint (below); an empty first guess keeps that first render small
  // instead of drawing a guessed window of cells only to draw the real one straight after.
  const [viewport, setViewport] = useState(EMPTY_VIEWPORT);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [menu, setMenu] = useState<{ x: number; y: number } | null>(null);
  // A column being resized: shown at once, saved (one undo step) when the drag ends.
  const [dragWidth, setDragWidth] = useState<{ col: number; width: number } | null>(null);
  const widths = model.columnWidths(sheet);
  const layout = useMemo(() => {
    if (!dragWidth) return new ColumnLayout(widths);
    return new ColumnLayout(new Map([...widths, [dragWidth.col, Math.max(8, dragWidth.width)]]));
  }, [widths, dragWidth]);

  const used = model.usedSize(sheet);
  // Room past the data and past the selection, never past the sheet's last row and column.
  const rowCount = Math.min(LAST_ROW + 1, Math.max(MIN_ROWS, used.rows + 50, range.end.row + 20));
  const colCount = Math.min(LAST_COL + 1, Math.max(MIN_COLS, used.cols + 5, range.end.col + 5));

  const onScroll = (event: UIEvent<HTMLDivElement>) => setViewport(viewportOf(event.currentTarget));

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setViewport(viewportOf(el));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // Keep the cell the keys last moved in view, as Excel does: the active cell, or the far
  // corner of a selection that Shift extended.
  const far = farCorner(range, active);
  // A whole row or column selected from its header keeps the view where it is along it.
  const scrollRows = range.end.row - range.start.row < LAST_ROW;
  const scrollCols = range.end.col - range.start.col < LAST_COL;
  // Read when the selection moves: a column resized leaves the view where it is.
  const layoutNow = useRef(layout);
  layoutNow.current = layout;
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const top = HEADER_HEIGHT + far.row * ROW_HEIGHT;
    const left = ROW_HEADER_WIDTH + layoutNow.current.left(far.col);
    const width = layoutNow.current.width(far.col);
    if (scrollRows) {
      if (top - HEADER_HEIGHT < el.scrollTop) el.scrollTop = top - HEADER_HEIGHT;
      else if (top + ROW_HEIGHT > el.scrollTop + el.clientHeight)
        el.scrollTop = top + ROW_HEIGHT - el.clientHeight;
    }
    if (scrollCols) {
      if (left - ROW_HEADER_WIDTH < el.scrollLeft) el.scrollLeft = left - ROW_HEADER_WIDTH;
      else if (left + width > el.scrollLeft + el.clientWidth) {
        el.scrollLeft = left + width - el.clientWidth;
      }
    }
  }, [far.row, far.col, sheet, scrollRows, scrollCols]);

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
  const firstCol = Math.max(0, layout.columnAt(viewport.left) - 2);
  const lastCol = Math.min(colCount - 1, layout.columnAt(viewport.left + viewport.width) + 2);
  const totalWidth = layout.left(colCount);
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
        layout={layout}
        totalWidth={totalWidth}
        active={active}
        range={range}
        spill={spill}
        onCellMouseDown={onCellMouseDown}
        onRowHeaderMouseDown={(r, extend) => {
          selectLines(model, "rows", r, extend);
          focusGrid();
        }}
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
          width: ROW_HEADER_WIDTH + totalWidth,
        }}
        onContextMenu={(event) => {
          event.preventDefault();
          selectForMenu(model, event.target as HTMLElement);
          const box = scroller.current?.getBoundingClientRect();
          setMenu({
            x: event.clientX - (box?.left ?? 0) + (scroller.current?.scrollLeft ?? 0),
            y: event.clientY - (box?.top ?? 0) + (scroller.current?.scrollTop ?? 0),
          });
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
          <GridHeaderRow
            columns={columns}
            totalWidth={totalWidth}
            layout={layout}
            range={range}
            onSelectColumn={(col, extend) => {
              selectLines(model, "columns", col, extend);
              focusGrid();
            }}
            onResize={(col, width, done) => {
              if (!done) {
                setDragWidth({ col, width });
                return;
              }
              setDragWidth(null);
              model.setColumnWidth(sheet, col, width);
            }}
            onAutofit={(col) => {
              const width = autofitWidth(model, sheet, col);
              if (width !== null) model.setColumnWidth(sheet, col, width);
            }}
          />
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
                  left: ROW_HEADER_WIDTH + layout.left(anchor.col),
                }}
              />
            );
          })}
        {editing && (
          <CellEditor editing={editing} layout={layout} onChange={setEditing} onEnd={endEdit} />
        )}
        {menu && (
          <GridContextMenu
            x={menu.x}
            y={menu.y}
            items={gridMenuItems(model, sheet, range)}
            onClose={() => {
              setMenu(null);
              focusGrid();
            }}
          />
        )}
      </div>
    </div>
  );
}
