/**
 * Wall-clock timing for the benchmarks: medians and minima of repeated runs, and pairs of cases
 * whose samples interleave so background load on a shared machine falls on both alike.
 */
import { performance } from "perf_hooks";

export interface Timing {
  median: number;
  min: number;
}

/** A timed case: `setup` and `teardown` run around each timed `run`, untimed. */
export interface Timed<T> {
  setup: () => T;
  run: (context: T) => void;
  teardown?: (context: T) => void;
}

/** How many samples a case takes, after how many untimed warm-up runs. */
export interface Repeats {
  repeats: number;
  warmUp: number;
}

export function summarise(samples: readonly number[]): Timing {
  if (samples.length === 0) throw new Error("No samples to summarise.");
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0] };
}

/** One timed run of `timed`, in milliseconds. */
export function once<T>(timed: Timed<T>): number {
  const context = timed.setup();
  const start = performance.now();
  timed.run(context);
  const elapsed = performance.now() - start;
  timed.teardown?.(context);
  return elapsed;
}

export function time<T>(timed: Timed<T>, { repeats, warmUp }: Repeats): Timing {
  for (let i = 0; i < warmUp; i++) once(timed);
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) samples.push(once(timed));
  return summarise(samples);
}

/**
 * Times two cases with their samples interleaved: round i runs `ours` first when i is even and
 * `comparison` first when i is odd, so neither side always runs on a warm (or a cold) cache.
 * Returns [ours, comparison].
 */
export function timePair<A, B>(
  ours: Timed<A>,
  comparison: Timed<B>,
  { repeats, warmUp }: Repeats,
): [Timing, Timing] {
  const oursSamples: number[] = [];
  const comparisonSamples: number[] = [];
  for (let i = 0; i < warmUp + repeats; i++) {
    let oursMs: number;
    let comparisonMs: number;
    if (i % 2 === 0) {
      oursMs = once(ours);
      comparisonMs = once(comparison);
    } else {
      comparisonMs = once(comparison);
      oursMs = once(ours);
    }
    if (i >= warmUp) {
      oursSamples.push(oursMs);
      comparisonSamples.push(comparisonMs);
    }
  }
  return [summarise(oursSamples), summarise(comparisonSamples)];
}

/** A case with nothing to set up. */
export const plain = (run: () => void): Timed<undefined> => ({ setup: () => undefined, run });
