/**
 * The workbook's change notifications: listeners hear which kinds of thing changed, once per
 * batch of edits rather than once per edit (the grid repaints, the autosave waits, once).
 */
export type ChangeKind = "data" | "sheets" | "selection" | "charts" | "settings" | "history";

export class ChangeNotifier {
  private readonly listeners = new Set<(kinds: Set<ChangeKind>) => void>();
  private pending = new Set<ChangeKind>();
  private holding = false;

  subscribe(listener: (kinds: Set<ChangeKind>) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Records a change; told at once unless a batch is holding them (`hold`). */
  emit(kind: ChangeKind): void {
    this.pending.add(kind);
    if (!this.holding) this.flush();
  }

  /** While held, changes gather; `release` and then `flush` tell them all at once. */
  hold(): void {
    this.holding = true;
  }

  release(): void {
    this.holding = false;
  }

  get held(): boolean {
    return this.holding;
  }

  flush(): void {
    if (this.pending.size === 0) return;
    const kinds = this.pending;
    this.pending = new Set();
    for (const listener of [...this.listeners]) listener(kinds);
  }
}
