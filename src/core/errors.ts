/**
 * The core's error model. Core functions never throw for bad input: they return a
 * `WorkforceError` value so that one bad element of a range spoils only that element.
 * The kinds mirror `CustomFunctions.ErrorCode` so adapters can map them one to one.
 */
export type WorkforceErrorKind =
  | "divisionByZero" // #DIV/0!
  | "invalidValue" // #VALUE!
  | "notAvailable" // #N/A
  | "invalidNumber"; // #NUM!

export class WorkforceError {
  readonly kind: WorkforceErrorKind;
  readonly message: string;

  constructor(kind: WorkforceErrorKind, message: string) {
    this.kind = kind;
    this.message = message;
  }
}

export function isWorkforceError(value: unknown): value is WorkforceError {
  return value instanceof WorkforceError;
}

export const divByZero = (message: string): WorkforceError =>
  new WorkforceError("divisionByZero", message);
export const invalidValue = (message: string): WorkforceError =>
  new WorkforceError("invalidValue", message);
export const notAvailable = (message: string): WorkforceError =>
  new WorkforceError("notAvailable", message);
export const invalidNumber = (message: string): WorkforceError =>
  new WorkforceError("invalidNumber", message);
