/**
 * Installs the CustomFunctions shim before src/functions/functions.ts runs (see index.tsx),
 * so its build-appended `CustomFunctions.associate` calls are collected for the engine.
 */
import {
  installCustomFunctionsShim,
  type AnyFunction,
  type CustomFunctionsShim,
} from "../functions/customFunctionsShim";
import type { CustomFunctionImplementation } from "./functionBridge";

const shim: CustomFunctionsShim = installCustomFunctionsShim();

/** Every function associated so far, by (upper-cased) id. */
export function associations(): Map<string, CustomFunctionImplementation> {
  return new Map(
    [...shim.associations].map(([id, fn]: [string, AnyFunction]) => [
      id,
      fn as unknown as CustomFunctionImplementation,
    ]),
  );
}
