// Fits the summary's signal weights on the project's own corpus (data-sources/corpus/ner: invented articles
// whose sapo, the newsroom lead, is the reference) and reports them beside the hand-set WEIGHTS. The
// VietNews set is never read here: it only measures, in `npm run eval`. Run: `npm run train:summary`.
//
// Finding (2026-11-27, 209 articles): the fit moves weight from position to title and centrality
// ({centrality .3, position .1, title .4, lead 0, cues .05}); it gains on the corpus (half-by-writer
// checks: +0.4 to +0.9 ROUGE-1 at 2 sentences, mixed at 3), but on VietNews it LOST (2-sentence margin over
// Lead-2 fell from +3.2/+2.1/+2.5 to +2.7/+1.7/+2.1). The corpus sapos were written by the project and lean
// less on the article's opening than newsroom sapos do, so the summarizer keeps the hand-set weights; this
// script stays to re-run the comparison when the corpus grows.
//
// Objective: the mean of ROUGE-1, -2 and -L F1 of the 2- and 3-sentence summaries, averaged over the
// articles — what a reader of a short summary gets, scored as the issue scores it. Search: coordinate
// ascent over a fixed grid of values per weight, from the hand-set weights, until no single change helps
// (deterministic: fixed order, ties keep the current value). Seven numbers fitted on ~200 articles; the
// report also fits on half of the writers and scores the other half, so a gain that only fits the articles
// it was fitted on shows up as such.
import { analyze } from '../src/core/analyze';
import { summarize, SIGNAL_NAMES, WEIGHTS as HAND_WEIGHTS, type SignalWeights } from '../src/core/summary';
import type { Span } from '../src/core/types';
import { rouge } from '../src/eval/rouge';
import { readCorpus, writerOf } from './lib/corpus';

/** Values each weight may take (the scale does not matter: selection divides by the best score). */
const GRID = [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5];
const BUDGETS = [2, 3];
/**
 * Kept at their hand-set values, not fitted: the figures and officials signals serve what the reader asks
 * of a provincial summary — the key numbers (the "numbers kept") and who acted — which ROUGE
 * against a sapo does not reward; fitted freely on ROUGE alone they fall to zero.
 */
const FIXED = new Set<string>(['figures', 'entities']);
const MAX_ROUNDS = 4;

interface Item {
  writer: string;
  title: string;
  body: string;
  sapo: string;
  entities: Span[];
}

/** Mean over items and budgets of mean(R-1, R-2, R-L) F1, and the per-budget figures. */
function score(items: Item[], weights: SignalWeights): { objective: number; rows: string[] } {
  let total = 0;
  const rows: string[] = [];
  for (const k of BUDGETS) {
    let r1 = 0;
    let r2 = 0;
    let rl = 0;
    for (const it of items) {
      const text = summarize(it.body, it.entities, { title: it.title, summaryLength: k, weights })
        .map((s) => s.text)
        .join(' ');
      const r = rouge(it.sapo, text);
      r1 += r.rouge1.f;
      r2 += r.rouge2.f;
      rl += r.rougeL.f;
    }
    const n = Math.max(1, items.length);
    total += (r1 + r2 + rl) / 3 / n;
    rows.push(`@${k} ${[r1, r2, rl].map((v) => ((100 * v) / n).toFixed(1)).join('/')}`);
  }
  return { objective: total / BUDGETS.length, rows };
}

function fit(items: Item[]): SignalWeights {
  const w: SignalWeights = { ...HAND_WEIGHTS };
  let best = score(items, w).objective;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let changed = false;
    for (const name of SIGNAL_NAMES) {
      if (FIXED.has(name)) continue;
      for (const v of GRID) {
        if (v === w[name]) continue;
        const trial = { ...w, [name]: v };
        const s = score(items, trial).objective;
        if (s > best + 1e-9) {
          best = s;
          w[name] = v;
          changed = true;
        }
      }
    }
    if (!changed) break;
  }
  return w;
}

const items: Item[] = readCorpus().map((d) => ({
  writer: writerOf(d.file),
  title: d.title,
  body: d.body,
  sapo: d.sapo,
  entities: analyze(d.body, { title: d.title }).entities,
}));
const writers = [...new Set(items.map((i) => i.writer))].sort();
console.log(`corpus: ${items.length} articles by ${writers.length} writers`);

// Half of the writers fit, the other half score (and the other way round).
const halves = [writers.filter((_, i) => i % 2 === 0), writers.filter((_, i) => i % 2 === 1)];
for (const [h, fitOn] of halves.entries()) {
  const train = items.filter((i) => fitOn.includes(i.writer));
  const test = items.filter((i) => !fitOn.includes(i.writer));
  const w = fit(train);
  console.log(`fit on writers ${fitOn.join(',')} → scored on the others (R-1/R-2/R-L F1):`);
  console.log(`  hand-set  ${score(test, HAND_WEIGHTS).rows.join('  ')}`);
  console.log(`  fitted    ${score(test, w).rows.join('  ')}   ${JSON.stringify(w)}`);
  void h;
}
const final = fit(items);
console.log(`all articles: hand-set ${score(items, HAND_WEIGHTS).rows.join('  ')}`);
console.log(`              fitted   ${score(items, final).rows.join('  ')}`);
console.log(`fitted weights: ${JSON.stringify(final)}`);
