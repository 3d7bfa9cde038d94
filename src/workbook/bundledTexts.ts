/**
 * The bundled data files' text, for the entry points only (src/functions/entry.ts,
 * src/taskpane/index.tsx, src/preview/index.tsx): webpack's asset/source rule turns each import
 * into the file's text. Nothing else imports this module (tests and the benchmarks read the files
 * themselves), so no other code depends on a bundler.
 */
import dfeIndicators from "../../data/dfe-csww/csww_indicators_2017_to_2025.csv";
import staffing from "../../seeds/sample-staffing.csv";
import assumptions from "../../seeds/scenario-assumptions.csv";
import cohorts from "../../seeds/scenario-cohorts.csv";
import type { BundledTexts } from "./bundledData";

export const BUNDLED_TEXTS: BundledTexts = {
  dfeIndicators,
  sample: { staffing, assumptions, cohorts },
};
