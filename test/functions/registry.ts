// Looks up the custom functions by their Excel id, the way Excel will: from the metadata that
// custom-functions-metadata generates from the JSDoc, mapped to functions.ts's exports.
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as functionsModule from "../../src/functions/functions";

export const FUNCTIONS_SOURCE = path.resolve(__dirname, "../../src/functions/functions.ts");

export type CustomFunction = (...args: unknown[]) => unknown[][];

export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: {
    name: string;
    description?: string;
    optional?: boolean;
    dimensionality?: string;
    type?: string;
  }[];
  result: { dimensionality?: string; type?: string };
}

export async function loadRegistry(): Promise<{
  metadata: FunctionMetadata[];
  byId: Map<string, CustomFunction>;
  errors: string[];
}> {
  const generated = await generateCustomFunctionsMetadata(FUNCTIONS_SOURCE, false);
  const metadata =
    generated.errors.length === 0
      ? (JSON.parse(generated.metadataJson) as { functions: FunctionMetadata[] }).functions
      : [];
  const moduleExports = functionsModule as unknown as Record<string, unknown>;
  const byId = new Map<string, CustomFunction>();
  for (const { id, functionName } of generated.associate) {
    const fn = moduleExports[functionName];
    if (typeof fn === "function") byId.set(id, fn as CustomFunction);
  }
  return { metadata, byId, errors: generated.errors };
}

/** What a cell shows: an error's code, otherwise the value. */
export function shown(value: unknown): unknown {
  return value instanceof CustomFunctions.Error ? value.code : value;
}
