/** The workbench's message line under the formula bar: what happened, and what to do about it. */
import type { WorkbenchNotice } from "./notices";

export function NoticeBar({
  notice,
  onDismiss,
}: {
  notice: WorkbenchNotice;
  onDismiss: () => void;
}) {
  return (
    <div
      className={`notice notice-${notice.kind}`}
      role={notice.kind === "info" ? "status" : "alert"}
    >
      <span className="notice-text">{notice.text}</span>
      <span className="notice-actions">
        {notice.actions?.map((action) => (
          <button key={action.label} type="button" className="notice-action" onClick={action.run}>
            {action.label}
          </button>
        ))}
        <button type="button" aria-label="Dismiss message" onClick={onDismiss}>
          ×
        </button>
      </span>
    </div>
  );
}
