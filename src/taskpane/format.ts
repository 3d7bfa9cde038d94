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

export function formatMoney(value: number): string {
  return value.toLocaleString("en-GB", {
    style: "currency",
    currency: "GBP",
    maximumFractionDigits: 0,
  });
}

/** Why a value is missing, for a tooltip / screen reader; empty for a number. */
export function whyMissing(value: number | WorkforceError): string {
  return isWorkforceError(value) ? value.message : "";
}
