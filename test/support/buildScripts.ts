/**
 * Typed handles on the CommonJS build helpers in scripts/build/, which webpack.config.js loads
 * too: the tests exercise exactly the code the builds run.
 */
import path from "path";
import type { FunctionMetadata } from "../functions/registry";

const root = path.resolve(__dirname, "../..");

export interface FunctionsMetadataFile {
  allowErrorForDataTypeAny?: boolean;
  allowCustomDataForDataTypeAny?: boolean;
  functions: FunctionMetadata[];
}

interface FunctionsMetadataModule {
  postProcessMetadata(
    metadata: FunctionsMetadataFile,
    options?: { baseUrl?: string },
  ): FunctionsMetadataFile;
  functionsMetadata(
    input: string,
    options?: { baseUrl?: string },
  ): Promise<{
    metadata: FunctionsMetadataFile;
    associate: { id: string; functionName: string }[];
  }>;
}

interface AddinUrlModule {
  DEV_BASE_URL: string;
  addinBaseUrl(value?: string): string;
  rebaseUrl(url: string, baseUrl: string, where: string): string;
}

interface ManifestModule {
  buildManifest(xml: string, options?: { baseUrl?: string; version?: string }): string;
  manifestVersion(packageVersion: string): string;
}

function load<T>(relative: string): T {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS build helpers
  return require(path.join(root, relative)) as T;
}

export const functionsMetadataModule = load<FunctionsMetadataModule>(
  "scripts/build/functionsMetadata.cjs",
);
export const addinUrlModule = load<AddinUrlModule>("scripts/build/addinUrl.cjs");
export const manifestModule = load<ManifestModule>("scripts/build/manifest.cjs");
