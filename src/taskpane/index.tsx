/** Excel entry point: waits for Office, builds the Excel host and mounts the pane. */
import { createExcelWorkbook } from "../office/excelWorkbook";
import { mountTaskPane } from "./mount";
import { isDarkColour } from "./theme";

void Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) return;
  const theme = isDarkColour(Office.context?.officeTheme?.bodyBackgroundColor) ? "dark" : "light";
  mountTaskPane(container, createExcelWorkbook(), { theme });
});
