/**
 * Undo and redo for the workbench, on HyperFormula's own undo stack. One step is one thing a
 * user did (a typed value, a paste, a row inserted) or one change the task pane made (a
 * scenario sheet with its tables and charts): every engine operation the step made is merged
 * into one engine undo entry (a batch), and what the engine does not keep (tables, charts,
 * number formats, column widths) is kept beside it as it was before and after.
 *
 * The engine's stack is read through HyperFormula's internals (`_crudOperations.undoRedo`),
 * the one place the workbench does so: its public API can undo and redo, but not group
 * operations made in separate batches, nor undo without recording work done afterwards.
 */
import type { HyperFormula } from "hyperformula";

interface EngineEntry {
  add?: (entry: EngineEntry) => void;
  operations?: unknown[];
}

/** An engine batch that did nothing (the workbench batches every change, even table-only). */
const isEmptyBatch = (entry: EngineEntry) =>
  Array.isArray(entry.operations) && entry.operations.length === 0;

interface EngineUndoRedo {
  undoStack: EngineEntry[];
  redoStack: EngineEntry[];
}

const undoRedoOf = (hf: HyperFormula): EngineUndoRedo =>
  (hf as unknown as { _crudOperations: { undoRedo: EngineUndoRedo } })._crudOperations.undoRedo;

/** The engine's batch entry class, from an empty batch (which records one, then dropped). */
function batchEntryClass(hf: HyperFormula): new () => EngineEntry {
  const stack = undoRedoOf(hf).undoStack;
  hf.batch(() => undefined);
  const entry = stack.pop();
  if (!entry || typeof entry.add !== "function") {
    throw new Error("HyperFormula's undo stack is not as the workbench expects.");
  }
  return entry.constructor as new () => EngineEntry;
}

interface Step<Meta, Place> {
  /** Whether the step made engine operations (merged into one engine entry). */
  engine: boolean;
  before: Meta;
  after: Meta;
  placeBefore: Place;
  placeAfter: Place;
}

export interface UndoHost<Meta, Place> {
  engine(): HyperFormula;
  /** What the engine does not keep, as it is now (a copy later changes cannot reach). */
  meta(): Meta;
  setMeta(meta: Meta): void;
  /** Where the user was (the selection), restored with the step. */
  place(): Place;
  setPlace(place: Place): void;
  /** Work that follows from the engine's state, done after undo and redo without recording it. */
  settle(): void;
  /** Whether two metas differ (a step that changed nothing is not kept). */
  sameMeta(a: Meta, b: Meta): boolean;
}

export class UndoHistory<Meta, Place> {
  private done: Step<Meta, Place>[] = [];
  private undone: Step<Meta, Place>[] = [];
  private open: { mark: EngineEntry | undefined; before: Meta; place: Place } | null = null;
  private batchClass: (new () => EngineEntry) | null = null;
  private batchClassEngine: HyperFormula | null = null;

  constructor(
    private readonly host: UndoHost<Meta, Place>,
    private readonly limit: number,
  ) {}

  get isOpen(): boolean {
    return this.open !== null;
  }

  canUndo(): boolean {
    return this.done.length > 0;
  }

  canRedo(): boolean {
    return this.undone.length > 0;
  }

  /** Forgets every step (a replaced workbook starts a new history). */
  clear(): void {
    this.done = [];
    this.undone = [];
    this.open = null;
  }

  /** Starts a step; the engine operations from here to `end` become one. */
  begin(): void {
    if (this.open) return;
    const stack = undoRedoOf(this.host.engine()).undoStack;
    this.open = {
      mark: stack[stack.length - 1],
      before: this.host.meta(),
      place: this.host.place(),
    };
  }

  /** Ends the open step, keeping it when it changed anything. */
  end(): void {
    const open = this.open;
    if (!open) return;
    this.open = null;
    const hf = this.host.engine();
    const stack = undoRedoOf(hf).undoStack;
    const from = open.mark === undefined ? 0 : stack.lastIndexOf(open.mark) + 1;
    const added = stack.splice(from).filter((entry) => !isEmptyBatch(entry));
    if (added.length === 1) stack.push(added[0]);
    else if (added.length > 1) {
      const batch = added.find((entry) => typeof entry.add === "function");
      const merged = new (
        batch ? (batch.constructor as new () => EngineEntry) : this.batchEntryClass(hf)
      )();
      for (const entry of added) merged.add?.(entry);
      stack.push(merged);
    }
    const after = this.host.meta();
    if (added.length === 0 && this.host.sameMeta(open.before, after)) return;
    this.done.push({
      engine: added.length > 0,
      before: open.before,
      after,
      placeBefore: open.place,
      placeAfter: this.host.place(),
    });
    this.undone = [];
    // The engine keeps as many entries as its undo limit: steps whose entry it dropped go too.
    let engineSteps = this.done.filter((s) => s.engine).length;
    while (this.done.length > this.limit || engineSteps > stack.length) {
      if (this.done.shift()?.engine) engineSteps--;
    }
  }

  undo(): boolean {
    return this.replay(this.done, this.undone, "undo");
  }

  redo(): boolean {
    return this.replay(this.undone, this.done, "redo");
  }

  /** Moves the last step of `from` to `to`, undoing or redoing it in the engine and beside it. */
  private replay(
    from: Step<Meta, Place>[],
    to: Step<Meta, Place>[],
    direction: "undo" | "redo",
  ): boolean {
    this.end();
    const step = from.pop();
    if (!step) return false;
    const hf = this.host.engine();
    if (step.engine) {
      if (direction === "undo") hf.undo();
      else hf.redo();
    }
    this.host.setMeta(direction === "undo" ? step.before : step.after);
    this.unrecorded(() => this.host.settle());
    this.host.setPlace(direction === "undo" ? step.placeBefore : step.placeAfter);
    to.push(step);
    return true;
  }

  /**
   * Runs engine work that undo or redo implies (a spill resized to its restored inputs) without
   * making it a step: its entries leave the undo stack and the redo stack is put back.
   */
  private unrecorded(work: () => void): void {
    const undoRedo = undoRedoOf(this.host.engine());
    const mark = undoRedo.undoStack[undoRedo.undoStack.length - 1];
    const redo = [...undoRedo.redoStack];
    work();
    const from = mark === undefined ? 0 : undoRedo.undoStack.lastIndexOf(mark) + 1;
    if (undoRedo.undoStack.length > from) {
      undoRedo.undoStack.splice(from);
      undoRedo.redoStack = redo;
    }
  }

  private batchEntryClass(hf: HyperFormula): new () => EngineEntry {
    if (!this.batchClass || this.batchClassEngine !== hf) {
      this.batchClass = batchEntryClass(hf);
      this.batchClassEngine = hf;
    }
    return this.batchClass;
  }
}
