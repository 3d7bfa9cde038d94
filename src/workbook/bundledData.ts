/**
 * The data files the add-in bundles (DfE's published indicators, the sample workbook), read
 * once per runtime. Core takes them as text (`createBenchmarks(csvText)`, `sampleWorkbook(texts)`)
 * and imports no files; the entry points, which alone import the files (through webpack's
 * asset/source rule: src/workbook/bundledTexts.ts), hand the text in with `provideBundledData`
 * before anything asks, and so do the tests (test/support/bundledTexts.ts reads the files) and
 * the benchmarks. Asking first is a programming error at the composition root, and says so.
 */
import { createBenchmarks, sampleWorkbook } from "../core";
import type { Benchmarks, SampleTexts, SampleWorkbookData } from "../core";

export interface BundledTexts {
  /** data/dfe-csww/csww_indicators_2017_to_2025.csv */
  dfeIndicators: string;
  sample: SampleTexts;
}

export interface BundledData {
  /** DfE's published figures (parsed on the first question). */
  readonly benchmarks: Benchmarks;
  /** The sample workbook, a fresh copy on every call. */
  sample(): SampleWorkbookData;
}

export function createBundledData(texts: BundledTexts): BundledData {
  return {
    benchmarks: createBenchmarks(texts.dfeIndicators),
    sample: () => sampleWorkbook(texts.sample),
  };
}

let provided: BundledData | undefined;

/** Called by each entry point (and the tests' set-up) with the bundled files' text. */
export function provideBundledData(texts: BundledTexts): void {
  provided = createBundledData(texts);
}

/** This runtime's bundled data. */
export function bundledData(): BundledData {
  if (provided === undefined) {
    throw new Error("the bundled data files were not provided (provideBundledData)");
  }
  return provided;
}
