/**
 * A horizontal bar chart in plain SVG for one measure: its title shown above the bars, each
 * bar named and its value printed, with the title and a text description for screen readers.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { maxOf } from "../../core/ranges";

const useStyles = makeStyles({
  bar0: { fill: tokens.colorBrandBackground },
  bar1: { fill: tokens.colorPaletteBerryBackground3 },
  bar2: { fill: tokens.colorPaletteTealBackground2 },
  bar3: { fill: tokens.colorPaletteMarigoldBackground3 },
  label: { fill: tokens.colorNeutralForeground1, fontSize: "11px" },
  title: { fill: tokens.colorNeutralForeground1, fontSize: "12px", fontWeight: 600 },
});

export interface Bar {
  name: string;
  value: number | null;
  /** The value as the table shows it ("14.2%", "n/a"). */
  text: string;
}

const ROW_HEIGHT = 22;
const TITLE_HEIGHT = 22;
const LABEL_WIDTH = 120;
const WIDTH = 320;

export function BarChart({ title, bars }: { title: string; bars: Bar[] }) {
  const styles = useStyles();
  const classes = [styles.bar0, styles.bar1, styles.bar2, styles.bar3];
  const id = useId();
  const max =
    maxOf(
      bars.map((b) => b.value ?? 0),
      0,
    ) || 1;
  const height = TITLE_HEIGHT + bars.length * ROW_HEIGHT + 8;
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      style={{ maxWidth: `${WIDTH * 1.4}px` }}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{bars.map((b) => `${b.name}: ${b.text}`).join("; ")}</desc>
      <text x={0} y={15} className={styles.title} aria-hidden="true">
        {title}
      </text>
      {bars.map((b, i) => {
        const barWidth = b.value === null ? 0 : ((WIDTH - LABEL_WIDTH - 50) * b.value) / max;
        const y = TITLE_HEIGHT + 4 + i * ROW_HEIGHT;
        return (
          <g key={b.name}>
            <text x={0} y={y + 14} className={styles.label}>
              {b.name.length > 18 ? `${b.name.slice(0, 17)}…` : b.name}
            </text>
            <rect
              x={LABEL_WIDTH}
              y={y + 3}
              width={barWidth}
              height={ROW_HEIGHT - 8}
              className={classes[i % classes.length]}
            />
            <text x={LABEL_WIDTH + barWidth + 4} y={y + 14} className={styles.label}>
              {b.text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
