/**
 * Mounts the task pane into any container with any WorkbookHost: Excel (index.tsx) and the
 * preview workbench (src/preview) both call this.
 */
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import type { WorkbookHost } from "../workbook/types";
import { App } from "./App";

export interface MountOptions {
  theme?: "light" | "dark";
}

/** Renders the pane; returns a function that unmounts it. */
export function mountTaskPane(
  container: HTMLElement,
  host: WorkbookHost,
  options: MountOptions = {},
): () => void {
  const root = createRoot(container);
  root.render(
    <StrictMode>
      <FluentProvider theme={options.theme === "dark" ? webDarkTheme : webLightTheme}>
        <App host={host} />
      </FluentProvider>
    </StrictMode>,
  );
  return () => root.unmount();
}

export { App };
