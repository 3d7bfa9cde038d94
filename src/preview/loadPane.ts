/**
 * Loads the task pane's code (the pane and Fluent UI, ~500 KB minified) a part at a time. Each
 * part is evaluated in a task of its own, with the browser free in between, so a key typed into
 * the grid while the pane loads is answered at once: evaluating it all in one go held the main
 * thread for 70–120 ms after the grid was on screen. The same code runs, in the same order of
 * dependencies; only the waits in between are new, and they are a few milliseconds each.
 */
import type { mountTaskPane } from "../taskpane/mount";

/** The pane's sections, biggest dependencies first; the mount module then finds them loaded. */
const PARTS: (() => Promise<unknown>)[] = [
  () => import("../taskpane/components/Dashboard"),
  () => import("../taskpane/components/TargetsEditor"),
  () => import("../taskpane/components/DataTab"),
  () => import("../taskpane/components/CensusImport"),
  () => import("../taskpane/components/Scenarios"),
  () => import("../taskpane/components/PlanTracking"),
];

/** Resolves in a later task, after the browser has handled any input waiting. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export async function loadPane(): Promise<typeof mountTaskPane> {
  for (const part of PARTS) {
    await part();
    await nextTask();
  }
  const { mountTaskPane: mount } = await import("../taskpane/mount");
  return mount;
}
