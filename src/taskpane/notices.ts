/**
 * The pane's messages: one list, shown in one notice area at the top of the pane. A new
 * message replaces an earlier one with the same text.
 */
export interface Notice {
  intent: "error" | "warning" | "success" | "info";
  title?: string;
  text: string;
}

export type Notify = (notice: Notice) => void;

export interface ShownNotice extends Notice {
  id: number;
}

/** The list after `notice` arrives (pure, for the notice area's state). */
export function addNotice(list: readonly ShownNotice[], notice: Notice, id: number): ShownNotice[] {
  return [...list.filter((n) => n.text !== notice.text), { ...notice, id }];
}
