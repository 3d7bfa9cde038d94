import { isWorkforceError, type WorkforceError } from "../core/errors";

export function formatPercent(value: number | WorkforceError, digits = 1): string {
  return isWorkforceError(value) ? "n/a" : `${(value * 100).toFixed(digits)}%`;
}

// One formatter per precision: toLocaleString with options builds a new Intl.NumberFormat on
// every call, which made the Dashboard's first render measurably slower.
const numberFormats = new Map<number, Intl.NumberFormat>();

export function formatNumber(value: number | WorkforceError, digits = 1): string {
  if (isWorkforceError(value)) return "n/a";
  let format = numberFormats.get(digits);
  if (!format) {
    format = new Intl.NumberFormat("en-GB", {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    numberFormats.set(digits, format);
  }
  return format.format(value);
}
