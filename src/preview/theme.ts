/**
 * The workbench's light and dark themes. It follows the browser's preference
 * (prefers-color-scheme) until the user picks one with the toggle; a pick that matches the
 * preference goes back to following it. The theme is the `data-theme` attribute on <html>
 * (index.html's colours hang off it) and is handed to the task pane, which uses Fluent's own
 * light or dark theme as it does in Excel.
 */
export type Theme = "light" | "dark";

const STORAGE_KEY = "workforce-preview:theme";
const listeners = new Set<(theme: Theme) => void>();

const darkQuery = (): MediaQueryList | null =>
  typeof window.matchMedia === "function"
    ? window.matchMedia("(prefers-color-scheme: dark)")
    : null;

function readStored(): Theme | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === "light" || value === "dark" ? value : null;
  } catch {
    return null; // storage blocked: follow the browser
  }
}

export function preferredTheme(): Theme {
  return darkQuery()?.matches ? "dark" : "light";
}

// The user's pick, when there is one; kept in storage so it lasts between visits.
let chosen: Theme | null = readStored();

export function currentTheme(): Theme {
  return chosen ?? preferredTheme();
}

function apply(): void {
  const theme = currentTheme();
  document.documentElement.dataset.theme = theme;
  for (const listener of [...listeners]) listener(theme);
}

/** Chooses a theme; choosing the browser's own preference means "follow it" again. */
export function chooseTheme(theme: Theme): void {
  chosen = theme === preferredTheme() ? null : theme;
  try {
    if (chosen === null) localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, chosen);
  } catch {
    // Storage blocked: the choice lasts until the page closes.
  }
  apply();
}

/** Calls back with every change of theme; returns an unsubscribe function. */
export function subscribeTheme(listener: (theme: Theme) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Sets the theme before the first render and follows the browser's preference from then on. */
export function startTheme(): void {
  apply();
  darkQuery()?.addEventListener("change", apply);
}
