/**
 * Messages for the workbench's notice bar from code outside React (start-up, autosave,
 * import): kept until the page can show them, then shown as they come. One notice at a time,
 * as the bar has room for; a newer one replaces it.
 */

export interface NoticeAction {
  label: string;
  run: () => void;
}

export interface WorkbenchNotice {
  kind: "info" | "warning" | "error";
  text: string;
  /** Buttons beside the message ("Download the damaged save"). */
  actions?: NoticeAction[];
}

const SEVERITY: Record<WorkbenchNotice["kind"], number> = { info: 0, warning: 1, error: 2 };

export class NoticeBus {
  private pending: WorkbenchNotice | null = null;
  private show: ((notice: WorkbenchNotice) => void) | null = null;

  notify(notice: WorkbenchNotice): void {
    if (this.show) this.show(notice);
    // Before the page shows anything, the most serious waiting message wins (the first of equals).
    else if (!this.pending || SEVERITY[notice.kind] > SEVERITY[this.pending.kind]) {
      this.pending = notice;
    }
  }

  /** Hands notices to `show` from now on (the one waiting first); returns an unsubscribe. */
  subscribe(show: (notice: WorkbenchNotice) => void): () => void {
    this.show = show;
    if (this.pending) show(this.pending);
    this.pending = null;
    return () => {
      if (this.show === show) this.show = null;
    };
  }
}
