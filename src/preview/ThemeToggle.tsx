/** The toolbar's dark-theme switch (a toggle button), kept in step with src/preview/theme. */
import { useEffect, useState } from "react";
import { chooseTheme, currentTheme, subscribeTheme, type Theme } from "./theme";

export function ThemeToggle() {
  const [theme, setTheme] = useState<Theme>(currentTheme);
  useEffect(() => subscribeTheme(setTheme), []);
  const dark = theme === "dark";
  return (
    <button
      type="button"
      aria-pressed={dark}
      title="Follows your browser's light or dark setting until you choose"
      onClick={() => chooseTheme(dark ? "light" : "dark")}
    >
      Dark theme
    </button>
  );
}
