/**
 * Displays cell values the way Excel would for the few number formats the add-in writes
 * ("0.0%", "#,##0", "£#,##0.00" …), dates and times (./dateFormat) and Excel's General format
 * otherwise.
 */
import { formatDate, isDateFormat } from "./dateFormat";

export function formatNumber(value: number, format: string | null | undefined): string {
  if (!format || format.toLowerCase() === "general") return generalFormat(value);
  if (isDateFormat(format)) return formatDate(value, format);
  const section = format.split(";")[0];
  const percent = section.includes("%");
  const decimalsMatch = /\.(0+)/.exec(section);
  const decimals = decimalsMatch ? decimalsMatch[1].length : 0;
  const grouping = section.includes(",");
  const prefix = /^[^#0.]*/.exec(section.replace(/"/g, ""))?.[0]?.replace(/[\\]/g, "") ?? "";
  const scaled = percent ? value * 100 : value;
  const abs = Math.abs(scaled);
  const text = abs.toLocaleString("en-GB", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: grouping,
  });
  const sign = scaled < 0 && Number(text.replace(/,/g, "")) !== 0 ? "-" : "";
  return `${sign}${prefix}${text}${percent ? "%" : ""}`;
}

/** Excel's General format: up to 11 significant characters, no trailing zeros. */
export function generalFormat(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  const abs = Math.abs(value);
  if (abs !== 0 && (abs >= 1e11 || abs < 1e-9))
    return value.toExponential(5).replace(/\.?0+e/, "e");
  const digitsBeforePoint = abs < 1 ? 1 : Math.floor(Math.log10(abs)) + 1;
  const decimals = Math.max(0, 10 - digitsBeforePoint);
  return String(Number(value.toFixed(decimals)));
}
