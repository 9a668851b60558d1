// The trained entity layer (src/core/entities/rescore.ts), measured but not shipped: exact typed F1 over
// outermost PER/LOC/ORG of the rules alone and of the rules + layer, side by side, on the sets the product is
// judged by — the unseen provincial set 2 (whole articles), VLSP 2016 (sentences) and VLSP 2018 (documents).
// Part of `npm run eval`; the model is data-sources/corpus/entity-model.json (`npm run train` writes it).
import { existsSync, readFileSync } from 'node:fs';
import { recognizeEntitiesWith } from '../src/core/entities';
import { modelFromJson, type EntityModel } from '../src/core/entities/rescore';
import { foldText } from '../src/core/text/normalize';
import type { Span } from '../src/core/types';
import { countMatches, emptyCounts, finishScore, toVlspTypes, VLSP_TYPES, type MatchCounts, type ScoreSpan } from '../src/eval/ner-score';
import { loadHeldout2Set } from '../tests/fixtures/provincial-heldout-2/load';
import { MODEL_FILE } from './train-entities';
import { vlsp2016Docs, vlsp2018Docs } from './eval-ner';

const PROVINCIAL_TYPES: Record<string, string> = { PERSON: 'PER', LOCATION: 'LOC', ORGANIZATION: 'ORG' };

interface Doc {
  text: string;
  gold: ScoreSpan[];
  /** Borderline gold spans (provincial "optional"): predictions overlapping them are neither rewarded nor charged. */
  optional?: ScoreSpan[];
}

function sets(limit?: number): { name: string; docs: Doc[] | null }[] {
  const heldout2 = loadHeldout2Set().map((a) => ({
    text: a.text,
    // The provincial gold is one flat layer with TITLE outermost; its PER/LOC/ORG spans are what both runs are scored on.
    gold: a.gold.filter((g) => !g.optional && PROVINCIAL_TYPES[g.type]).map((g) => ({ start: g.start, end: g.end, type: PROVINCIAL_TYPES[g.type] })),
    optional: a.gold.filter((g) => g.optional),
  }));
  return [
    { name: 'held-out provincial set 2', docs: heldout2 },
    { name: 'VLSP 2016 dev', docs: vlsp2016Docs(limit) },
    { name: 'VLSP 2018 dev', docs: vlsp2018Docs(limit) },
  ];
}

function f1(docs: Doc[], model: EntityModel | null, provincialTitles: boolean): string {
  const acc: MatchCounts = emptyCounts();
  for (const d of docs) {
    let spans: Span[] = recognizeEntitiesWith(d.text, { folded: foldText(d.text) }, model);
    // On the provincial gold a TITLE is outermost: names inside it are not gold, so neither run is charged for them.
    if (provincialTitles) {
      const titles = spans.filter((s) => s.type === 'TITLE');
      spans = spans.filter((s) => s.type === 'TITLE' || !titles.some((t) => t.start <= s.start && s.end <= t.end));
    }
    const opt = d.optional ?? [];
    const scored = toVlspTypes<Span>(spans).filter((s) => !opt.some((o) => o.start < s.end && s.start < o.end));
    countMatches(scored, d.gold, { types: VLSP_TYPES, into: acc });
  }
  const o = finishScore(acc, VLSP_TYPES).exact.overall;
  return `${(100 * o.f1).toFixed(1)} (P ${(100 * o.precision).toFixed(1)} R ${(100 * o.recall).toFixed(1)})`;
}

/** The comparison table, or why it was skipped. */
export function evalLayer(limit?: number): string {
  const lines = ['trained entity layer (not shipped; PER/LOC/ORG exact F1, rules alone → rules + layer):'];
  if (!existsSync(MODEL_FILE)) return `${lines[0]}\n  skipped: no model (npm run train writes ${MODEL_FILE})\n`;
  const model = modelFromJson(JSON.parse(readFileSync(MODEL_FILE, 'utf8')));
  if (!model) return `${lines[0]}\n  skipped: the model file is empty\n`;
  for (const s of sets(limit)) {
    if (!s.docs) lines.push(`  ${s.name.padEnd(28)} skipped: not present`);
    else lines.push(`  ${s.name.padEnd(28)} ${f1(s.docs, null, s.name.startsWith('held-out'))}  →  ${f1(s.docs, model, s.name.startsWith('held-out'))}`);
  }
  return lines.join('\n') + '\n';
}
