// Types for functionsMetadata.cjs, so TypeScript callers (the benchmarks) import it checked. The
// metadata's shape is the one the workbench's bridge reads.
import type { FunctionsMetadata } from "../../src/preview/functionBridge";

export function postProcessMetadata(
  metadata: FunctionsMetadata,
  options?: { baseUrl?: string },
): FunctionsMetadata;

export function functionsMetadata(
  input: string,
  options?: { baseUrl?: string },
): Promise<{
  metadata: FunctionsMetadata;
  associate: { id: string; functionName: string }[];
}>;
