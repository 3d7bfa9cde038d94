/**
 * The custom functions as the benchmarks run them: the generated, post-processed metadata
 * (scripts/build/functionsMetadata.cjs, as every build makes it) and the implementations it
 * associates, registered into HyperFormula through the workbench's one bridge
 * (src/preview/functionBridge.ts). The bench's reference functions, which do no work, are extra
 * metadata entries beside them, so they pay exactly the bridge's costs and nothing else.
 */
import path from "path";
import { installCustomFunctionsShim } from "../src/functions/customFunctionsShim";
import * as functionsModule from "../src/functions/functions";
import {
  implementationsFrom,
  registerCustomFunctions,
  type CustomFunctionImplementation,
  type CustomFunctionMetadata,
  type FunctionsMetadata,
} from "../src/preview/functionBridge";
// The typed handle on scripts/build/functionsMetadata.cjs the tests use: the same generation.
import { functionsMetadataModule } from "../test/support/buildScripts";

const FUNCTIONS_SOURCE = path.resolve(__dirname, "../src/functions/functions.ts");

/** A reference function: metadata the way the generator writes it, and its implementation. */
export interface FloorFunction {
  metadata: CustomFunctionMetadata;
  implementation: CustomFunctionImplementation;
}

const rangeParameter = (name: string) => ({ name, type: "any", dimensionality: "matrix" }) as const;

/** A reference function taking two ranges and returning `result` (a spill when it is larger). */
export function floorFunction(id: string, result: unknown[][]): FloorFunction {
  return {
    metadata: {
      id,
      name: id,
      description: "Benchmark reference: reads nothing, does no work.",
      parameters: [rangeParameter("first"), rangeParameter("second")],
      result: { type: "any", dimensionality: "matrix" },
    },
    implementation: () => result,
  };
}

export interface BenchFunctions {
  /** The add-in's implementations by id, as Excel calls them (for the Excel-path figures). */
  byId: ReadonlyMap<string, CustomFunctionImplementation>;
  /** Formula names registered in HyperFormula, floors included. */
  names: readonly string[];
}

/** Registers the add-in's functions and `floors` through the bridge (before any engine is built). */
export async function registerBenchFunctions(
  floors: readonly FloorFunction[],
): Promise<BenchFunctions> {
  // The adapters build CustomFunctions.Error values, as Excel's runtime provides them.
  installCustomFunctionsShim();
  const generated = await functionsMetadataModule.functionsMetadata(FUNCTIONS_SOURCE);
  const byId = implementationsFrom(generated.associate, functionsModule);
  // The generated file, typed as the bridge reads it (test/metadata checks its shape).
  const file = generated.metadata as FunctionsMetadata;
  const metadata: FunctionsMetadata = {
    ...file,
    functions: [...file.functions, ...floors.map((floor) => floor.metadata)],
  };
  const implementations = new Map(byId);
  for (const floor of floors) implementations.set(floor.metadata.id, floor.implementation);
  const registered = registerCustomFunctions(metadata, implementations);
  if (registered.missing.length > 0) {
    throw new Error(`Functions with no implementation: ${registered.missing.join(", ")}`);
  }
  return { byId, names: registered.names };
}
