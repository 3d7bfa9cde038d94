/**
 * The bundled data files' text, read from disk: what the entry points get from webpack
 * (src/workbook/bundledTexts.ts), for tests, which import no data files.
 */
import fs from "fs";
import path from "path";
import { sampleWorkbook } from "../../src/core/sample";
import type { SampleWorkbookData } from "../../src/core/sample";
import type { BundledTexts } from "../../src/workbook/bundledData";

const ROOT = path.resolve(__dirname, "../..");
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), "utf8");

export const BUNDLED_TEXTS: BundledTexts = {
  dfeIndicators: read("data/dfe-csww/csww_indicators_2017_to_2025.csv"),
  sample: {
    staffing: read("seeds/sample-staffing.csv"),
    assumptions: read("seeds/scenario-assumptions.csv"),
    cohorts: read("seeds/scenario-cohorts.csv"),
  },
};

/** The sample workbook, as the pane's "insert sample" writes it. */
export const sample = (): SampleWorkbookData => sampleWorkbook(BUNDLED_TEXTS.sample);
