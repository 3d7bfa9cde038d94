// Types for functionsMetadata.cjs, so TypeScript callers (the benchmarks) import it checked.
export interface GeneratedFunctionsMetadata {
  allowErrorForDataTypeAny?: boolean;
  allowCustomDataForDataTypeAny?: boolean;
  functions: {
    id: string;
    name: string;
    description?: string;
    helpUrl?: string;
    parameters: {
      name: string;
      description?: string;
      type?: string;
      dimensionality?: "scalar" | "matrix";
      optional?: boolean;
      repeating?: boolean;
    }[];
    result?: { type?: string; dimensionality?: "scalar" | "matrix" };
    options?: Record<string, boolean>;
  }[];
}

export function postProcessMetadata(
  metadata: GeneratedFunctionsMetadata,
  options?: { baseUrl?: string },
): GeneratedFunctionsMetadata;

export function functionsMetadata(
  input: string,
  options?: { baseUrl?: string },
): Promise<{
  metadata: GeneratedFunctionsMetadata;
  associate: { id: string; functionName: string }[];
}>;
