/**
 * The pane's messages: one list, shown in one notice area at the top of the pane. A new
 * message replaces an earlier one with the same text, a success replaces earlier successes
 * (a run's "written to …" needs no history), and only the latest few are kept, so a busy
 * session never pushes the pane's content down screen after screen.
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

/** Most messages the notice area shows; the oldest goes as a new one arrives. */
export const MAX_NOTICES = 3;

/** The list after `notice` arrives (pure, for the notice area's state). */
export function addNotice(list: readonly ShownNotice[], notice: Notice, id: number): ShownNotice[] {
  const kept = list.filter(
    (n) => n.text !== notice.text && !(notice.intent === "success" && n.intent === "success"),
  );
  return [...kept, { ...notice, id }].slice(-MAX_NOTICES);
}
