import { isWorkforceError, type WorkforceError } from "../core/errors";

export function formatPercent(value: number | WorkforceError, digits = 1): string {
  return isWorkforceError(value) ? "n/a" : `${(value * 100).toFixed(digits)}%`;
}

export function formatNumber(value: number | WorkforceError, digits = 1): string {
  return isWorkforceError(value)
    ? "n/a"
    : value.toLocaleString("en-GB", {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      });
}
