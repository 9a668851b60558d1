// Fits the summary's signal weights on the project's own corpus (data-sources/corpus: invented articles with
// their sapo, plus an editor's ranked picks of five body sentences per article) and reports them beside the
// hand-set WEIGHTS. The VietNews set is never read here: it only measures, in `npm run eval`.
// Run: `npm run train:summary` (about two minutes).
//
// Two objectives, each the mean over articles:
//  - "sapo": mean of ROUGE-1, -2 and -L F1 of the 2- and 3-sentence summaries against the article's sapo,
//    scored as the issue scores VietNews;
//  - "picks": agreement of the 2-, 3- and 5-sentence summaries with the editor's ranked picks
//    (picksAgreement in lib/corpus: graded by the editor's rank). The picks were made without the sapo, as an
//    editor choosing the sentences a reader needs, so they measure content choice, not wording.
// Search: coordinate ascent over a fixed grid of values per weight, from the hand-set weights, until no single
// change helps (deterministic: fixed order, ties keep the current value). The report also fits on half of the
// writers and scores the other half (both ways), so a gain that only fits the articles it was fitted on shows.
//
// Findings (2026-11-27, 209 articles), which is why the summarizer keeps the hand-set weights:
//  - fitted on the sapos, weight moves to title (and centrality), position down or unchanged, and, fitted freely,
//    away from the figures and officials a provincial reader looks for; it gains on held-out writers (+0.2 to
//    +0.8 on the mean ROUGE at 2 sentences, +0.2 at 3) but not on VietNews (measured with figures and officials
//    held at their hand-set values): a first fit with position .1 lost (2-sentence margin over Lead-2 from
//    +3.2/+2.1/+2.5 to +2.7/+1.7/+2.1), a later one with position .2 was neutral (3 sentences 30.5/16.4/21.2 against
//    30.3/16.4/21.1). The corpus sapos were written by the project and lean less on the opening than newsroom ones;
//  - fitted on the editor picks, weight moves to position and figures ({centrality .05, position .4, title .1,
//    lead .05, entities .1, figures .25, cues .05}); it gains on held-out writers (picks agreement +0.01 to +0.05)
//    but LOST more on VietNews (3-sentence R-1/R-2/R-L 30.4/16.4/21.1 → 28.4/14.7/19.8; numbers kept 55 → 60 %):
//    editors favour the sentence with the figure more than newsroom sapos do.
import { analyze } from '../src/core/analyze';
import { summarize, SIGNAL_NAMES, WEIGHTS as HAND_WEIGHTS, type SignalWeights } from '../src/core/summary';
import type { Span } from '../src/core/types';
import { rouge } from '../src/eval/rouge';
import { picksAgreement, withSummaryPicks, writerOf, type SummaryPicks } from './lib/corpus';

/** Values each weight may take (the scale does not matter: selection divides by the best score). */
const GRID = [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5];
const MAX_ROUNDS = 4;

interface Item {
  name: string;
  writer: string;
  title: string;
  body: string;
  sapo: string;
  entities: Span[];
  /** Start offset of each body sentence (to map a summary back to sentence numbers). */
  starts: number[];
  picks?: SummaryPicks;
}

/** A summarizer under test: the chosen body sentence indices for a k-sentence summary. */
type System = (it: Item, k: number) => number[];

interface Objective {
  name: string;
  budgets: number[];
  /** Score of one summary (sentence indices) of one article at budget k, 0..1; null = article not scored. */
  score(it: Item, picked: number[], k: number): number | null;
  /** Per-budget column label. */
  columns: string;
}

const sapoObjective: Objective = {
  name: 'sapo',
  budgets: [2, 3],
  columns: 'R-1/R-2/R-L F1',
  score(it, picked) {
    const text = [...picked].sort((a, b) => a - b).map((i) => sentenceText(it, i)).join(' ');
    const r = rouge(it.sapo, text);
    return (r.rouge1.f + r.rouge2.f + r.rougeL.f) / 3;
  },
};

const picksObjective: Objective = {
  name: 'picks',
  budgets: [2, 3, 5],
  columns: 'agreement with the editor',
  score: (it, picked, k) => (it.picks ? picksAgreement(it.picks, picked, k) : null),
};

function sentenceText(it: Item, i: number): string {
  const end = i + 1 < it.starts.length ? it.starts[i + 1] : it.body.length;
  return it.body.slice(it.starts[i], end).trim();
}

const lead: System = (it, k) => it.starts.slice(0, k).map((_, i) => i);
const withWeights =
  (weights: SignalWeights): System =>
  (it, k) =>
    summarize(it.body, it.entities, { title: it.title, summaryLength: k, weights }).map((s) => it.starts.indexOf(s.start));

/** Mean objective over items and budgets, and the per-budget means. */
function evaluate(items: Item[], system: System, objective: Objective): { value: number; row: string } {
  const perBudget = objective.budgets.map((k) => {
    let sum = 0;
    let n = 0;
    for (const it of items) {
      const s = objective.score(it, system(it, k), k);
      if (s === null) continue;
      sum += s;
      n++;
    }
    return n ? sum / n : 0;
  });
  const value = perBudget.reduce((a, b) => a + b, 0) / perBudget.length;
  return { value, row: objective.budgets.map((k, i) => `@${k} ${(100 * perBudget[i]).toFixed(1)}`).join('  ') };
}

function fit(items: Item[], objective: Objective): SignalWeights {
  const w: SignalWeights = { ...HAND_WEIGHTS };
  let best = evaluate(items, withWeights(w), objective).value;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let changed = false;
    for (const name of SIGNAL_NAMES) {
      for (const v of GRID) {
        if (v === w[name]) continue;
        const trial = { ...w, [name]: v };
        const s = evaluate(items, withWeights(trial), objective).value;
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

const items: Item[] = withSummaryPicks().map(({ doc, name, starts, picks, stale }) => {
  if (stale) console.log(`  note: ${name} was judged on another sentence count than the splitter now finds: picks not used`);
  return {
    name,
    writer: writerOf(doc.file),
    title: doc.title,
    body: doc.body,
    sapo: doc.sapo,
    entities: analyze(doc.body, { title: doc.title }).entities,
    starts,
    picks,
  };
});
const writers = [...new Set(items.map((i) => i.writer))].sort();
console.log(`corpus: ${items.length} articles by ${writers.length} writers; editor picks for ${items.filter((i) => i.picks).length}`);

for (const objective of [sapoObjective, picksObjective]) {
  console.log(`\nobjective "${objective.name}" (${objective.columns}):`);
  console.log(`  Lead-k            ${evaluate(items, lead, objective).row}`);
  console.log(`  hand-set weights  ${evaluate(items, withWeights(HAND_WEIGHTS), objective).row}`);
  // Half of the writers fit, the other half score (and the other way round).
  for (const fitOn of [writers.filter((_, i) => i % 2 === 0), writers.filter((_, i) => i % 2 === 1)]) {
    const train = items.filter((i) => fitOn.includes(i.writer));
    const test = items.filter((i) => !fitOn.includes(i.writer));
    const w = fit(train, objective);
    console.log(`  fit on ${fitOn.join(',')}; scored on the other writers:`);
    console.log(`    Lead-k ${evaluate(test, lead, objective).row} | hand-set ${evaluate(test, withWeights(HAND_WEIGHTS), objective).row} | fitted ${evaluate(test, withWeights(w), objective).row}`);
  }
  const all = fit(items, objective);
  console.log(`  fitted on all     ${evaluate(items, withWeights(all), objective).row}   ${JSON.stringify(all)}`);
}
