/**
 * What the workbench keeps per sheet beside the engine's cells: number formats (by cell) and
 * column widths (by column, only those a user resized). Undo keeps a copy of both per step: a
 * capture is cheap (the per-sheet maps are shared) because a sheet's map is copied on its first
 * change in each step, never changed in place once a step may hold it.
 */
import type { CellRef } from "../workbook/a1";
import { movedFormats, movedWidths, type LineChange } from "./rowsColumns";

/** Widest and narrowest column the workbench draws, in CSS pixels. */
const MIN_WIDTH = 8;
const MAX_WIDTH = 2000;

export interface LayersCapture {
  formats: Map<string, Map<string, string>>;
  widths: Map<string, Map<number, number>>;
}

export class SheetLayers {
  private formats = new Map<string, Map<string, string>>();
  private widths = new Map<string, Map<number, number>>();
  /** Maps copied in the current step already ("f"/"w" + sheet), safe to change in place. */
  private readonly own = new Set<string>();

  /** A new undo step begins: every map may be held by an earlier one now. */
  newStep(): void {
    this.own.clear();
  }

  capture(): LayersCapture {
    return { formats: new Map(this.formats), widths: new Map(this.widths) };
  }

  restore(capture: LayersCapture): void {
    this.formats = new Map(capture.formats);
    this.widths = new Map(capture.widths);
    this.own.clear();
  }

  static same(a: LayersCapture, b: LayersCapture): boolean {
    const sameMaps = <V>(x: Map<string, V>, y: Map<string, V>) =>
      x.size === y.size && [...x].every(([key, value]) => y.get(key) === value);
    return sameMaps(a.formats, b.formats) && sameMaps(a.widths, b.widths);
  }

  private writable<K, V>(maps: Map<string, Map<K, V>>, kind: string, sheet: string): Map<K, V> {
    const tag = `${kind}\u0000${sheet}`;
    const current = maps.get(sheet);
    if (current && this.own.has(tag)) return current;
    const copy = new Map(current ?? []);
    maps.set(sheet, copy);
    this.own.add(tag);
    return copy;
  }

  format(sheet: string, ref: CellRef): string | undefined {
    return this.formats.get(sheet)?.get(`${ref.row}:${ref.col}`);
  }

  setFormat(sheet: string, ref: CellRef, format: string | null): void {
    const formats = this.writable(this.formats, "f", sheet);
    if (format) formats.set(`${ref.row}:${ref.col}`, format);
    else formats.delete(`${ref.row}:${ref.col}`);
  }

  width(sheet: string, col: number): number | undefined {
    return this.widths.get(sheet)?.get(col);
  }

  widthsOf(sheet: string): ReadonlyMap<number, number> {
    return this.widths.get(sheet) ?? new Map<number, number>();
  }

  setWidth(sheet: string, col: number, width: number | null): void {
    const widths = this.writable(this.widths, "w", sheet);
    if (width === null) widths.delete(col);
    else widths.set(col, Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width))));
  }

  /** Formats and widths follow rows or columns inserted or deleted on a sheet. */
  moveLines(sheet: string, change: LineChange): void {
    const formats = this.formats.get(sheet);
    if (formats) this.formats.set(sheet, movedFormats(formats, change));
    const widths = this.widths.get(sheet);
    if (widths) this.widths.set(sheet, movedWidths(widths, change));
    this.own.add(`f\u0000${sheet}`).add(`w\u0000${sheet}`);
  }

  renameSheet(from: string, to: string): void {
    for (const maps of [this.formats, this.widths] as Map<string, unknown>[]) {
      const held = maps.get(from);
      maps.delete(from);
      if (held) maps.set(to, held);
    }
    this.own.clear();
  }

  deleteSheet(name: string): void {
    this.formats.delete(name);
    this.widths.delete(name);
  }

  /** The saved form: per sheet, [key, format] and [column, width] pairs. */
  toSnapshot(): {
    formats: Record<string, [string, string][]>;
    widths: Record<string, [number, number][]>;
  } {
    const widths: Record<string, [number, number][]> = {};
    for (const [sheet, map] of this.widths) if (map.size > 0) widths[sheet] = [...map];
    const formats = Object.fromEntries(
      [...this.formats].map(([sheet, map]): [string, [string, string][]] => [sheet, [...map]]),
    );
    return { formats, widths };
  }

  /** Replaces everything with a snapshot's, sheets renamed as the restored workbook names them. */
  load(
    formats: Record<string, [string, string][]>,
    widths: Record<string, [number, number][]> | undefined,
    names: ReadonlyMap<string, string>,
  ): void {
    const byName = <K, V>(saved: Record<string, [K, V][]>) => {
      const maps = new Map<string, Map<K, V>>();
      for (const [sheet, entries] of Object.entries(saved)) {
        const name = names.get(sheet);
        if (name) maps.set(name, new Map(entries));
      }
      return maps;
    };
    this.formats = byName(formats);
    this.widths = byName(widths ?? {});
    this.own.clear();
  }
}
