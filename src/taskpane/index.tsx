// Placeholder until the task pane issue lands.
import { createRoot } from "react-dom/client";

void Office.onReady(() => {
  const container = document.getElementById("container");
  if (container) createRoot(container).render(<p>Social Care Workforce Planner</p>);
});
