// Timing helpers for `npm run bench`: warm up, then take the median (robust to GC pauses and to the other
// processes on a 2-core machine, unlike the mean).
import { performance } from 'node:perf_hooks';

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Median milliseconds of `fn` over `runs` timed calls after `warmup` untimed ones. `prepare` runs before
 * each call outside the timed region (e.g. cloning a DOM that the measured code mutates).
 */
export function measure<P>(runs: number, warmup: number, fn: (p: P) => unknown, prepare: () => P = () => undefined as P): number {
  for (let i = 0; i < warmup; i++) fn(prepare());
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const p = prepare();
    const t0 = performance.now();
    fn(p);
    times.push(performance.now() - t0);
  }
  return median(times);
}
