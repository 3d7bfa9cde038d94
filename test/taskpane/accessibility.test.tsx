/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { hostWithStaff, renderPane } from "./support";

jest.setTimeout(90_000);
const user = userEvent.setup({ delay: null });

/** axe's rules that need real layout (jsdom has none) are left to the browser end-to-end tests. */
async function violations(): Promise<string[]> {
  const result = await axe.run(document.body, {
    rules: { "color-contrast": { enabled: false }, region: { enabled: false } },
  });
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
  );
}

describe("accessibility", () => {
  it.each(["Data", "Dashboard", "Scenarios", "Benchmarks"])(
    "the %s view has an accessible name on every control (axe)",
    async (tab) => {
      const host = hostWithStaff();
      renderPane(host);
      await screen.findByText(/7 rows read/);
      await user.click(screen.getByRole("tab", { name: tab }));
      if (tab === "Benchmarks")
        await screen.findByLabelText("Council", undefined, { timeout: 20_000 });
      if (tab === "Scenarios") await screen.findByText("No saved scenarios yet.");
      expect(await violations()).toEqual([]);
    },
  );
});
