/**
 * Whether the task pane is showing. The add-in runs in a shared runtime (manifest.xml), which
 * keeps running, with the pane's page loaded, while the pane is closed, and starts hidden
 * when a workbook only recalculates WORKFORCE functions. The Excel host listens for changes
 * and re-reads the staffing table only while the pane is visible (Microsoft: "Show or hide the
 * task pane of your Office Add-in", office-js-docs-pr docs/develop/show-hide-add-in.md,
 * "Handle the visibility changed event"; Office.addin.onVisibilityModeChanged, SharedRuntime
 * 1.1).
 */

export interface PaneVisibility {
  /** Whether the pane shows now. */
  isVisible(): boolean;
  /** Calls back with the new state whenever it changes; resolves to a function that stops. */
  onChange(callback: (visible: boolean) => void): Promise<() => Promise<void>>;
}

/**
 * Office's visibility events. Office tells about changes only, so the state at load comes from
 * the page: the shared runtime's page is hidden (document.visibilityState) when Excel loaded
 * it for the functions alone. docs/excel-test-plan.md checks both cases in real Excel.
 */
export function officePaneVisibility(): PaneVisibility {
  // Without a shared runtime (SharedRuntime 1.1, which the manifest requires) the pane is a
  // page of its own that exists only while it shows.
  if (
    typeof Office === "undefined" ||
    typeof Office.addin?.onVisibilityModeChanged !== "function"
  ) {
    return alwaysVisible;
  }
  let visible = typeof document === "undefined" || document.visibilityState !== "hidden";
  const callbacks = new Set<(visible: boolean) => void>();
  let registered: Promise<unknown> | null = null;
  const register = () => {
    registered ??= Office.addin.onVisibilityModeChanged((message) => {
      visible = message.visibilityMode === Office.VisibilityMode.taskpane;
      for (const callback of callbacks) callback(visible);
    });
    return registered;
  };
  return {
    isVisible: () => visible,
    async onChange(callback) {
      callbacks.add(callback);
      await register();
      return () => {
        callbacks.delete(callback);
        return Promise.resolve();
      };
    },
  };
}

/** Always visible: hosts without a hidden state (tests, the browser workbench). */
export const alwaysVisible: PaneVisibility = {
  isVisible: () => true,
  onChange: () => Promise.resolve(() => Promise.resolve()),
};
