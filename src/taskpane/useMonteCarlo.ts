/**
 * One Monte Carlo run at a time from the Scenarios tab: its progress, its bands, and Cancel.
 * A run still going when the tab closes is aborted.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { isWorkforceError } from "../core/errors";
import {
  DEFAULT_RUNS,
  isAbortError,
  monteCarloAsync,
  type Assumptions,
  type Cohort,
  type MonteCarloResult,
} from "../core/planning";
import { messageOf } from "./errors";
import type { Notify } from "./notices";
import { planKey } from "./scenarios";

export interface MonteCarloInputs {
  assumptions: Assumptions;
  cohorts: Cohort[];
  months: number;
}

export interface MonteCarloState {
  /** Runs done of the total while a run is going; null otherwise. */
  progress: { done: number; total: number } | null;
  result: MonteCarloResult | null;
  /** What the result was run from (planKey of its inputs), to tell when it is out of date. */
  resultKey: string | null;
  run: (inputs: MonteCarloInputs) => Promise<void>;
  cancel: () => void;
}

export function useMonteCarlo(notify: Notify): MonteCarloState {
  const [progress, setProgress] = useState<MonteCarloState["progress"]>(null);
  const [result, setResult] = useState<{ bands: MonteCarloResult; key: string } | null>(null);
  const abortRef = useRef<AbortController | null>(null);

  useEffect(() => () => abortRef.current?.abort(), []);

  const run = useCallback(
    async (inputs: MonteCarloInputs) => {
      const { assumptions, cohorts, months } = inputs;
      const controller = new AbortController();
      abortRef.current = controller;
      setProgress({ done: 0, total: DEFAULT_RUNS });
      setResult(null);
      try {
        const bands = await monteCarloAsync(assumptions, cohorts, {
          months,
          runs: DEFAULT_RUNS,
          seed: 1,
          signal: controller.signal,
          onProgress: (done, total) => setProgress({ done, total }),
        });
        if (isWorkforceError(bands))
          notify({ intent: "error", text: `Monte Carlo: ${bands.message}` });
        else setResult({ bands, key: planKey(inputs) });
      } catch (e) {
        if (isAbortError(e)) notify({ intent: "info", text: "Monte Carlo run cancelled." });
        else notify({ intent: "error", text: messageOf(e) });
      } finally {
        abortRef.current = null;
        setProgress(null);
      }
    },
    [notify],
  );

  const cancel = useCallback(() => abortRef.current?.abort(), []);
  return { progress, result: result?.bands ?? null, resultKey: result?.key ?? null, run, cancel };
}
