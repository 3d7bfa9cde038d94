/**
 * Excel entry point: hands the bundled data files to the pane, waits for Office, builds the
 * Excel host and mounts the pane.
 */
import { createExcelWorkbook } from "../office/excelWorkbook";
import { officePaneVisibility } from "../office/paneVisibility";
import { provideBundledData } from "../workbook/bundledData";
import { BUNDLED_TEXTS } from "../workbook/bundledTexts";
import { mountTaskPane } from "./mount";
import { isDarkColour } from "./theme";

provideBundledData(BUNDLED_TEXTS);

void Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) return;
  const theme = isDarkColour(Office.context?.officeTheme?.bodyBackgroundColor) ? "dark" : "light";
  // Change events reach the pane only while it shows (the shared runtime keeps running hidden).
  const host = createExcelWorkbook(undefined, { visibility: officePaneVisibility() });
  mountTaskPane(container, host, { theme });
});
