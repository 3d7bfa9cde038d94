/**
 * Mounts the task pane into any container with any WorkbookHost: Excel (index.tsx) and the
 * preview workbench (src/preview) both call this.
 */
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { startTransition, StrictMode, useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import type { WorkbookHost } from "../workbook/types";
import { App } from "./App";

export type PaneTheme = "light" | "dark";

export interface MountOptions {
  theme?: PaneTheme;
  /**
   * For a theme that changes while the pane is open (the workbench's toggle, the browser's
   * preference): called once with a setter; returns an unsubscribe function.
   */
  subscribeTheme?: (setTheme: (theme: PaneTheme) => void) => () => void;
}

function ThemedPane({ host, options }: { host: WorkbookHost; options: MountOptions }) {
  const [theme, setTheme] = useState<PaneTheme>(options.theme ?? "light");
  const { subscribeTheme } = options;
  useEffect(() => subscribeTheme?.(setTheme), [subscribeTheme]);
  // Fluent's own dark theme, as the pane shows in Excel's dark and black Office themes.
  return (
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme}>
      <App host={host} />
    </FluentProvider>
  );
}

/** Renders the pane; returns a function that unmounts it. */
export function mountTaskPane(
  container: HTMLElement,
  host: WorkbookHost,
  options: MountOptions = {},
): () => void {
  const root = createRoot(container);
  // As a transition React renders the pane in slices and yields between them, so a page
  // around the pane (the workbench's grid) keeps answering keys while the pane first renders.
  startTransition(() =>
    root.render(
      <StrictMode>
        <ThemedPane host={host} options={options} />
      </StrictMode>,
    ),
  );
  return () => root.unmount();
}

export { App };
