/**
 * Spill sizes for one workbook's engine. HyperFormula fixes an array formula's size before it
 * evaluates the formula; Excel sizes a spill from the result. The bridge (./functionBridge)
 * records, per formula cell, the size it reserved and the size the result turned out to be;
 * `settle` then re-enters each formula whose result no longer fits, so the spill grows or
 * shrinks as Excel's does, and retries formulas blocked by #SPILL! once their way is clear.
 *
 * Each WorkbookModel owns one tracker and hands it to its engine as HyperFormula's `context`
 * setting, which is how the bridge's function plugin finds it: two workbooks never share
 * shapes, and replacing a workbook's engine starts from a clean tracker.
 */
import { DetailedCellError, ErrorType } from "hyperformula";
import type { HyperFormula, SimpleCellAddress } from "hyperformula";

export interface Shape {
  width: number;
  height: number;
}

/** The size reserved for a formula whose result has not been seen: one cell, until it is. */
const PROVISIONAL: Shape = { width: 1, height: 1 };

/** Re-entering can change an input of another spill; a few passes settle any chain. */
const SETTLE_PASSES = 3;

const keyOf = (address: SimpleCellAddress): string =>
  `${address.sheet}:${address.row}:${address.col}`;

function addressOf(key: string): SimpleCellAddress {
  const [sheet, row, col] = key.split(":").map(Number);
  return { sheet, row, col };
}

const sameShape = (a: Shape, b: Shape): boolean => a.width === b.width && a.height === b.height;

export class SpillTracker {
  /** What the engine reserved for each array formula, keyed by its anchor cell. */
  private readonly reserved = new Map<string, Shape>();
  /** What each array formula's last evaluation returned. */
  private readonly evaluated = new Map<string, Shape>();

  /**
   * The size to reserve for the formula at `address` (the bridge's size method): its last
   * result's; for a formula not evaluated yet, `predict()`'s (the bridge evaluates the call when
   * its inputs are computed), else one cell until it has answered.
   */
  reserve(address: SimpleCellAddress, predict: () => Shape | undefined): Shape {
    const key = keyOf(address);
    const shape = this.evaluated.get(key) ?? predict() ?? PROVISIONAL;
    this.reserved.set(key, shape);
    return shape;
  }

  /** Records an evaluated result's size; returns what was reserved, if anything. */
  record(address: SimpleCellAddress, shape: Shape): Shape | undefined {
    const key = keyOf(address);
    this.evaluated.set(key, shape);
    return this.reserved.get(key);
  }

  /** Forgets a cell whose content was replaced or cleared. */
  forget(address: SimpleCellAddress): void {
    const key = keyOf(address);
    this.reserved.delete(key);
    this.evaluated.delete(key);
  }

  /**
   * Forgets every tracked cell inside a block whose contents were replaced. Walks the few
   * tracked formulas, not the block: a table write of 180,000 cells costs nothing here.
   */
  forgetWithin(sheet: number, top: number, left: number, height: number, width: number): void {
    for (const shapes of [this.reserved, this.evaluated]) {
      for (const key of shapes.keys()) {
        const at = addressOf(key);
        const inside = at.row >= top && at.row < top + height && at.col >= left;
        if (at.sheet === sheet && inside && at.col < left + width) shapes.delete(key);
      }
    }
  }

  /** Forgets every cell (the engine was replaced, or cells moved). */
  forgetAll(): void {
    this.reserved.clear();
    this.evaluated.clear();
  }

  /** How many formulas are tracked (for tests: a cleared cell must not linger). */
  get size(): number {
    return this.reserved.size;
  }

  /**
   * Re-enters array formulas whose result no longer fits what was reserved, and those blocked
   * by #SPILL! (HyperFormula does not retry them when their way clears; Excel does). Call after
   * every change to the engine's cells, outside the engine's own batch.
   */
  settle(hf: HyperFormula): void {
    const blocked: SimpleCellAddress[] = [];
    for (const key of this.reserved.keys()) {
      const address = addressOf(key);
      if (!this.isFormula(hf, address)) {
        this.forget(address);
        continue;
      }
      const value = hf.getCellValue(address);
      if (value instanceof DetailedCellError && value.type === ErrorType.SPILL)
        blocked.push(address);
    }
    this.reenter(hf, blocked);
    for (let pass = 0; pass < SETTLE_PASSES; pass++) {
      const resized = this.resized();
      if (resized.length === 0) return;
      this.reenter(hf, resized);
    }
  }

  /** Formulas whose evaluated size differs from the size the engine reserved for them. */
  private resized(): SimpleCellAddress[] {
    const resized: SimpleCellAddress[] = [];
    for (const [key, shape] of this.evaluated) {
      const reserved = this.reserved.get(key);
      if (!reserved || !sameShape(reserved, shape)) resized.push(addressOf(key));
    }
    return resized;
  }

  /** Enters each formula again; its evaluated size is kept, so `reserve` now answers it. */
  private reenter(hf: HyperFormula, addresses: readonly SimpleCellAddress[]): void {
    if (addresses.length === 0) return;
    hf.batch(() => {
      for (const address of addresses) {
        const formula = this.isFormula(hf, address) ? hf.getCellFormula(address) : undefined;
        if (formula === undefined) this.forget(address);
        else hf.setCellContents(address, [[formula]]);
      }
    });
  }

  /** Whether the cell still holds a formula: its sheet may have gone, its content changed. */
  private isFormula(hf: HyperFormula, address: SimpleCellAddress): boolean {
    return hf.getSheetName(address.sheet) !== undefined && hf.doesCellHaveFormula(address);
  }
}
