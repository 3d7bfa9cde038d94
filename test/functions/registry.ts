// Looks up the custom functions by their Excel id, the way Excel will: from the metadata that
// custom-functions-metadata generates from the JSDoc, post-processed as every build does
// (scripts/build/functionsMetadata.cjs), mapped to functions.ts's exports.
import path from "path";
import * as functionsModule from "../../src/functions/functions";
import { functionsMetadataModule, type FunctionsMetadataFile } from "../support/buildScripts";

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
  file: FunctionsMetadataFile;
  byId: Map<string, CustomFunction>;
  errors: string[];
}> {
  let generated: Awaited<ReturnType<typeof functionsMetadataModule.functionsMetadata>>;
  try {
    generated = await functionsMetadataModule.functionsMetadata(FUNCTIONS_SOURCE);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { metadata: [], file: { functions: [] }, byId: new Map(), errors: [message] };
  }
  const moduleExports = functionsModule as unknown as Record<string, unknown>;
  const byId = new Map<string, CustomFunction>();
  for (const { id, functionName } of generated.associate) {
    const fn = moduleExports[functionName];
    if (typeof fn === "function") byId.set(id, fn as CustomFunction);
  }
  return {
    metadata: generated.metadata.functions,
    file: generated.metadata,
    byId,
    errors: [],
  };
}

/** What a cell shows: an error's code, otherwise the value. */
export function shown(value: unknown): unknown {
  return value instanceof CustomFunctions.Error ? value.code : value;
}
