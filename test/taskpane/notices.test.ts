/** The notice area keeps the latest messages only (issue 12: eight banners pushed the form down). */
import { addNotice, MAX_NOTICES, type ShownNotice } from "../../src/taskpane/notices";

const after = (notices: { intent: ShownNotice["intent"]; text: string }[]) =>
  notices.reduce<ShownNotice[]>((list, notice, i) => addNotice(list, notice, i), []);

describe("notices", () => {
  it("keep one success: a new success replaces the earlier ones", () => {
    const list = after([
      { intent: "success", text: 'Scenario "A" written to the sheet "Scenario – A".' },
      { intent: "error", text: "Could not add the chart." },
      { intent: "success", text: 'Scenario "B" written to the sheet "Scenario – B".' },
    ]);
    expect(list.map((n) => n.text)).toEqual([
      "Could not add the chart.",
      'Scenario "B" written to the sheet "Scenario – B".',
    ]);
  });

  it("keep only the latest few, and a repeated message once", () => {
    const texts = ["one", "two", "three", "two", "four", "five"];
    const list = after(texts.map((text) => ({ intent: "warning" as const, text })));
    expect(list.map((n) => n.text)).toEqual(["two", "four", "five"].slice(-MAX_NOTICES));
    expect(MAX_NOTICES).toBe(3);
  });
});
