// `npm run eval`: measures the analyzer. NER on the seed gold, the project's invented provincial set and its two held-out sets (all types; the
// held-out sets also print MONEY/PERCENT/DATE value accuracy and are never tuned on) and on the VLSP 2016 / 2018
// development sets (PER/LOC/ORG), exact and overlap; then the summary evaluation (scripts/eval-summary.ts).
// The VLSP sets are read from ../shared/data/eval only when present ("skipped: not present" otherwise).
//   npm run eval                 all sets
//   npm run eval -- --errors 5   plus 5 sampled false positives / negatives per type and set
//   npm run eval -- --limit 200  only the first 200 records of each VLSP set (quick look)
//   npm run eval -- --ner-only   skip the summary evaluation
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { evalSeed, evalProvincial, evalHeldout, evalHeldout2, evalHeldout3, evalVlsp2016, evalVlsp2018, formatSet, EVAL_DIR } from './eval-ner';
import { evalLayer } from './eval-layer';
import { ROOT } from './lib/paths';
import { analyze } from '../src/core/analyze';

const { values } = parseArgs({
  options: {
    errors: { type: 'string' },
    limit: { type: 'string' },
    'ner-only': { type: 'boolean' },
  },
});
const errorsPerType = values.errors ? Math.max(0, Number(values.errors) || 0) : 0;
const limit = values.limit ? Math.max(1, Number(values.limit) || 0) : undefined;

const t0 = performance.now();
console.log(`Soi Tin evaluation — data: ${existsSync(EVAL_DIR) ? EVAL_DIR : 'not present'}\n`);
// The first analyze() call builds the lexicons; timed apart so the per-set figures are steady-state.
const tInit = performance.now();
analyze('Sáng 25/11, ông Nguyễn Văn A, Chủ tịch UBND tỉnh Thanh Hóa, thăm xã Hà Trung.', { published: '2025-11-25' });
console.log(`core first call (one-time lexicon setup): ${(performance.now() - tInit).toFixed(0)} ms\n`);
for (const run of [evalSeed, evalProvincial, evalHeldout, evalHeldout2, evalHeldout3, () => evalVlsp2016(limit), () => evalVlsp2018(limit)]) {
  console.log(formatSet(run(), errorsPerType));
}
console.log(evalLayer(limit));

if (!values['ner-only']) {
  const summaryScript = resolve(ROOT, 'scripts/eval-summary.ts');
  console.log('Summary evaluation (scripts/eval-summary.ts)');
  if (!existsSync(summaryScript)) {
    console.log('  skipped: scripts/eval-summary.ts is not there yet\n');
  } else {
    const t1 = performance.now();
    // Imported dynamically: it is written by another part of the project and may lag behind this one.
    const mod = (await import(pathToFileURL(summaryScript).href)) as { runSummaryEval?: (options?: { errors?: number; limit?: number }) => unknown };
    if (typeof mod.runSummaryEval !== 'function') console.log('  skipped: scripts/eval-summary.ts exports no runSummaryEval()\n');
    else {
      await mod.runSummaryEval({ errors: errorsPerType, limit });
      console.log(`  summary evaluation took ${(performance.now() - t1).toFixed(0)} ms\n`);
    }
  }
}
console.log(`eval finished in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
