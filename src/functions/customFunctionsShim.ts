/**
 * A stand-in for Excel's `CustomFunctions` global, for places where Excel is not running: jest
 * (test/support/setupCustomFunctions.ts) and the browser preview workbench. It mirrors the parts
 * the add-in uses: `Error` with `code` and `message`, the `ErrorCode` strings Excel shows, and
 * `associate`, which records each id → function so tests and the preview can call them by id.
 */

import { CUSTOM_FUNCTION_ERROR_CODES } from "./excelErrors";

/** Excel's error codes, with the text each shows in a cell (./excelErrors). */
export const SHIM_ERROR_CODES = CUSTOM_FUNCTION_ERROR_CODES;

export class ShimCustomFunctionError {
  readonly code: string;
  readonly message: string | undefined;
  constructor(code: string, message?: string) {
    this.code = code;
    this.message = message;
  }
  toString(): string {
    return this.message ? `${this.code} ${this.message}` : this.code;
  }
}

export type AnyFunction = (...args: never[]) => unknown;

export interface CustomFunctionsShim {
  Error: typeof ShimCustomFunctionError;
  ErrorCode: typeof SHIM_ERROR_CODES;
  associate(idOrMappings: string | Record<string, AnyFunction>, fn?: AnyFunction): void;
  /** Everything registered through `associate`, by id (upper-cased, as Excel treats ids). */
  readonly associations: Map<string, AnyFunction>;
}

export function createCustomFunctionsShim(): CustomFunctionsShim {
  const associations = new Map<string, AnyFunction>();
  return {
    Error: ShimCustomFunctionError,
    ErrorCode: SHIM_ERROR_CODES,
    associations,
    associate(idOrMappings, fn) {
      if (typeof idOrMappings === "string") {
        if (typeof fn !== "function")
          throw new TypeError(`associate("${idOrMappings}") needs a function`);
        associations.set(idOrMappings.toUpperCase(), fn);
      } else {
        for (const [id, f] of Object.entries(idOrMappings)) associations.set(id.toUpperCase(), f);
      }
    },
  };
}

/**
 * Installs a fresh shim as `globalThis.CustomFunctions` (replacing any earlier shim, never a
 * real Excel runtime) and returns it.
 */
export function installCustomFunctionsShim(target: object = globalThis): CustomFunctionsShim {
  const holder = target as { CustomFunctions?: unknown };
  const existing = holder.CustomFunctions as Partial<CustomFunctionsShim> | undefined;
  if (existing && !(existing.associations instanceof Map)) {
    throw new Error("A real CustomFunctions runtime is present; not replacing it with the shim");
  }
  const shim = createCustomFunctionsShim();
  holder.CustomFunctions = shim;
  return shim;
}
