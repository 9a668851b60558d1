// The product's recognizer (the rules) on the project corpus (data-sources/corpus/ner): exact typed F1 over
// outermost PER/LOC/ORG per writer, on whole articles and on each sentence alone, with error samples.
// The corpus is the project's own data, so rules may be developed against it (unlike the evaluation sets).
//   npx tsx scripts/eval-corpus.ts [--errors N] [--writer W] [--type PER|LOC|ORG]
import { parseArgs } from 'node:util';
import { emptyCounts, finishScore, formatScoreTable, VLSP_TYPES, type MatchCounts } from '../src/eval/ner-score';
import { readCorpus, writerOf, type CorpusDoc } from './lib/corpus';
import { scoreDoc, sentenceDocs } from './train-entities';

const { values } = parseArgs({ options: { errors: { type: 'string' }, writer: { type: 'string' }, type: { type: 'string' } } });
const errors = Number(values.errors ?? 0) || 0;
const docs = readCorpus(undefined, console.warn).filter((d) => !values.writer || writerOf(d.file) === values.writer);

function score(list: CorpusDoc[], samples: string[] | null): MatchCounts {
  const acc = emptyCounts();
  for (const d of list) {
    const before = { fp: acc.falsePositives.length, fn: acc.falseNegatives.length };
    scoreDoc(acc, d, null);
    if (!samples) continue;
    const ctx = (s: { start: number; end: number }) =>
      `${d.text.slice(Math.max(0, s.start - 35), s.start)}[${d.text.slice(s.start, s.end)}]${d.text.slice(s.end, s.end + 25)}`.replace(/\s+/g, ' ');
    for (const s of acc.falsePositives.slice(before.fp)) if (!values.type || s.type === values.type) samples.push(`FP ${s.type} ${d.file}: ${ctx(s)}`);
    for (const s of acc.falseNegatives.slice(before.fn)) if (!values.type || s.type === values.type) samples.push(`FN ${s.type} ${d.file}: ${ctx(s)}`);
  }
  return acc;
}

const writers = [...new Set(docs.map((d) => writerOf(d.file)))].sort();
console.log(`project corpus: ${docs.length} articles, writers ${writers.join(', ')} — the rules (the product's recognizer)`);
for (const w of writers) {
  const o = finishScore(score(docs.filter((d) => writerOf(d.file) === w), null), VLSP_TYPES).exact.overall;
  console.log(`  ${w.padEnd(7)} exact F1 ${(100 * o.f1).toFixed(1)}  P ${(100 * o.precision).toFixed(1)}  R ${(100 * o.recall).toFixed(1)}`);
}
const samples: string[] = [];
console.log(formatScoreTable(finishScore(score(docs, samples), VLSP_TYPES), 'whole articles'));
console.log(formatScoreTable(finishScore(score(docs.flatMap(sentenceDocs), null), VLSP_TYPES), 'each sentence alone'));
if (errors > 0) {
  // Evenly spread, so a sample is not one writer's first article.
  const step = Math.max(1, Math.floor(samples.length / errors));
  for (let i = 0; i < samples.length && i / step < errors; i += step) console.log(samples[i]);
}
